// The visit form web part's one composition: what its React root gets, from the page's SharePoint
// session (reads) and the Frontline service's APIs (writes), which the host makes: AadHttpClient on
// SharePoint, the proxied local service in the workbench. A councillor's replies to a head of
// service's question go through the requests API too. The SPFx class and the workbench both
// call it; neither builds services itself. The site's process (Process Settings) is read when a
// form or an escalated issue is opened, alongside its first read. The teams and visits are read
// once for the page's parts (pageReads): the form picker and the findings shared with the person.
import type { SPFI } from '@pnp/sp';
import type { FindingsApi } from '../../adapters/service/findingsApi';
import type { RequestsApi } from '../../adapters/service/requestsApi';
import { currentUserIsOfficer } from '../../adapters/sp/officers';
import { spRepositories } from '../../adapters/sp/repositories';
import { siteUsers } from '../../adapters/sp/siteUsers';
import { siteProcess } from '../shared/siteProcess';
import type { VisitFormViewProps } from './components/VisitFormView';
import { councilPeople } from './councilPeople';
import { councillorRepliesService } from './councillorReplies';
import { escalationsService } from './escalationsService';
import { pageReads } from './pageReads';
import { sharedFindingsService } from './sharedFindings';
import { visitFormService } from './visitFormService';

export interface VisitFormInputs {
  sp: SPFI;
  userEmail: string;
  findings: FindingsApi;
  requests: RequestsApi;
}

/** The form view's props but the visit to open, which the host takes from its link. */
export type VisitFormComposition = Omit<VisitFormViewProps, 'initialVisitId'>;

export function composeVisitForm(input: VisitFormInputs): VisitFormComposition {
  const { sp, userEmail } = input;
  const repos = spRepositories(sp);
  // One ProcessSource for the page, shared by the form and the escalated issues.
  const process = siteProcess(() =>
    import(/* webpackChunkName: 'process-settings' */ '../shared/processSetup').then((m) => m.spProcessSource(sp))
  );
  const reads = pageReads(repos);
  const people = councilPeople({
    reads,
    councillors: repos.councillors,
    siteUsers: () => siteUsers(sp),
    process,
    userEmail
  });
  return {
    service: visitFormService({
      repos,
      reads,
      api: input.findings,
      process,
      userEmail,
      isOfficer: () => currentUserIsOfficer(sp)
    }),
    escalations: escalationsService({ repos, api: input.requests, process, userEmail, people }),
    shared: sharedFindingsService({ repos, reads, userEmail }),
    replies: councillorRepliesService({ repos, reads, api: input.requests, userEmail })
  };
}
