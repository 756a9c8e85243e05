// What the form page needs for a councillor whom a head of service has asked for more: the requests
// on their own sent forms that are waiting for their reply (MoreInfoRequested), each with the
// question as stored on the request, read with their own SharePoint session (a request is shared
// with its councillor, read only); and the reply, sent through the Frontline service, whose identity
// writes after core's rules (only the form's author, only while asked). Core decides; this reads.
import type { Repositories, Stored } from '../../core/ports/repositories';
import type { HeadOfServiceRequest, Visit } from '../../core/model';
import { formatLondon } from '../../core/time/london';
import { toRequestState, type RequestActionResponse, type RequestState } from '../../adapters/service/contract';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import { pageReads, type PageReads } from './pageReads';
import { normalizeEmail } from '../../core/email';

export interface AskedOfMe {
  request: RequestState;
  /** e.g. "Cared for Teams: visit on Monday 14 July 2025". */
  heading: string;
}

export interface CouncillorRepliesService {
  userEmail: string;
  /** The requests on the councillor's own forms for these visits that wait for their reply, oldest question first. */
  asked(visitIds: readonly number[]): Promise<AskedOfMe[]>;
  /** One request as it is stored now (after a reply, to show it as kept). */
  read(requestId: number): Promise<RequestState>;
  reply(requestId: number, reply: string): Promise<RequestActionResponse>;
}

export interface CouncillorRepliesDeps {
  repos: Pick<Repositories, 'requests' | 'findings' | 'visits' | 'teams'>;
  api: Pick<RequestsApi, 'reply'>;
  userEmail: string;
  /** The teams and visits, shared with the page's other parts (default: read here). */
  reads?: PageReads;
}

const visitLabel = (v: Visit): string =>
  v.visitStart ? `visit on ${formatLondon(v.visitStart, 'EEEE d MMMM yyyy')}` : `visit planned for ${v.visitMonth}`;

export function councillorRepliesService(deps: CouncillorRepliesDeps): CouncillorRepliesService {
  const me = normalizeEmail(deps.userEmail);
  const reads = deps.reads ?? pageReads(deps.repos);
  /** Only the councillor's own forms: a request shared with them for another reason is not theirs to reply to. */
  const mine = async (r: Stored<HeadOfServiceRequest>): Promise<boolean> =>
    normalizeEmail((await deps.repos.findings.get(r.findingsId)).councillorEmail) === me;
  return {
    userEmail: me,
    async asked(visitIds) {
      if (!visitIds.length) return [];
      const waiting = (await deps.repos.requests.forVisits([...visitIds])).filter(
        (r) => r.status === 'MoreInfoRequested'
      );
      if (!waiting.length) return [];
      const [visits, teams, owned] = await Promise.all([
        reads.visitsWithForms(),
        reads.teams(),
        Promise.all(waiting.map(mine))
      ]);
      return waiting
        .filter((_, i) => owned[i])
        .sort((a, b) => (a.moreInfoAskedAt ?? a.requestedAt).localeCompare(b.moreInfoAskedAt ?? b.requestedAt))
        .map((r) => {
          const visit = visits.find((v) => v.id === r.visitId);
          const team = visit && teams.find((t) => t.id === visit.teamId);
          return {
            request: toRequestState(r),
            heading: visit && team ? `${team.name}: ${visitLabel(visit)}` : `Your visit ${r.visitId}`
          };
        });
    },
    read: async (requestId) => toRequestState(await deps.repos.requests.get(requestId)),
    reply: (requestId, reply) => deps.api.reply(requestId, reply)
  };
}
