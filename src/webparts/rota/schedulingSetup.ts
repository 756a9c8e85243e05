// Loaded on first use (chunk 'rota-scheduling'): the scheduling actions over the page's SharePoint
// session, with the site's process (Process Settings), read here and not on the rota's first
// screen. Kept apart so the rota's first download holds none of it.
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../../adapters/sp/repositories';
import { SpOfficerDirectory } from '../../adapters/sp/officers';
import type { IsoDateTime } from '../../core/model';
import { spProcessSource } from '../shared/processSetup';
import { siteProcess } from '../shared/siteProcess';
import { rotaScheduling, type RotaScheduling } from './rotaScheduling';

export function spRotaScheduling(sp: SPFI, now: () => IsoDateTime, rotaYearStartMonth: number): RotaScheduling {
  const process = siteProcess(async () => spProcessSource(sp));
  // Loaded as the officer opens a visit or plans: the settings are read alongside that first read,
  // so the action they take next finds them cached (a failure here is met again by that action).
  process().catch(() => undefined);
  // The officers group, read as the officer: officers may be a visit's point of contact. A group the
  // officer may not read counts no one, so officers are then known by the council's domains only.
  const group = new SpOfficerDirectory(sp);
  const officers = { isOfficer: (email: string) => group.isOfficer(email).catch(() => false) };
  return rotaScheduling(spRepositories(sp), process, now, rotaYearStartMonth, officers);
}
