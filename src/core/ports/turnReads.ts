// One unit of work's reads, memoised. A bot turn or an API call reads the visit and the draft to
// decide what to do, then core's service reads them again to enforce its own rules; over HTTP that
// doubles the list requests for nothing. Any write clears the memo, so a read after a write always
// goes to the list. Scoped to one unit of work (milliseconds), never shared between them.
import type { Repositories } from './repositories';

/** Repository methods that only read: memoised by name and arguments. Everything else is a write. */
const READS = new Set(['get', 'find', 'all', 'query', 'byEmail', 'byAadObjectId', 'forVisit', 'forVisits', 'forCouncillor', 'forResponder', 'between']);

type AnyFn = (...args: unknown[]) => Promise<unknown>;

/** Deep copy of plain list data, so a caller that edits what it read cannot change the memo. */
const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function memoisedReads(repos: Repositories): Repositories {
  const memo = new Map<string, Promise<unknown>>();
  const wrap = (name: string, repo: object): object =>
    new Proxy(repo, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        const fn = value as AnyFn;
        if (!READS.has(prop)) {
          return (...args: unknown[]) => {
            memo.clear();
            return fn.apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const key = `${name}.${prop}(${JSON.stringify(args)})`;
          let hit = memo.get(key);
          if (!hit) {
            hit = fn.apply(target, args);
            memo.set(key, hit);
            // A failed read is not remembered: the caller may retry it.
            hit.catch(() => memo.get(key) === hit && memo.delete(key));
          }
          return hit.then(copy);
        };
      }
    });
  const out: Record<string, unknown> = {};
  for (const [name, repo] of Object.entries(repos)) out[name] = repo && typeof repo === 'object' ? wrap(name, repo as object) : repo;
  return out as unknown as Repositories;
}
