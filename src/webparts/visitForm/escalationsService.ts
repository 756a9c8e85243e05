// What the form page needs for a head of service (or their delegate): the escalated issues waiting
// for them, each with its visit, councillor and findings form, read with their own SharePoint
// session (a request and its form are shared with them, read only); and their answers, delegations
// and questions sent through the Frontline service, which writes with its own identity.
import type { ProcessConfig } from '../../core/config';
import { responseDueDate } from '../../core/deadlines';
import { getTemplate } from '../../core/forms/registry';
import type { FormTemplate } from '../../core/forms/template';
import type { FormAnswers, IsoDateTime, Visit } from '../../core/model';
import type { Repositories, Stored } from '../../core/ports/repositories';
import { toRequestState, type RequestActionResponse, type RequestState } from '../../adapters/service/contract';
import type { RequestsApi } from '../../adapters/service/requestsApi';

/** Requests still waiting for an answer. */
export const OPEN_REQUESTS: RequestState['status'][] = ['Requested', 'Delegated', 'MoreInfoRequested'];

export interface Escalation {
  request: RequestState;
  visit: Stored<Visit>;
  teamName: string;
  /** The visited team's head of service, who may always answer (core's mayAnswerRequest). */
  headOfServiceEmail: string;
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
}

export interface EscalationsDeps {
  repos: Pick<Repositories, 'requests' | 'visits' | 'teams' | 'councillors' | 'findings'>;
  api: RequestsApi;
  config: Pick<ProcessConfig, 'responsePeriodDays'>;
  userEmail: string;
  /** Default: the product's template registry. */
  templates?: { getTemplate(id: string): FormTemplate };
}

export function escalationsService(deps: EscalationsDeps): EscalationsService {
  const me = deps.userEmail.trim().toLowerCase();
  const templates = deps.templates ?? { getTemplate };
  return {
    userEmail: me,
    async open() {
      const requests = await deps.repos.requests.forResponder(me, OPEN_REQUESTS);
      return requests.map(toRequestState).sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
    },
    async read(requestId) {
      const request = await deps.repos.requests.get(requestId);
      const [visit, findings] = await Promise.all([
        deps.repos.visits.get(request.visitId),
        deps.repos.findings.get(request.findingsId)
      ]);
      const [team, councillor] = await Promise.all([
        deps.repos.teams.get(visit.teamId),
        deps.repos.councillors.byEmail(findings.councillorEmail)
      ]);
      return {
        request: toRequestState(request),
        visit,
        teamName: team.name,
        headOfServiceEmail: team.headOfServiceEmail,
        councillorEmail: findings.councillorEmail,
        councillorName: councillor?.name ?? findings.councillorEmail,
        template: templates.getTemplate(findings.templateId ?? visit.formTemplate),
        answers: findings.answers,
        responseDue: responseDueDate(request.requestedAt, deps.config)
      };
    },
    respond: (requestId, response) => deps.api.respond(requestId, response),
    delegate: (requestId, delegateEmail) => deps.api.delegate(requestId, delegateEmail),
    ask: (requestId, question) => deps.api.ask(requestId, question)
  };
}
