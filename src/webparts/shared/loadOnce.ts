// For services a web part loads on first use (their code in a chunk of its own): the first call
// starts the load, later calls share it, and a failed load (e.g. a dropped connection) is tried
// again next time instead of being remembered.
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => {
    loaded =
      loaded ??
      load().catch((e) => {
        loaded = undefined;
        throw e;
      });
    return loaded;
  };
}
