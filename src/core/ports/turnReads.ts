// One unit of work's reads, memoised. A bot turn or an API call reads the visit and the draft to
// decide what to do, then core's service reads them again to enforce its own rules; over HTTP that
// doubles the list requests for nothing. A write to a list clears that list's reads (the memo's
// keys start with the repository's name, and every derived read is within one list), so a read of
// it after a write always goes to the list; no repository write changes another list's items.
// Scoped to one unit of work (milliseconds), never shared between them.
import type { Repositories } from './repositories';
import type { FormReads, RepoRead } from './formReads';
import { normalizeEmail } from '../email';
import { jsonCopy } from '../jsonCopy';

/** Repository methods that only read: memoised by name and arguments. Everything else is a write (to its own list). */
const READS = new Set([
  'get',
  'find',
  'all',
  'query',
  'byEmail',
  'byAadObjectId',
  'forVisit',
  'forVisits',
  'forCouncillor',
  'forResponder',
  'between'
]);

type AnyFn = (...args: unknown[]) => Promise<unknown>;

/** Deep copy of plain list data, so a caller that edits what it read cannot change the memo. */
const copy = <T>(v: T): T => jsonCopy(v);

export interface ReadMemo {
  repos: Repositories;
  /**
   * Answers a read before anyone asks, e.g. from one `$batch` made up front: the next call of
   * `repo.method(...args)` gets `value`. A rejected value is kept for that caller, not thrown here.
   */
  prime(repo: keyof Repositories, method: string, args: unknown[], value: Promise<unknown>): void;
  /**
   * Starts a form step's two reads (the visit, and the councillor's draft) in one round trip, as
   * the answers to the `visits.get` and `findings.find` calls core makes next. Without FormReads,
   * does nothing and those calls read one by one. `councillorEmail` must be lower case, as core's.
   */
  prefetchForm(visitId: number, councillorEmail: string): void;
  /** Starts independent reads in one round trip, as the answers to those calls; without FormReads.together, nothing. */
  prefetch(reads: RepoRead[]): void;
}

const keyOf = (repo: string, method: string, args: unknown[]): string => `${repo}.${method}(${JSON.stringify(args)})`;

interface Derived {
  /** The broader read this one can be answered from, if the turn already made (or primed) it. */
  from(args: unknown[]): { repo: string; method: string; args: unknown[] };
  /** The answer from the broader read's value; `miss` when it cannot tell (then the list is read). */
  pick(value: unknown, args: unknown[]): unknown;
}
const miss = Symbol('miss');
type Item = { id?: number; visitId?: number; councillorEmail?: string };

/**
 * Reads answered from a broader one already in the memo, exactly as the list would answer them: a
 * team from all the teams (else read on its own), a councillor's form for a visit from all their
 * forms (FindingsKey is the visit and the lower-cased e-mail, as forCouncillor's filter).
 */
const DERIVED: Record<string, Derived> = {
  'teams.get': {
    from: () => ({ repo: 'teams', method: 'all', args: [] }),
    pick: (all, [id]) => (all as Item[]).find((t) => t.id === id) ?? miss
  },
  'findings.find': {
    from: ([, email]) => ({ repo: 'findings', method: 'forCouncillor', args: [normalizeEmail(String(email))] }),
    pick: (forms, [visitId, email]) =>
      (forms as Item[]).find(
        (f) => f.visitId === visitId && normalizeEmail(f.councillorEmail) === normalizeEmail(String(email))
      )
  }
};

export function readMemo(repos: Repositories, formReads?: FormReads): ReadMemo {
  const memo = new Map<string, Promise<unknown>>();
  const wrap = (name: string, repo: object): object =>
    new Proxy(repo, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        const fn = value as AnyFn;
        if (!READS.has(prop)) {
          return (...args: unknown[]) => {
            for (const key of memo.keys()) if (key.startsWith(`${name}.`)) memo.delete(key);
            return fn.apply(target, args);
          };
        }
        return (...args: unknown[]) => {
          const key = keyOf(name, prop, args);
          let hit = memo.get(key);
          if (!hit) {
            hit = derived(name, prop, args, () => fn.apply(target, args)) ?? fn.apply(target, args);
            memo.set(key, hit);
            // A failed read is not remembered: the caller may retry it.
            hit.catch(() => memo.get(key) === hit && memo.delete(key));
          }
          return hit.then(copy);
        };
      }
    });
  /** A read the memo can answer from a broader one it holds (DERIVED); if that one failed, the list. */
  function derived(repo: string, method: string, args: unknown[], read: () => Promise<unknown>) {
    const rule = DERIVED[`${repo}.${method}`];
    const from = rule?.from(args);
    const broad = from && memo.get(keyOf(from.repo, from.method, from.args));
    if (!rule || !broad) return undefined;
    return broad.then(
      (v) => {
        const picked = rule.pick(v, args);
        return picked === miss ? read() : picked;
      },
      () => read()
    );
  }
  const out: Record<string, unknown> = {};
  for (const [name, repo] of Object.entries(repos))
    out[name] = repo && typeof repo === 'object' ? wrap(name, repo as object) : repo;
  const prime: ReadMemo['prime'] = (repo, method, args, value) => {
    value.catch(() => undefined); // handled by whoever reads it; unread, it must not crash the process
    memo.set(keyOf(String(repo), method, args), value);
  };
  return {
    repos: out as unknown as Repositories,
    prime,
    prefetch(reads) {
      if (!formReads?.together) return;
      const answers = formReads.together(reads);
      reads.forEach((r, i) => prime(r.repo, r.method, r.args, answers[i]));
    },
    prefetchForm(visitId, councillorEmail) {
      // Already asked for in this turn (e.g. the router's prefetch of the step): no second $batch.
      const asked = [keyOf('visits', 'get', [visitId]), keyOf('findings', 'find', [visitId, councillorEmail])];
      if (!formReads || asked.every((k) => memo.has(k))) return;
      const { visit, form } = formReads.visitAndForm(visitId, councillorEmail);
      prime('visits', 'get', [visitId], visit);
      prime('findings', 'find', [visitId, councillorEmail], form);
    }
  };
}
