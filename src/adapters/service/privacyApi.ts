// The dashboard's client for the Frontline service's privacy API (src/service/privacyRoutes.ts):
// subject access and erasure run with the service's identity, for officers only. Same fetch and the
// same error mapping as the findings client, so the service's refusals reach the page in its words.
import type { KeptItem } from '../../core/privacy/erasurePlan';
import type { SubjectAccessExport } from '../../core/privacy/subjectAccess';
import { postToService, type ApiFetch } from './findingsApi';

export const PRIVACY_PATHS = { subjectAccess: '/api/privacy/subject-access', erase: '/api/privacy/erase' } as const;

export interface SubjectAccessReply {
  /** One line per list (summaryLines). */
  summary: string[];
  export: SubjectAccessExport;
}

export interface ErasureReply {
  /** What was (or, in a dry run, would be) deleted, pseudonymised and kept (erasureLines). */
  lines: string[];
  kept: KeptItem[];
  pseudonym: string;
}

export interface PrivacyApi {
  subjectAccess(email: string): Promise<SubjectAccessReply>;
  /** Without `confirm`, a dry run; with it (the address typed again), the erasure itself. */
  erase(email: string, confirm?: string): Promise<ErasureReply>;
}

const OFFLINE = 'The Frontline service could not be reached, so nothing was read or changed: try again in a moment.';

export class HttpPrivacyApi implements PrivacyApi {
  /** `baseUrl`: the service's origin ('' = same origin). */
  public constructor(
    private readonly fetch: ApiFetch,
    private readonly baseUrl: string
  ) {}

  public subjectAccess(email: string): Promise<SubjectAccessReply> {
    return postToService(this.fetch, this.baseUrl, PRIVACY_PATHS.subjectAccess, { email }, 'submit', OFFLINE);
  }

  public erase(email: string, confirm?: string): Promise<ErasureReply> {
    const body = confirm === undefined ? { email, dryRun: true } : { email, dryRun: false, confirm };
    return postToService(this.fetch, this.baseUrl, PRIVACY_PATHS.erase, body, 'submit', OFFLINE);
  }
}
