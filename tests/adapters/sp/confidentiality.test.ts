// Confidentiality in the data layer: item-level permissions, enforced by the list server the same
// way SharePoint enforces them, and the audit trail from version history.
import { addSiteOwner, startSite, type Site, OFFICER } from './harness';
import { SpFindingsRepository, SpHeadOfServiceRequestRepository } from '../../../src/adapters/sp/repositories';
import { SpAuditTrail } from '../../../src/adapters/sp/audit';
import { shareItem } from '../../../src/adapters/sp/sharing';
import { AccessDeniedError, NotFoundError } from '../../../src/core/errors';
import { LIST } from '../../../src/lists/schema';
import { LOCAL_ADMIN } from '../../../src/node/connection';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
const SM = 'sm.court@example.gov.uk';
const HOS = 'hos.cared.for@example.gov.uk';
const OWNER = 'site.owner@example.gov.uk';

let site: Site;
let annaForm: number;
let benForm: number;

beforeAll(async () => {
  site = await startSite();
  // The bot or an officer (here the site admin) writes forms and shares each with its readers.
  const admin = new SpFindingsRepository(site.sp());
  const a = await admin.create({
    visitId: 1,
    councillorEmail: ANNA,
    status: 'Submitted',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Anna: good supervision' }
  });
  const b = await admin.create({
    visitId: 2,
    councillorEmail: BEN,
    status: 'Draft',
    channel: 'Teams',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Ben: draft' }
  });
  annaForm = a.id;
  benForm = b.id;
  await shareItem(site.sp(), LIST.findings, a.id, [
    { email: ANNA, role: 'read' },
    { email: SM, role: 'read' },
    { email: HOS, role: 'read' }
  ]);
  await shareItem(site.sp(), LIST.findings, b.id, [{ email: BEN, role: 'read' }]);
});
afterAll(() => site?.close());

describe('who can read findings', () => {
  it("a councillor reads their own form and cannot read another councillor's", async () => {
    const asAnna = new SpFindingsRepository(site.sp(ANNA, 1));
    expect((await asAnna.get(annaForm)).answers.qualityStrengths).toBe('Anna: good supervision');
    await expect(asAnna.get(benForm)).rejects.toBeInstanceOf(NotFoundError);
    expect(await asAnna.forCouncillor(BEN)).toEqual([]);
    expect((await asAnna.forVisit(1)).map((f) => f.id)).toEqual([annaForm]);
  });

  it("the team's service manager and head of service read the submitted form, but not a draft elsewhere", async () => {
    for (const reader of [SM, HOS]) {
      const repo = new SpFindingsRepository(site.sp(reader, 1));
      expect((await repo.get(annaForm)).councillorEmail).toBe(ANNA);
      await expect(repo.get(benForm)).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it('officers read everything', async () => {
    const asOfficer = new SpFindingsRepository(site.sp(OFFICER, 1));
    expect((await asOfficer.get(benForm)).answers.qualityStrengths).toBe('Ben: draft');
  });

  it('a reader cannot change a form, not even their own or as an officer, and someone with no access to the site is refused outright', async () => {
    for (const reader of [SM, ANNA, OFFICER]) {
      const repo = new SpFindingsRepository(site.sp(reader, 1));
      const form = await repo.get(annaForm);
      await expect(
        repo.update(form, { status: 'Submitted', answers: { qualityStrengths: 'tampered' } })
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const stranger = new SpFindingsRepository(site.sp('someone.else@example.gov.uk', 1));
    await expect(stranger.get(annaForm)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await new SpFindingsRepository(site.sp()).get(annaForm)).answers.qualityStrengths).toBe(
      'Anna: good supervision'
    );
  });

  it('keeps head-of-service responses as confidential as the forms', async () => {
    const admin = new SpHeadOfServiceRequestRepository(site.sp());
    const req = await admin.create({
      findingsId: annaForm,
      visitId: 1,
      responderEmail: HOS,
      status: 'Requested',
      request: 'Travel time?',
      requestedAt: '2025-07-30T16:00:00.000Z'
    });
    await shareItem(site.sp(), LIST.responses, req.id, [
      { email: HOS, role: 'read' },
      { email: ANNA, role: 'read' }
    ]);
    expect(await new SpHeadOfServiceRequestRepository(site.sp(BEN, 1)).forVisit(1)).toEqual([]);
    // The head of service answers through the service or the bot: straight in the list they cannot.
    const asHos = new SpHeadOfServiceRequestRepository(site.sp(HOS, 1));
    await expect(
      asHos.update(await asHos.get(req.id), { status: 'Responded', response: 'Recorded and paid.' })
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const answered = await admin.update(await admin.get(req.id), {
      status: 'Responded',
      response: 'Recorded and paid.'
    });
    expect((await new SpHeadOfServiceRequestRepository(site.sp(ANNA, 1)).get(req.id)).response).toBe(answered.response);
  });
});

describe('audit trail', () => {
  it('records who changed which fields of a form, and when', async () => {
    // Only a site owner can still edit a workflow item by hand (Full Control); the trail names them.
    await addSiteOwner(site, OWNER);
    const asOwner = new SpFindingsRepository(site.sp(OWNER, 1));
    const form = await asOwner.get(annaForm);
    await asOwner.update(form, { answers: { ...form.answers, escalationIssues: 'How is travel time paid?' } });
    const history = await new SpAuditTrail(site.sp()).history('findings', annaForm);
    expect(history.length).toBeGreaterThanOrEqual(2);
    expect(history[0]).toMatchObject({ version: '1.0', by: LOCAL_ADMIN });
    expect(history[0].changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['VisitId', 'CouncillorEmail', 'Status', 'Answers'])
    );
    const last = history[history.length - 1];
    expect(last.by).toBe(OWNER);
    expect(last.changes.map((c) => c.field)).toEqual(['EscalationIssues', 'Answers']);
    expect(last.changes[0]).toEqual({ field: 'EscalationIssues', from: null, to: 'How is travel time paid?' });
    expect(Date.parse(last.at)).toBeGreaterThan(Date.parse(history[0].at) - 1);
  });
});
