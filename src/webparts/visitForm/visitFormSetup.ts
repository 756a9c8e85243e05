// Loaded as the web part starts (chunk 'visit-form-services'): the form's, escalations', shared
// findings' and replies' services over the repositories, with the list definitions, mappers, core
// rules and SharePoint security reads they need, kept out of the first download (see
// composeVisitForm.ts, which hands the view stand-ins until this is in).
import { currentUserIsOfficer } from '../../adapters/sp/officers';
import { spRepositories } from '../../adapters/sp/repositories';
import { siteUsers } from '../../adapters/sp/siteUsers';
import { siteProcess } from '../shared/siteProcess';
import { councilPeople } from './councilPeople';
import { councillorRepliesService } from './councillorReplies';
import { escalationsService } from './escalationsService';
import { pageReads } from './pageReads';
import { sharedFindingsService } from './sharedFindings';
import { visitFormService } from './visitFormService';
import type { VisitFormComposition, VisitFormInputs } from './composeVisitForm';

export type VisitFormServices = Required<VisitFormComposition>;

export function spVisitFormServices(input: VisitFormInputs): VisitFormServices {
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
