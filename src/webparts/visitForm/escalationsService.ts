// What the form page needs for a head of service (or their delegate): the escalated issues waiting
// for them, each with its visit, councillor and findings form, read with their own SharePoint
// session (a request and its form are shared with them, read only); and their answers, delegations
// and questions sent through the Frontline service, which writes with its own identity.
import type { ProcessConfig } from '../../core/config';
import { responseDueDate } from '../../core/deadlines';
import { getTemplate } from '../../core/forms/registry';
import type { FormTemplate } from '../../core/forms/template';
import type { FormAnswers, IsoDateTime, Visit } from '../../core/model';
import type { Repositories } from '../../core/ports/repositories';
import { AccessDeniedError, NotFoundError } from '../../core/errors';
import { formatLondon } from '../../core/time/london';
import { toRequestState, type RequestActionResponse, type RequestState } from '../../adapters/service/contract';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import type { Person } from './councilPeople';
import { normalizeEmail } from '../../core/email';

/** Requests still waiting for an answer. */
export const OPEN_REQUESTS: RequestState['status'][] = ['Requested', 'Delegated', 'MoreInfoRequested'];

export interface Escalation {
  request: RequestState;
  /** e.g. "Cared for Teams: visit on Monday 14 July 2025". */
  heading: string;
  /**
   * False when the person may read the request and the form but not the rota (a delegate at a
   * council address who is not among the site's readers): the heading then names the visit's number.
   */
  visitReadable: boolean;
  /** The visited team's head of service, who may always answer (core's mayAnswerRequest); unknown when not readable. */
  headOfServiceEmail?: string;
  councillorEmail: string;
  councillorName: string;
  template: FormTemplate;
  answers: FormAnswers;
  responseDue: IsoDateTime;
}

export interface EscalationsService {
  userEmail: string;
  /** The requests waiting for the signed-in person (one list read), oldest first. */
  open(): Promise<RequestState[]>;
  /** One request as it stands now, with its visit, councillor and findings form. */
  read(requestId: number): Promise<Escalation>;
  respond(requestId: number, response: string): Promise<RequestActionResponse>;
  delegate(requestId: number, delegateEmail: string): Promise<RequestActionResponse>;
  ask(requestId: number, question: string): Promise<RequestActionResponse>;
  /** Whom the delegate field suggests (none without it); core still decides who may be chosen. */
  people(): Promise<Person[]>;
}

const visitLabel = (v: Visit): string =>
  v.visitStart ? `visit on ${formatLondon(v.visitStart, 'EEEE d MMMM yyyy')}` : `visit planned for ${v.visitMonth}`;

/** What the person may not see (not found, or denied) as undefined; any other failure as itself. */
const unlessHidden = <T>(read: Promise<T>): Promise<T | undefined> =>
  read.catch((e: unknown) => {
    if (e instanceof NotFoundError || e instanceof AccessDeniedError) return undefined;
    throw e;
  });

export interface EscalationsDeps {
  repos: Pick<Repositories, 'requests' | 'visits' | 'teams' | 'councillors' | 'findings'>;
  api: RequestsApi;
  /** The site's process now (for the response due date), read alongside the request. */
  process: () => Promise<Pick<ProcessConfig, 'responsePeriodDays'>>;
  userEmail: string;
  /** The council's people to suggest as delegates (see councilPeople.ts); none by default. */
  people?: () => Promise<Person[]>;
  /** Default: the product's template registry. */
  templates?: { getTemplate(id: string): FormTemplate };
}

export function escalationsService(deps: EscalationsDeps): EscalationsService {
  const me = normalizeEmail(deps.userEmail);
  const templates = deps.templates ?? { getTemplate };
  return {
    userEmail: me,
    async open() {
      const requests = await deps.repos.requests.forResponder(me, OPEN_REQUESTS);
      return requests.map(toRequestState).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
    },
    async read(requestId) {
      const [request, config] = await Promise.all([deps.repos.requests.get(requestId), deps.process()]);
      const [findings, place] = await Promise.all([
        deps.repos.findings.get(request.findingsId),
        unlessHidden(
          deps.repos.visits
            .get(request.visitId)
            .then(async (visit) => ({ visit, team: await deps.repos.teams.get(visit.teamId) }))
        )
      ]);
      const councillor = await unlessHidden(deps.repos.councillors.byEmail(findings.councillorEmail));
      return {
        request: toRequestState(request),
        heading: place
          ? `${place.team.name}: ${visitLabel(place.visit)}`
          : `Escalated issues from visit ${request.visitId}`,
        visitReadable: !!place,
        headOfServiceEmail: place?.team.headOfServiceEmail,
        councillorEmail: findings.councillorEmail,
        councillorName: councillor?.name ?? findings.councillorEmail,
        template: templates.getTemplate(findings.templateId || (place?.visit.formTemplate ?? '')),
        answers: findings.answers,
        responseDue: responseDueDate(request.requestedAt, config)
      };
    },
    respond: (requestId, response) => deps.api.respond(requestId, response),
    delegate: (requestId, delegateEmail) => deps.api.delegate(requestId, delegateEmail),
    ask: (requestId, question) => deps.api.ask(requestId, question),
    people: () => (deps.people ? deps.people() : Promise.resolve([]))
  };
}
