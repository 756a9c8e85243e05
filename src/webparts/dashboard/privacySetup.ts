// Loaded with the Privacy tab (chunk 'privacy-service'): the privacy service over the Frontline
// service's API and the page's SharePoint session (is this person an officer?). The .docx builder
// and docx itself load only when a .docx is asked for.
import type { SPFI } from '@pnp/sp';
import { HttpPrivacyApi } from '../../adapters/service/privacyApi';
import { currentUserIsOfficer } from '../../adapters/sp/officers';
import { NO_PRIVACY_SERVICE, privacyService, type PrivacyService, type ServiceConnection } from './privacyService';

export async function spPrivacyService(
  sp: SPFI,
  connect: () => Promise<ServiceConnection | undefined>
): Promise<PrivacyService> {
  const connection = await connect();
  return privacyService({
    api: connection ? new HttpPrivacyApi(connection.fetch, connection.baseUrl) : NO_PRIVACY_SERVICE,
    isOfficer: () => currentUserIsOfficer(sp),
    docx: (exp) =>
      import(/* webpackChunkName: 'privacy-docx' */ '../../adapters/export/privacyDocx').then((m) =>
        m.subjectAccessDocx(exp)
      )
  });
}
