// What /readyz checks on the Node side: every list the product uses is there and readable with the
// service's identity, the officers' group is there, and the site's Process Settings are valid. Problems name lists and fields,
// never tokens, certificates or item contents.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import type { ProcessSource } from '../core/ports/settings';
import { describeErrors } from '../core/settings';
import { LISTS } from '../lists/schema';
import type { OfficerDirectory } from '../core/ports/directory';
import { SetupError } from '../core/errors';
import type { ReadinessCheck } from '../service/operations';

const brief = (e: unknown): string => (e instanceof Error ? e.message : String(e)).slice(0, 200);

export function listsReachable(sp: SPFI, titles: readonly string[] = LISTS.map((l) => l.title)): ReadinessCheck {
  return async () => {
    let lists: { Title: string }[];
    try {
      lists = await sp.web.lists.select('Title')();
    } catch (e) {
      return [`lists: the site's lists could not be read (${brief(e)})`];
    }
    const present = new Set(lists.map((l) => l.Title));
    const missing = titles.filter((t) => !present.has(t));
    return missing.length ? [`lists: missing ${missing.join(', ')} (run npm run provision)`] : [];
  };
}

export function settingsValid(source: ProcessSource): ReadinessCheck {
  return async () => {
    try {
      const current = await source.current();
      return current.problems.length
        ? [`settings: the site's Process Settings are not valid (${describeErrors(current.problems)})`]
        : [];
    } catch (e) {
      return [`settings: the Process Settings list could not be read (${brief(e)})`];
    }
  };
}

/** The officers' group is on the site (without it officers cannot be told apart, and their requests answer 503). */
export function officersGroupPresent(officers: OfficerDirectory): ReadinessCheck {
  return async () => {
    try {
      await officers.isOfficer('readiness-check@invalid.example');
      return [];
    } catch (e) {
      return [
        `officers: ${e instanceof SetupError ? e.message : `the officers' group could not be read (${brief(e)})`}`
      ];
    }
  };
}
