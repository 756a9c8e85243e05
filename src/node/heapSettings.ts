// How far V8 lets the service's heap grow past what was live after its last major collection
// (FRONTLINE_HEAP_GROWING_PERCENT). V8's own rule grows it by up to several times live; under the
// bot's load that headroom fills with short-lived garbage before each major collection, and the
// process's peak memory is set by it (README, Benchmarks: "Service memory"). A fixed percent
// trades CPU for memory: at 50 the bench's peak fell from 1.56x the echo bot to 0.98x for about
// 10% more CPU per turn (more, quicker, major collections); at 100, the default, from 1.64x to
// 1.06x for about 3% (within the bench's spread). 0 gives V8's own rule back. Applied as the service's entry is first loaded
// (serviceCli imports src/node/serviceHeap.ts first), before the rest of its code; an invalid
// value is not applied and validateEnv refuses it, so the service does not start.
import * as v8 from 'v8';

export const HEAP_GROWING_VARIABLE = 'FRONTLINE_HEAP_GROWING_PERCENT';
const MIN = 10;
const MAX = 400;
/** What the service runs with unless told otherwise (measured: README, Benchmarks, service memory). */
export const DEFAULT_HEAP_GROWING_PERCENT = 100;

/**
 * The setting: unset means the default (100); 0 means V8's own rule, nothing set; else a whole
 * number of percent from 10 to 400. `{ problem }` says what is allowed.
 */
export function heapGrowingPercent(raw: string | undefined): { percent?: number } | { problem: string } {
  const text = raw?.trim() ?? '';
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (text === '') return { percent: DEFAULT_HEAP_GROWING_PERCENT };
  if (n === 0) return {};
  if (n >= MIN && n <= MAX) return { percent: n };
  return {
    problem: `${HEAP_GROWING_VARIABLE} must be a whole number of percent from ${MIN} to ${MAX}, or 0 for V8's own heap growing (got ${JSON.stringify(text.slice(0, 20))}).`
  };
}

/** Sets V8's heap growing for this process from the environment; returns the percent set, if any. */
export function applyHeapSettings(
  env: NodeJS.ProcessEnv = process.env,
  setFlags: (flags: string) => void = v8.setFlagsFromString
): number | undefined {
  const setting = heapGrowingPercent(env[HEAP_GROWING_VARIABLE]);
  if (!('percent' in setting) || setting.percent === undefined) return undefined;
  setFlags(`--heap-growing-percent=${setting.percent}`);
  return setting.percent;
}
