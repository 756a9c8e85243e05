// Assigning councillors to a visit, for the officers' pages. A booked visit keeps its time, so the
// new councillors must be free that day (a clash names them and the other visit); a councillor's
// second visit in the rota year, missing training or a missed briefing are warnings, never refusals.
import type { ProcessConfig } from '../config';
import { lacksDataProtectionTraining } from '../councillors';
import { DomainError } from '../errors';
import { VISIT_STATUSES, type Councillor, type Visit, type VisitStatus } from '../model';
import type { CouncillorRepository, Stored, VisitRepository } from '../ports/repositories';
import { rotaYearOf } from '../rota/rotaYear';
import { secondVisitWarnings } from './assignChecks';
import { clashingVisits, describeClashes, type BookingWarning } from './bookingChecks';
import { councillorsOf, holdsTime, isOnVisit } from '../visitStatus';
import { normalizeEmail } from '../email';
import { BookingClashError, type BookingClash } from './errors';
import { loadNames, type NameDeps, type Names } from './visitNames';

export interface AssignDeps extends NameDeps {
  visits: Pick<VisitRepository, 'query' | 'update'>;
  councillors: Pick<CouncillorRepository, 'byEmail'> & Partial<Pick<CouncillorRepository, 'all'>>;
  config: Pick<ProcessConfig, 'councillorsPerVisit' | 'extraVisitVolunteers'>;
  rotaYearStartMonth?: number;
}

const ASSIGNABLE: VisitStatus[] = ['Planned', 'Rearranged', 'Booked', 'Briefed'];
const NOT_CANCELLED = VISIT_STATUSES.filter((s) => s !== 'Cancelled');

interface Checked {
  emails: string[];
  clashes: BookingClash[];
  warnings: BookingWarning[];
}

/** Refuses what can never be saved; returns the clashes (which assigning refuses) and the warnings. */
async function checkAssignment(deps: AssignDeps, visit: Visit, chosen: string[]): Promise<Checked> {
  const emails = councillorsOf({ ...visit, councillorEmails: chosen.map(normalizeEmail) });
  if (ASSIGNABLE.indexOf(visit.status) < 0) {
    throw new DomainError(
      'CannotAssign',
      `'${visit.title}' is ${visit.status}; councillors can only be changed before the visit.`
    );
  }
  const max = deps.config.councillorsPerVisit;
  if (emails.length > max)
    throw new DomainError(
      'TooManyCouncillors',
      `A visit takes ${max} councillor${max === 1 ? '' : 's'}; ${emails.length} were chosen.`
    );
  const booked = !!visit.visitStart && holdsTime(visit.status);
  if (booked && emails.length === 0)
    throw new DomainError(
      'CouncillorRequired',
      `'${visit.title}' is booked, so it needs a councillor. Rearrange or cancel it instead.`
    );

  const current = councillorsOf(visit);
  const warnings: BookingWarning[] = [];
  const added: Councillor[] = [];
  for (const email of emails) {
    const councillor = await deps.councillors.byEmail(email);
    if (!councillor) throw new DomainError('UnknownCouncillor', `${email} is not on the Councillors list.`);
    if (!councillor.active)
      throw new DomainError('InactiveCouncillor', `${councillor.name} is not an active councillor.`);
    if (lacksDataProtectionTraining(councillor)) {
      warnings.push({
        kind: 'no-training',
        councillorEmail: email,
        message: `${councillor.name} has no data protection (UK GDPR) training recorded.`
      });
    }
    if (current.indexOf(email) < 0) {
      added.push(councillor);
      if (visit.status === 'Briefed') {
        warnings.push({
          kind: 'needs-briefing',
          councillorEmail: email,
          message: `The visit has been briefed already: please brief ${councillor.name} yourself.`
        });
      }
    }
  }
  if (emails.length < max)
    warnings.push({
      kind: 'fewer-councillors',
      message: `'${visit.title}' has ${emails.length} of the ${max} councillors a visit takes.`
    });
  if (!booked && added.length === 0) return { emails, clashes: [], warnings };

  const year = rotaYearOf(visit.visitMonth, deps.rotaYearStartMonth);
  const yearVisits = await deps.visits.query({ statuses: NOT_CANCELLED, monthFrom: year.start, monthTo: year.end });
  let names: Names | undefined;
  const named = async (): Promise<Names> => names ?? (names = await loadNames(deps));
  const raw = booked
    ? clashingVisits({ ...visit, councillorEmails: emails }, visit.visitStart as string, yearVisits).filter(
        (c) => c.kind === 'councillor-same-day'
      )
    : [];
  const clashes = raw.length ? describeClashes(visit, raw, await named()) : [];
  const repeat = yearVisits.some((v) => v.id !== visit.id && added.some((c) => isOnVisit(v, c.email)));
  if (repeat) warnings.push(...secondVisitWarnings(visit, added, yearVisits, year, deps.config, await named()));
  return { emails, clashes, warnings };
}

/** What assigning `councillorEmails` would meet, without writing, so the officer sees it before saving. */
export async function previewAssignment(
  deps: AssignDeps,
  input: { visit: Visit; councillorEmails: string[] }
): Promise<{ clashes: BookingClash[]; warnings: BookingWarning[] }> {
  const { clashes, warnings } = await checkAssignment(deps, input.visit, input.councillorEmails);
  return { clashes, warnings };
}

/** Sets who makes the visit. A booked visit keeps its time, so the new councillors must be free that day. */
export async function assignCouncillors(
  deps: AssignDeps,
  input: { visit: Stored<Visit>; councillorEmails: string[] }
): Promise<{ visit: Stored<Visit>; warnings: BookingWarning[] }> {
  const { emails, clashes, warnings } = await checkAssignment(deps, input.visit, input.councillorEmails);
  if (clashes.length) throw new BookingClashError(clashes);
  return { visit: await deps.visits.update(input.visit, { councillorEmails: emails }), warnings };
}
