// What the dashboard and committee pack view can do, over the repositories, core's dashboard and pack builders
// and the exporters. The pack builder (with the form templates) loads when a meeting is chosen, the .docx library
// only when a pack is downloaded. The process (for due dates) is the site's, read with the lists on each load.
import type { ProcessConfig } from '../../core/config';
import { councillorsLabel, dashboardRows, type DashboardRow } from '../../core/dashboard';
import type { Councillor, Findings, HeadOfServiceRequest, IsoDateTime, LocalDate, Team, Visit } from '../../core/model';
import type { YearMonth } from '../../core/model';
import type { CommitteePack } from '../../core/pack/types';
import type { TaggedStatement, Taxonomy } from '../../core/themes/types';
import type { Repositories, Stored } from '../../core/ports/repositories';
import { packResponse, type PackResponse } from '../../core/pack/responses';
import type { PackDraft } from '../../core/pack/draft';
import { packSettingsOf } from '../../core/pack/settings';
import type { SavedPack } from '../../core/pack/drafts';
import type { ProcessSettings } from '../../core/settings';
import type { IntegrityCheck, OutsideChange } from '../../core/ports/integrity';
import type { ConversationStore, SendLog } from '../../core/ports/messaging';
import type { DeliveryContext, DeliveryProblemRow } from '../../core/dashboard/deliveryProblems';
import { londonDate } from '../../core/time/london';
import { defaultReportPeriod, reportPeriodOf, reportPeriods, type ReportPeriod } from '../../core/report/period';
import type { PeriodReport } from '../../core/report/periodReport';
import { normalizeEmail } from '../../core/email';

/** What the rows take from the process. */
export type DashboardProcess = Pick<ProcessConfig, 'returnPeriodDays' | 'responsePeriodDays'> &
  Partial<
    Pick<
      ProcessSettings,
      'agenda' | 'pack' | 'councilName' | 'committees' | 'reportPeriodMonths' | 'reportYearStartMonth'
    >
  >;

export interface DashboardData {
  visits: Visit[];
  findings: Findings[];
  requests: HeadOfServiceRequest[];
  teams: Team[];
  councillors: Councillor[];
  /** Forms and requests last changed by someone other than the service: shown, and named in the pack. */
  outsideChanges: OutsideChange[];
  /** The process as it was when the lists were read. */
  process: DashboardProcess;
}

export interface PackFile {
  fileName: string;
  content: Uint8Array | string;
  mimeType: string;
}

export interface DashboardService {
  load(): Promise<DashboardData>;
  rows(data: DashboardData): DashboardRow[];
  councillorsLabel(row: DashboardRow): string;
  /** Committee meetings that have visits reported to them: the packs an officer can build. */
  meetings(data: DashboardData): { committee: string; day: LocalDate }[];
  pack(
    data: DashboardData,
    committee: string,
    day: LocalDate,
    serviceResponse: string,
    themes?: { tagged: TaggedStatement[]; taxonomy: Taxonomy }
  ): Promise<CommitteePack>;
  /** The meeting's saved service response (undefined: none saved, or no store on this page). */
  packResponse(committee: string, day: LocalDate): Promise<Stored<PackResponse> | undefined>;
  /** Saves it over `current` (its ETag); ConflictError when another officer saved since. */
  savePackResponse(
    current: Stored<PackResponse> | undefined,
    committee: string,
    day: LocalDate,
    text: string
  ): Promise<Stored<PackResponse>>;
  /** The meeting's saved pack draft (undefined: none saved). */
  packDraft(committee: string, day: LocalDate): Promise<Stored<SavedPack> | undefined>;
  /** Saves the draft over `current` (its ETag); ConflictError when another officer saved since. */
  savePackDraft(current: Stored<SavedPack> | undefined, draft: PackDraft): Promise<Stored<SavedPack>>;
  docx(pack: CommitteePack, draft: PackDraft, councilName?: string): Promise<PackFile>;
  csv(pack: CommitteePack, draft?: PackDraft): Promise<PackFile>;
  /** The report periods (process settings) that hold visits, oldest first, and the one to open. */
  reportPeriods(data: DashboardData): { periods: ReportPeriod[]; current?: ReportPeriod };
  /** The period report for the period starting `start` (`YYYY-MM`), as at now. */
  periodReport(
    data: DashboardData,
    start: YearMonth,
    themes?: { tagged: TaggedStatement[]; taxonomy: Taxonomy }
  ): Promise<PeriodReport>;
  periodDocx(data: DashboardData, report: PeriodReport): Promise<PackFile>;
  /** People the Teams bot could not reach, and the messages waiting for them (officers only). */
  deliveryProblems(): Promise<DeliveryProblemRow[]>;
}

/** Who the people with undelivered messages are, and the visits a point of contact's messages were for. */
async function deliveryContext(
  repos: Repositories,
  sends: { visitId?: number; kind: string }[],
  isContactKind: (kind: string) => boolean
): Promise<DeliveryContext> {
  const ids = Array.from(
    new Set(sends.filter((s) => s.visitId !== undefined && isContactKind(s.kind)).map((s) => s.visitId as number))
  );
  const [councillors, teams, visits] = await Promise.all([
    repos.councillors.all(),
    repos.teams.all(),
    Promise.all(ids.map((id) => repos.visits.get(id).catch(() => undefined)))
  ]);
  const people = new Map<string, string>();
  for (const t of teams) {
    if (t.serviceManagerEmail) people.set(normalizeEmail(t.serviceManagerEmail), `the service manager of ${t.name}`);
    if (t.headOfServiceEmail) people.set(normalizeEmail(t.headOfServiceEmail), `the head of service for ${t.name}`);
  }
  for (const c of councillors) people.set(normalizeEmail(c.email), c.name);
  return { people, visits: new Map(visits.filter((v): v is Stored<Visit> => !!v).map((v) => [v.id, v])) };
}

