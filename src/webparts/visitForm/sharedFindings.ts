// The findings shared with the signed-in person: as the visited team's service manager or head of
// service (core shares every sent form with both, read only), or as the delegate of a request for
// a response. Read with their own SharePoint session, so the lists' item permissions decide what
// is there; this only gathers it by visit, awaiting a response first. Answers go through the
// escalations service (the requests API), never from here.
import { getTemplate } from '../../core/forms/registry';
import type { FormTemplate } from '../../core/forms/template';
import type { Findings, FormAnswers, IsoDateTime, Team, Visit } from '../../core/model';
import type { Repositories, Stored } from '../../core/ports/repositories';
import { councillorsOf } from '../../core/visitStatus';
import { normalizeEmail } from '../../core/email';
import { AccessDeniedError, NotFoundError } from '../../core/errors';
import { formatLondon } from '../../core/time/london';
import { toRequestState, type RequestState } from '../../adapters/service/contract';
import type { PageReads } from './pageReads';

export type SharedRole = 'head of service' | 'service manager' | 'delegate';

export interface SharedForm {
  findingsId: number;
  councillorEmail: string;
  councillorName: string;
  submittedAt?: IsoDateTime;
  template: FormTemplate;
  answers: FormAnswers;
  /** The request for a response to what this form escalated; none when it escalated nothing. */
  request?: RequestState;
}

export interface SharedVisit {
  visitId: number;
  /** Unknown when the rota is not shared with the person (a delegate outside the site's readers). */
  teamName?: string;
  /** e.g. "Thursday 24 July 2025", or the planned month. */
  date?: string;
  /** For sorting, newest first: the visit's start or month. */
  when: string;
  roles: SharedRole[];
  forms: SharedForm[];
}

export interface SharedFindings {
  /** Awaiting a response first (oldest request first), then the rest, newest visit first. */
  visits: SharedVisit[];
  /** The teams the person is service manager or head of service of, shared or not yet. */
  contactFor: string[];
}

export interface SharedFindingsService {
  userEmail: string;
  list(): Promise<SharedFindings>;
}

export interface SharedFindingsDeps {
  repos: Pick<Repositories, 'findings' | 'requests' | 'councillors'>;
  reads: PageReads;
  userEmail: string;
  templates?: { getTemplate(id: string): FormTemplate };
}

const OPEN: RequestState['status'][] = ['Requested', 'Delegated', 'MoreInfoRequested'];

/** Whether a request still waits for an answer. */
export const isOpen = (r: RequestState): boolean => OPEN.indexOf(r.status) >= 0;

/** The oldest open request's time, or undefined when nothing waits. */
export function awaitingSince(v: SharedVisit): string | undefined {
  const open = v.forms.map((f) => f.request).filter((r): r is RequestState => !!r && isOpen(r));
  return open.map((r) => r.requestedAt).sort()[0];
}

/** Awaiting a response first (the longest waiting first), then newest visit first. */
export function bySharedOrder(a: SharedVisit, b: SharedVisit): number {
  const [wa, wb] = [awaitingSince(a), awaitingSince(b)];
  if (wa && wb && wa !== wb) return wa.localeCompare(wb);
  if (!!wa !== !!wb) return wa ? -1 : 1;
  return b.when.localeCompare(a.when) || a.visitId - b.visitId;
}

/** Hidden (not found, or denied) reads as empty; any other failure as itself. */
const unlessHidden = <T>(read: Promise<T[]>): Promise<T[]> =>
  read.catch((e: unknown) => {
    if (e instanceof NotFoundError || e instanceof AccessDeniedError) return [];
    throw e;
  });

const dateOf = (v: Visit): string =>
  v.visitStart ? formatLondon(v.visitStart, 'EEEE d MMMM yyyy') : `planned for ${v.visitMonth}`;

