// The retention store contract (core/retention/store.ts): the snapshot gives every workflow and
// messaging item's facts and the context the rule needs (the visits' dates with core's due date,
// who is current, who has left); an item is re-read as it is now, and deleted only at the ETag
// that was judged ('changed' otherwise, nothing deleted; 'gone' when already deleted). SpRetentionStore
// on the local list server and the in-memory store alike. Not compared: titles (officers' preview
// only) and a form's `modified` (SharePoint's own clock; memory has none). Stores may be shared, so
// each test adds its own people and items and looks only at those.
import type { AuditLog } from '../../../src/core/ports/audit';
import type { ConversationStore, SendLog } from '../../../src/core/ports/messaging';
import type { Repositories } from '../../../src/core/ports/repositories';
import type { RetentionFact, RetentionList } from '../../../src/core/retention/policy';
import type { RetentionStore } from '../../../src/core/retention/store';
import { effectiveDueDate } from '../../../src/core/deadlines';
import { FRONTLINE_2025 } from '../../../src/core/config';

export interface RetentionFixture {
  repos: Repositories;
  sendLog: SendLog;
  conversations: ConversationStore;
  audit: AuditLog;
  addOfficer(email: string): Promise<void>;
  /** Over FRONTLINE_2025's return period, with ALWAYS_CURRENT always current. */
  store: RetentionStore;
}

export const ALWAYS_CURRENT = 'Point.Of.Contact@example.gov.uk';
let n = 0;

/** One of everything the sweep judges, for this test's own people. */
async function seed(f: RetentionFixture) {
  const k = ++n;
  const mail = (who: string): string => `${who}.${k}@example.gov.uk`;
  const team = await f.repos.teams.add({
    name: `Retention Team ${k}`,
    area: 'Front Door',
    serviceManagerEmail: mail('SM'),
    headOfServiceEmail: mail('hos'),
    location: 'Town Hall'
  });
  const councillor = (who: string, active: boolean) =>
    f.repos.councillors.add({
      name: who,
      email: mail(who),
      committees: [],
      secondVisitVolunteer: false,
      active
    });
  await councillor('active', true);
  await councillor('left', false);
  await councillor('officer', false);
  await f.addOfficer(mail('officer'));
  const visit = await f.repos.visits.add({
    title: `Retention visit ${k}`,
    teamId: team.id,
    area: team.area,
    visitMonth: '2024-07',
    durationMinutes: 150,
    councillorEmails: [mail('active')],
    committee: 'Children and Families Committee',
    status: 'Responded',
    visitStart: '2024-07-24T09:00:00.000Z',
    committeeDate: '2024-09-15T17:00:00.000Z',
    formTemplate: 'frontline-2025'
  });
  const form = (who: string, submitted: boolean) =>
    f.repos.findings.create({
      visitId: visit.id,
      councillorEmail: mail(who),
      status: submitted ? 'Submitted' : 'Draft',
      ...(submitted ? { submission: 'Complete' as const, submittedAt: '2024-07-30T16:00:00.000Z' } : {}),
      channel: 'Teams',
      templateId: 'frontline-2025',
      answers: { qualityStrengths: 'Form text the sweep never reads.' }
    });
  const sent = await form('active', true);
  const draft = await form('left', false);
  const request = await f.repos.requests.create({
    findingsId: sent.id,
    visitId: visit.id,
    responderEmail: mail('hos'),
    status: 'Requested',
    request: 'Please respond.',
    requestedAt: '2024-07-31T09:00:00.000Z'
  });
  const claim = await f.sendLog.claim(
    { key: `retention-${k}`, recipientEmail: mail('active'), kind: 'briefing', visitId: visit.id },
    'sweep-1',
    '2024-07-20T09:00:00.000Z',
    60000
  );
  const message = await f.sendLog.markSent(claim.record, '2024-07-20T09:00:05.000Z');
  const conversation = await f.conversations.save({
    userEmail: mail('left'),
    reference: '{}',
    status: 'Active',
    updatedAt: '2024-08-01T10:00:00.000Z'
  });
  const auditTarget = 7000 + k;
  await f.audit.record({
    actor: mail('active'),
    action: 'draft-saved',
    list: 'findings',
    targetId: auditTarget,
    visitId: visit.id,
    version: '"1"',
    at: '2024-07-29T12:00:00.000Z',
    detail: 'Saved.'
  });
  return { k, mail, visit, sent, draft, request, message, conversation, auditTarget };
}

const ofList = (facts: RetentionFact[], list: RetentionList, id: number) =>
  facts.find((f) => f.list === list && f.id === id);