export function dashboardService(
  repos: Repositories,
  process: () => Promise<DashboardProcess>,
  now: () => IsoDateTime,
  messaging?: { conversations: Pick<ConversationStore, 'unreachable'>; sendLog: Pick<SendLog, 'undelivered'> },
  integrity?: IntegrityCheck
): DashboardService {
  return {
    deliveryProblems: async () => {
      if (!messaging) return [];
      // Read after the status table; the rules load with the Teams delivery stores' chunk.
      const [{ deliveryProblems, isContactKind }, conversations, sends] = await Promise.all([
        import(/* webpackChunkName: 'delivery-stores' */ '../../core/dashboard/deliveryProblems'),
        messaging.conversations.unreachable(),
        messaging.sendLog.undelivered()
      ]);
      return deliveryProblems(conversations, sends, await deliveryContext(repos, sends, isContactKind));
    },
    load: async () => {
      // The settings are read alongside the first lists, never before them.
      const [visits, teams, councillors, config] = await Promise.all([
        repos.visits.query(),
        repos.teams.all(),
        repos.councillors.all(),
        process()
      ]);
      const ids = visits.map((v) => v.id);
      const [findings, requests] = await Promise.all([repos.findings.forVisits(ids), repos.requests.forVisits(ids)]);
      const outside = integrity
        ? await Promise.all([
            integrity.outsideChanges(
              'findings',
              findings.map((f) => f.id)
            ),
            integrity.outsideChanges(
              'responses',
              requests.map((r) => r.id)
            )
          ])
        : [];
      return { visits, teams, councillors, findings, requests, outsideChanges: outside.flat(), process: config };
    },
    rows: (d) => dashboardRows(d.visits, d.findings, d.requests, d.teams, d.councillors, now(), d.process),
    councillorsLabel,
    meetings: (d) => {
      const seen = new Map<string, { committee: string; day: LocalDate }>();
      for (const v of d.visits) {
        if (!v.committeeDate || v.status === 'Cancelled') continue;
        const day = londonDate(v.committeeDate);
        seen.set(`${day}|${v.committee}`, { committee: v.committee, day });
      }
      return [...seen.values()].sort((a, b) => a.day.localeCompare(b.day));
    },
    pack: async (d, committee, day, serviceResponse, themes) => {
      const [{ buildCommitteePack }, { getTemplate }] = await Promise.all([
        import(/* webpackChunkName: 'committee-pack' */ '../../core/pack/build'),
        import(/* webpackChunkName: 'committee-pack' */ '../../core/forms')
      ]);
      return buildCommitteePack({
        committee,
        committeeDay: day,
        visits: d.visits,
        findings: d.findings,
        requests: d.requests,
        teams: d.teams,
        councillors: d.councillors,
        serviceResponse,
        templates: { getTemplate },
        themes,
        outsideChanges: d.outsideChanges,
        agenda: d.process.agenda,
        returnPeriodDays: d.process.returnPeriodDays,
        asOf: now()
      });
    },
    reportPeriods: (d) => {
      const periods = reportPeriods(
        d.visits.map((v) => v.visitMonth),
        d.process
      );
      return { periods, current: defaultReportPeriod(londonDate(now()), periods) };
    },
    periodReport: async (d, start, themes) => {
      const { buildPeriodReport } = await import(
        /* webpackChunkName: 'period-report' */ '../../core/report/periodReport'
      );
      return buildPeriodReport({
        ...d,
        period: reportPeriodOf(start, d.process),
        config: d.process,
        asOf: now(),
        themes
      });
    },
    periodDocx: async (d, report) => {
      const m = await import(/* webpackChunkName: 'docx-export' */ '../../adapters/export/periodDocx');
      const content = await m.periodReportToDocx(report, {
        marking: packSettingsOf(d.process).marking,
        committees: d.process.committees,
        councilName: d.process.councilName
      });
      return {
        fileName: `Frontline visits report ${report.period.label.replace('/', '-')}.docx`,
        content,
        mimeType: m.DOCX_MIME_TYPE
      };
    },
    packResponse: async (committee, day) => repos.packResponses?.get(committee, day),
    savePackResponse: async (current, committee, day, text) => {
      if (!repos.packResponses) throw new Error('The service response cannot be saved on this page.');
      return repos.packResponses.save(current, packResponse(committee, day, text));
    },
    packDraft: async (committee, day) => repos.packDrafts?.get(committee, day),
    savePackDraft: async (current, draft) => {
      if (!repos.packDrafts) throw new Error('The pack cannot be saved on this page.');
      return repos.packDrafts.save(current, draft);
    },
    docx: async (pack, draft, councilName) => {
      const { packToDocx, DOCX_MIME_TYPE } = await import(
        /* webpackChunkName: 'docx-export' */ '../../adapters/export/packDocx'
      );
      return {
        fileName: `Committee pack ${pack.committeeDay}.docx`,
        content: await packToDocx(pack, draft, { councilName }),
        mimeType: DOCX_MIME_TYPE
      };
    },
    csv: async (built, draft) => {
      const pack = draft ? { ...built, serviceResponse: draft.serviceResponse } : built;
      const { packToCsv, CSV_MIME_TYPE } = await import(
        /* webpackChunkName: 'csv-export' */ '../../adapters/export/packCsv'
      );
      return { fileName: `Committee pack ${pack.committeeDay}.csv`, content: packToCsv(pack), mimeType: CSV_MIME_TYPE };
    }
  };
}
