// The two whole-list reads the form page's parts share: the teams, and the visits that have (or
// will have) findings forms. The form picker and the findings shared with a head of service or
// service manager both start from them; read once for the page, each costs one request, not two.
// Kept for a minute, so a part that reads them again later sees the rota as it is now.
import type { Team } from '../../core/model';
import type { Repositories, Stored } from '../../core/ports/repositories';
import type { Visit } from '../../core/model';
import { HOLDS_TIME } from '../../core/visitStatus';

export interface PageReads {
  teams(): Promise<Stored<Team>[]>;
  /** The visits that have (or will have) findings forms: those that HOLDS_TIME (core/visitStatus.ts), in the rota's order. */
  visitsWithForms(): Promise<Stored<Visit>[]>;
}

/** A read shared by calls within `ttlMillis` of the first; a failed read is not kept. */
function shared<T>(read: () => Promise<T>, ttlMillis: number, clock: () => number): () => Promise<T> {
  let kept: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = clock();
    if (!kept || now - kept.at > ttlMillis) {
      const value = read();
      const entry = { at: now, value };
      value.catch(() => kept === entry && (kept = undefined));
      kept = entry;
    }
    return kept.value;
  };
}

export function pageReads(
  repos: Pick<Repositories, 'teams' | 'visits'>,
  ttlMillis = 60000,
  clock: () => number = Date.now
): PageReads {
  return {
    teams: shared(() => repos.teams.all(), ttlMillis, clock),
    visitsWithForms: shared(() => repos.visits.query({ statuses: HOLDS_TIME }), ttlMillis, clock)
  };
}