export function retentionStoreContract(name: string, factory: () => RetentionFixture): void {
  describe(`retention store contract: ${name}`, () => {
    it('snapshots every item’s facts, the visits’ dates, who is current and who has left', async () => {
      const f = factory();
      const s = await seed(f);
      const { facts, context } = await f.store.snapshot();
      const base = (x: { id: number; etag: string }) => ({ id: x.id, etag: x.etag });
      expect(ofList(facts, 'findings', s.sent.id)).toMatchObject({
        ...base(s.sent),
        visitId: s.visit.id,
        status: 'Submitted',
        submittedAt: '2024-07-30T16:00:00.000Z'
      });
      expect(ofList(facts, 'findings', s.draft.id)).toMatchObject({ ...base(s.draft), status: 'Draft' });
      expect(ofList(facts, 'findings', s.draft.id)).not.toHaveProperty('submittedAt', expect.anything());
      expect(ofList(facts, 'responses', s.request.id)).toMatchObject({
        ...base(s.request),
        visitId: s.visit.id,
        findingsId: s.sent.id,
        requestedAt: '2024-07-31T09:00:00.000Z'
      });
      expect(ofList(facts, 'sendLog', s.message.id)).toMatchObject({
        ...base(s.message),
        key: `retention-${s.k}`,
        at: '2024-07-20T09:00:05.000Z'
      });
      expect(ofList(facts, 'conversations', s.conversation.id)).toMatchObject({
        ...base(s.conversation),
        email: s.mail('left'),
        updatedAt: '2024-08-01T10:00:00.000Z'
      });
      expect(facts.filter((x) => x.list === 'audit' && x.at === '2024-07-29T12:00:00.000Z').length).toBeGreaterThan(0);
      expect(context.findings.get(s.sent.id)).toEqual(ofList(facts, 'findings', s.sent.id));
      expect(context.visits.get(s.visit.id)).toEqual({
        committeeDate: '2024-09-15T17:00:00.000Z',
        dueDate: effectiveDueDate(s.visit, FRONTLINE_2025),
        visitStart: '2024-07-24T09:00:00.000Z'
      });
      for (const who of ['sm', 'hos', 'active', 'officer']) expect(context.current.has(s.mail(who))).toBe(true);
      expect(context.current.has(ALWAYS_CURRENT.toLowerCase())).toBe(true);
      expect(context.left.has(s.mail('left'))).toBe(true);
      expect(context.left.has(s.mail('officer'))).toBe(false);
      expect(context.current.has(s.mail('left'))).toBe(false);
    });

    it('re-reads an item as it is now, and deletes it only at the judged ETag', async () => {
      const f = factory();
      const s = await seed(f);
      const { facts } = await f.store.snapshot();
      const audit = facts.filter((x) => x.list === 'audit').pop() as RetentionFact;
      const judged = [
        ofList(facts, 'findings', s.draft.id),
        ofList(facts, 'responses', s.request.id),
        ofList(facts, 'sendLog', s.message.id),
        ofList(facts, 'conversations', s.conversation.id),
        audit
      ] as RetentionFact[];
      for (const fact of judged) {
        expect(await f.store.reread(fact.list, fact.id)).toEqual(fact);
        expect(await f.store.remove(fact.list, fact.id, '"99"')).toBe('changed');
        expect(await f.store.reread(fact.list, fact.id)).toEqual(fact);
        expect(await f.store.remove(fact.list, fact.id, fact.etag)).toBe('deleted');
        expect(await f.store.reread(fact.list, fact.id)).toBeUndefined();
        expect(await f.store.remove(fact.list, fact.id, fact.etag)).toBe('gone');
      }
    });

    it('keeps an item changed since it was judged: the old ETag is refused, the re-read shows the change', async () => {
      const f = factory();
      const s = await seed(f);
      const judged = (await f.store.reread('findings', s.sent.id)) as RetentionFact;
      const changed = await f.repos.findings.update(s.sent, { answers: { qualityStrengths: 'Changed.' } });
      expect(await f.store.remove('findings', s.sent.id, judged.etag)).toBe('changed');
      expect(await f.store.reread('findings', s.sent.id)).toMatchObject({ id: s.sent.id, etag: changed.etag });
    });

    it('answers a missing item as gone, whatever the list', async () => {
      const { store } = factory();
      for (const list of ['findings', 'responses', 'sendLog', 'conversations', 'audit'] as const) {
        expect(await store.reread(list, 987654)).toBeUndefined();
        expect(await store.remove(list, 987654, '*')).toBe('gone');
      }
    });
  });
}
