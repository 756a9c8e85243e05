// The service writes every workflow item with its own identity, so the audit log names the person it
// acted for: once per change, however often a call is retried.
import { delegateRequest, respondToRequest, saveDraft, submitFindings } from '../../../src/core/services';
import { ANNA, GOOD_ANSWERS, HOS, world } from './world';

const OFFICER = 'officer@example.gov.uk';
const DEPUTY = 'deputy@example.gov.uk';

it('names the person behind each change, once per change', async () => {
  const w = await world();
  const audit = w.mem.audit();
  const deps = w.submitDeps({ audit });
  // An officer enters Anna's form from her e-mail; Anna then sends it herself, twice (a retry).
  const draft = await saveDraft(deps, {
    visitId: w.visit.id,
    councillorEmail: ANNA,
    actorEmail: OFFICER,
    answers: { qualityStrengths: 'From her e-mail.' },
    channel: 'SharePoint'
  });
  const sent = await submitFindings(deps, {
    visitId: w.visit.id,
    councillorEmail: ANNA,
    answers: GOOD_ANSWERS,
    channel: 'SharePoint'
  });
  await submitFindings(deps, {
    visitId: w.visit.id,
    councillorEmail: ANNA,
    answers: GOOD_ANSWERS,
    channel: 'SharePoint'
  });
  const requestId = sent.request?.id as number;
  const hos = { ...w.mem.repos(), sharing: w.mem.sharing(), now: deps.now, audit, councilDomains: ['example.gov.uk'] };
  await delegateRequest(hos, { requestId, actorEmail: HOS, delegateEmail: DEPUTY });
  await delegateRequest(hos, { requestId, actorEmail: HOS, delegateEmail: DEPUTY });
  await respondToRequest(hos, { requestId, actorEmail: DEPUTY, response: 'Answered.' });
  await respondToRequest(hos, { requestId, actorEmail: DEPUTY, response: 'Answered.' });

  expect([...w.mem.auditLog.values()].map((e) => [e.actor, e.action, e.list, e.targetId])).toEqual([
    [OFFICER, 'draft-saved', 'findings', draft.findings.id],
    [ANNA, 'findings-submitted', 'findings', draft.findings.id],
    [HOS, 'request-delegated', 'responses', requestId],
    [DEPUTY, 'response-given', 'responses', requestId]
  ]);
});
