// The visit form web part's one composition: what its React root gets, from the page's SharePoint
// session (reads) and the Frontline service's APIs (writes), which the host makes: AadHttpClient on
// SharePoint, the proxied local service in the workbench. A councillor's replies to a head of
// service's question go through the requests API too. The SPFx class and the workbench both
// call it; neither builds services itself. The services themselves (visitFormSetup.ts: the
// repositories, list definitions, mappers and rules) come in a chunk of their own, fetched as the
// web part starts, so it downloads while the first screen draws; the view gets stand-ins that wait
// for it. The site's process (Process Settings) is read when a form or an escalated issue is opened.
import type { SPFI } from '@pnp/sp';
import type { FindingsApi } from '../../adapters/service/findingsApi';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import { normalizeEmail } from '../../core/email';
import { lazyService, prefetch } from '../shared/lazyService';
import { loadOnce } from '../shared/loadOnce';
import { loadFormEditor } from './components/FormPicker';
import type { VisitFormViewProps } from './components/VisitFormView';
import type { VisitFormServices } from './visitFormSetup';

export interface VisitFormInputs {
  sp: SPFI;
  userEmail: string;
  findings: FindingsApi;
  requests: RequestsApi;
}

/** The form view's props but the visit to open, which the host takes from its link. */
export type VisitFormComposition = Omit<VisitFormViewProps, 'initialVisitId'>;

export function composeVisitForm(input: VisitFormInputs): VisitFormComposition {
  const services = loadOnce((): Promise<VisitFormServices> =>
    import(/* webpackChunkName: 'visit-form-services' */ './visitFormSetup').then((m) => m.spVisitFormServices(input))
  );
  prefetch(services);
  prefetch(loadFormEditor);
  // The services' own userEmail, known before their code is in.
  const userEmail = normalizeEmail(input.userEmail);
  return {
    service: lazyService(
      async () => (await services()).service,
      ['isOfficer', 'visits', 'open', 'validate', 'saveDraft', 'submit'],
      { userEmail }
    ),
    escalations: lazyService(
      async () => (await services()).escalations,
      ['open', 'read', 'respond', 'delegate', 'ask', 'people'],
      { userEmail }
    ),
    shared: lazyService(async () => (await services()).shared, ['list'], { userEmail }),
    replies: lazyService(async () => (await services()).replies, ['asked', 'read', 'reply'], { userEmail })
  };
}
