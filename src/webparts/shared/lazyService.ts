// A stand-in for a service whose code (its adapters, list definitions, mappers and rules) comes in a
// chunk of its own, so a web part's first download holds only its view. Every async method waits for
// the chunk (`get`, shared and retried by loadOnce.ts) and forwards the call; plain values the host
// knows already (e.g. the signed-in person) are given as they are. The web parts call `get` as they
// compose, so the chunk downloads while the first screen draws, not after its first read.
type AsyncKeys<T> = {
  [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? K : never;
}[keyof T];

/** `methods` must name every async method of T: whatever it leaves out, `plain` must hold. */
export function lazyService<T, K extends AsyncKeys<T>>(
  get: () => Promise<T>,
  methods: readonly K[],
  plain: Omit<T, K>
): T {
  const forwards: Partial<Record<K, unknown>> = {};
  for (const name of methods)
    forwards[name] = async (...args: unknown[]): Promise<unknown> => {
      const service = await get();
      return (service[name] as unknown as (...a: unknown[]) => Promise<unknown>).apply(service, args);
    };
  return { ...plain, ...forwards } as T;
}

/** Starts a load at once; a failure here is tried again by the first call that needs it. */
export function prefetch(get: () => Promise<unknown>): void {
  get().catch(() => undefined);
}
