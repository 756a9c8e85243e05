// What the officers' Privacy tab needs: whether the signed-in person is an officer (the tab says so
// and offers nothing otherwise; the service refuses them anyway), the service's subject access and
// erasure calls, and the export as files (the .docx made in the page, its builder loaded on first use).
import type { PrivacyApi, ErasureReply, SubjectAccessReply } from '../../adapters/service/privacyApi';
import type { ApiFetch } from '../../adapters/service/findingsApi';
import type { SubjectAccessExport } from '../../core/privacy/subjectAccess';
import { DomainError } from '../../core/errors';
import type { PackFile } from './dashboardService';

/** How the page reaches the Frontline service: a token-bearing fetch and the service's origin. */
export interface ServiceConnection {
  fetch: ApiFetch;
  baseUrl: string;
}

export interface PrivacyService {
  isOfficer(): Promise<boolean>;
  subjectAccess(email: string): Promise<SubjectAccessReply>;
  /** Without `confirm`, a dry run. */
  erase(email: string, confirm?: string): Promise<ErasureReply>;
  json(exp: SubjectAccessExport): PackFile;
  docx(exp: SubjectAccessExport): Promise<PackFile>;
}

export type PrivacyLoader = () => Promise<PrivacyService>;

const notConnected = (): Promise<never> =>
  Promise.reject(
    new DomainError(
      'NoService',
      'This page is not connected to the Frontline service yet, so privacy requests cannot be made here. Use npm run subject-access or npm run erase, or ask the site owner to set the service address (FrontlineServiceUrl).'
    )
  );

/** Until the service address is set, every call says so. */
export const NO_PRIVACY_SERVICE: PrivacyApi = { subjectAccess: notConnected, erase: notConnected };

const baseName = (email: string): string => `subject-access-${email.replace(/[^a-z0-9.-]+/gi, '-')}`;

export function privacyService(deps: {
  api: PrivacyApi;
  isOfficer: () => Promise<boolean>;
  docx: (exp: SubjectAccessExport) => Promise<Uint8Array>;
}): PrivacyService {
  return {
    isOfficer: deps.isOfficer,
    subjectAccess: (email) => deps.api.subjectAccess(email),
    erase: (email, confirm) => deps.api.erase(email, confirm),
    json: (exp) => ({
      fileName: `${baseName(exp.subject.email)}.json`,
      content: JSON.stringify(exp, null, 2),
      mimeType: 'application/json'
    }),
    docx: async (exp) => ({
      fileName: `${baseName(exp.subject.email)}.docx`,
      content: await deps.docx(exp),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    })
  };
}