export function sharedFindingsService(deps: SharedFindingsDeps): SharedFindingsService {
  const me = normalizeEmail(deps.userEmail);
  const templates = deps.templates ?? { getTemplate };
  return {
    userEmail: me,
    async list() {
      const [teams, visits, delegated] = await Promise.all([
        unlessHidden(deps.reads.teams()),
        unlessHidden(deps.reads.visitsWithForms()),
        // Every status: a delegate's request stays theirs to read once answered.
        deps.repos.requests.forResponder(me)
      ]);
      const roles = new Map<number, SharedRole[]>();
      for (const t of teams) {
        const r: SharedRole[] = [];
        if (normalizeEmail(t.headOfServiceEmail) === me) r.push('head of service');
        if (normalizeEmail(t.serviceManagerEmail) === me) r.push('service manager');
        if (r.length) roles.set(t.id, r);
      }
      const ids = visits.filter((v) => roles.has(v.teamId)).map((v) => v.id);
      const mine = new Set(ids);
      const elsewhere = delegated.filter((r) => !mine.has(r.visitId));
      const [forms, requests, extraForms] = await Promise.all([
        ids.length ? deps.repos.findings.forVisits(ids) : Promise.resolve([]),
        ids.length ? deps.repos.requests.forVisits(ids) : Promise.resolve([]),
        Promise.all(elsewhere.map((r) => deps.repos.findings.get(r.findingsId).catch(() => undefined)))
      ]);
      const sent = [...forms, ...extraForms].filter((f): f is Stored<Findings> => !!f && f.status === 'Submitted');
      const names = sent.length ? await councillorNames(deps.repos.councillors) : new Map<string, string>();
      const allRequests = [...requests, ...elsewhere].map(toRequestState);
      const teamOf = new Map<number, Stored<Team>>(teams.map((t) => [t.id, t]));
      const visitOf = new Map<number, Stored<Visit>>(visits.map((v) => [v.id, v]));
      const byVisit = new Map<number, SharedVisit>();
      for (const f of sent) {
        const visit = visitOf.get(f.visitId);
        let entry = byVisit.get(f.visitId);
        if (!entry) {
          const team = visit && teamOf.get(visit.teamId);
          const own = (visit && roles.get(visit.teamId)) ?? [];
          entry = {
            visitId: f.visitId,
            teamName: team?.name,
            date: visit && dateOf(visit),
            when: visit ? (visit.visitStart ?? visit.visitMonth) : '',
            roles: [...own],
            forms: []
          };
          byVisit.set(f.visitId, entry);
        }
        const email = normalizeEmail(f.councillorEmail);
        entry.forms.push({
          findingsId: f.id,
          councillorEmail: email,
          councillorName: names.get(email) ?? email,
          submittedAt: f.submittedAt,
          template: templates.getTemplate(f.templateId || (visit?.formTemplate ?? '')),
          answers: f.answers,
          request: allRequests.find((r) => r.findingsId === f.id)
        });
      }
      for (const v of byVisit.values()) {
        // A delegate: asked to answer a request here, without being its team's head of service.
        const asked = v.forms.some((f) => f.request && normalizeEmail(f.request.responderEmail) === me);
        if (asked && v.roles.indexOf('head of service') < 0) v.roles.push('delegate');
        // In the order the rota names the councillors; a form awaiting a response first.
        const order = visitOf.get(v.visitId);
        const rank = (f: SharedForm): number => (order ? councillorsOf(order).indexOf(f.councillorEmail) : 0);
        v.forms.sort(
          (a, b) =>
            Number(!!b.request && isOpen(b.request)) - Number(!!a.request && isOpen(a.request)) || rank(a) - rank(b)
        );
      }
      return {
        visits: [...byVisit.values()].sort(bySharedOrder),
        contactFor: teams.filter((t) => roles.has(t.id)).map((t) => t.name)
      };
    }
  };
}

async function councillorNames(councillors: Pick<Repositories['councillors'], 'all'>): Promise<Map<string, string>> {
  const all = await unlessHidden(councillors.all());
  return new Map(all.map((c) => [normalizeEmail(c.email), c.name]));
}
