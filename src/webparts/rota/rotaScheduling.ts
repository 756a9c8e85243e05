// What the rota view can do, over the repositories and the core services. The web part builds one
// with `rotaScheduling(...)` and hands it to the React root; components never construct services.
// Each action runs with the site's process as it is then (`process()`, cached by the page's source).
import type { ProcessConfig } from '../../core/config';
import type { OfficerDirectory } from '../../core/ports/directory';
import type { ProcessSettings } from '../../core/settings';
import { setVisitContact } from '../../core/services/visitContact';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../core/calendar/bankHolidays';
import type { IsoDateTime, Visit } from '../../core/model';
import { planRota, type PlannedVisit, type RotaPlan } from '../../core/planner';
import { openPlannerInput } from '../../core/rota/openPlan';
import type { Repositories, Stored } from '../../core/ports/repositories';
import type { RotaYearData } from '../../core/ports/rotaReader';
import {
  assignCouncillors,
  bookVisit,
  cancelVisit,
  previewAssignment,
  previewBooking,
  rearrangeVisit,
  type BookingResult
} from '../../core/services/booking';
import { savePlan, type SavePlanResult } from '../../core/services/savePlan';
import type { BookingClash } from '../../core/services/errors';
import type { BookingWarning } from '../../core/services/bookingChecks';

export interface Invite {
  fileName: string;
  text: string;
  mimeType: string;
}

export interface RotaScheduling {
  /** A draft plan for the year's rota rows; saves nothing, so the officer can look before saving. */
  plan(data: RotaYearData): Promise<RotaPlan>;
  savePlan(visits: PlannedVisit[]): Promise<SavePlanResult>;
  /** The visit as stored now (with its ETag): what every change is made against. */
  load(id: number): Promise<Stored<Visit>>;
  preview(visit: Visit, start: IsoDateTime): Promise<{ clashes: BookingClash[]; warnings: BookingWarning[] }>;
  book(visit: Stored<Visit>, start: IsoDateTime): Promise<BookingResult>;
  /** What assigning would meet (a councillor busy that day, a second visit this year), saving nothing. */
  previewAssign(
    visit: Visit,
    councillorEmails: string[]
  ): Promise<{ clashes: BookingClash[]; warnings: BookingWarning[] }>;
  assign(visit: Stored<Visit>, councillorEmails: string[]): Promise<BookingResult>;
  rearrange(visit: Stored<Visit>, reason: string, newStart?: IsoDateTime): Promise<BookingResult>;
  cancel(visit: Stored<Visit>, reason: string): Promise<Stored<Visit>>;
  /** Loads the calendar library on first use, to keep it out of the page's first download. */
  invite(visit: Visit, data: RotaYearData): Promise<Invite>;
  /** The settings' default point of contact ('' when none): who a visit without its own contact uses. */
  defaultContact(): Promise<string>;
  /** Sets the visit's point of contact (someone the council knows; core/contacts.ts); '' clears it. */
  setContact(visit: Stored<Visit>, email: string): Promise<Stored<Visit>>;
}

/** The process as the rota reads it: the settings, or (in a test) a bare process with no council fields. */
type RotaProcess = ProcessConfig & Partial<Pick<ProcessSettings, 'councilDomains' | 'pointOfContactEmail'>>;

export function rotaScheduling(
  repos: Repositories,
  process: () => Promise<RotaProcess>,
  now: () => IsoDateTime,
  rotaYearStartMonth: number,
  /** The site's officers, who may be a visit's point of contact (without it, officers count by domain only). */
  officers?: OfficerDirectory
): RotaScheduling {
  // The planner and booking read the same bank holidays, so both follow one visit-day rule.
  const bankHolidays = ENGLAND_AND_WALES_BANK_HOLIDAYS;
  // Councillors and teams are read only to name people and teams in clash and warning messages.
  const bookingDeps = async () => ({
    visits: repos.visits,
    qa: repos.qa,
    councillors: repos.councillors,
    teams: repos.teams,
    config: await process(),
    now,
    rotaYearStartMonth,
    bankHolidays
  });
  const assignDeps = async () => ({
    visits: repos.visits,
    councillors: repos.councillors,
    teams: repos.teams,
    config: await process(),
    rotaYearStartMonth
  });
  return {
    plan: async (data) => planRota(openPlannerInput(data, await process(), bankHolidays)),
    savePlan: async (visits) => savePlan({ visits: repos.visits, config: await process() }, visits),
    load: (id) => repos.visits.get(id),
    preview: async (visit, start) => previewBooking(await bookingDeps(), { visit, start }),
    book: async (visit, start) => bookVisit(await bookingDeps(), { visit, start }),
    previewAssign: async (visit, emails) => previewAssignment(await assignDeps(), { visit, councillorEmails: emails }),
    assign: async (visit, emails) => assignCouncillors(await assignDeps(), { visit, councillorEmails: emails }),
    rearrange: async (visit, reason, newStart) => rearrangeVisit(await bookingDeps(), { visit, reason, newStart }),
    cancel: (visit, reason) => cancelVisit({ visits: repos.visits }, { visit, reason }),
    defaultContact: async () => (await process()).pointOfContactEmail ?? '',
    setContact: async (visit, email) => {
      const { councilDomains } = await process();
      const people = { councillors: repos.councillors, teams: repos.teams, officers, councilDomains };
      return setVisitContact({ ...people, visits: repos.visits }, { visit, email });
    },
    invite: async (visit, data) => {
      const [{ visitToIcs, ICS_MIME_TYPE }, config] = await Promise.all([
        import(/* webpackChunkName: 'ics-export' */ '../../adapters/export/visitIcs'),
        process()
      ]);
      const team = data.teams.find((t) => t.id === visit.teamId);
      const names = new Map(data.councillors.map((c) => [c.email, c.name]));
      const text = visitToIcs({
        visit,
        teamName: team?.name ?? visit.title,
        location: team?.location ?? '',
        councillorNames: visit.councillorEmails.map((e) => names.get(e) ?? e),
        agenda: config.agenda,
        pointOfContactEmail: visit.pointOfContactEmail
      });
      return {
        fileName: `${visit.title.replace(/[^A-Za-z0-9 -]+/g, '').trim() || 'visit'}.ics`,
        text,
        mimeType: ICS_MIME_TYPE
      };
    }
  };
}
