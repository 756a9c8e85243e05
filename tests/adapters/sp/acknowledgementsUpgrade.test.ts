// Schema version 7: each councillor's briefing acknowledgement is kept on the visit
// (BriefingAcknowledgements), and the councillor's reply on the request (CouncillorReply,
// CouncillorRepliedAt). A site at version 6 gains the fields, and the acknowledgements the bot kept
// in the Bot Send Log move onto their visits (one already on the visit wins); a second run changes nothing.
import { siteAtVersion, type Site } from './harness';
import { LIST, SCHEMA_VERSION, listDef } from '../../../src/lists/schema';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { spRepositories } from '../../../src/adapters/sp/repositories';
import type { Stored } from '../../../src/core/ports/repositories';
import type { Visit } from '../../../src/core/model';

const ANNA = 'cllr.anna@example.gov.uk';
const BEN = 'cllr.ben@example.gov.uk';
let site: Site;
let briefed: Stored<Visit>;
let kept: Stored<Visit>;

const visit = (title: string): Omit<Visit, 'id'> => ({
  title,
  teamId: 1,
  area: 'Placements',
  visitMonth: '2025-08',
  visitStart: '2025-08-12T09:00:00.000Z',
  durationMinutes: 150,
  councillorEmails: [ANNA, BEN],
  committee: 'Children and Families Committee',
  status: 'Briefed',
  formTemplate: 'frontline-2025'
});

beforeAll(async () => {
  site = await siteAtVersion(6, []);
  const repos = spRepositories(site.sp());
  briefed = await repos.visits.add(visit('Court Team - August 2025'));
  kept = await repos.visits.add({
    ...visit('Fostering Team - August 2025'),
    briefingAcknowledgements: { [ANNA]: '2025-08-01T08:00:00.000Z' }
  });
  const log = site.sp().web.lists.getByTitle(LIST.sendLog).items;
  const entry = (visitId: number, email: string, sentAt: string, state = 'Sent') =>
    log.add({
      Title: `briefing-acknowledged:${visitId}:${email}`,
      SendKey: `briefing-acknowledged:${visitId}:${email}`,
      RecipientEmail: email,
      Kind: 'briefing-acknowledged',
      VisitId: visitId,
      SendState: state,
      SentAt: sentAt
    });
  await entry(briefed.id, ANNA, '2025-08-02T09:00:00.000Z');
  await entry(briefed.id, BEN, '2025-08-03T10:00:00.000Z');
  await entry(kept.id, ANNA, '2025-08-04T09:00:00.000Z');
  await entry(kept.id, BEN, '2025-08-05T09:00:00.000Z', 'Claimed');
  await log.add({
    Title: 'other',
    SendKey: `briefing:${briefed.id}:${ANNA}`,
    Kind: 'briefing',
    VisitId: briefed.id,
    SendState: 'Sent',
    SentAt: '2025-08-01T09:00:00Z',
    RecipientEmail: ANNA
  });
}, 60000);
afterAll(() => site?.close());

it('adds the fields to the schema at version 7', () => {
  expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(7); // 7 added them; later versions keep them
  expect(listDef(LIST.visits).fields.find((f) => f.name === 'BriefingAcknowledgements')).toMatchObject({
    kind: 'Note',
    added: true
  });
  const responses = listDef(LIST.responses).fields;
  expect(responses.find((f) => f.name === 'CouncillorReply')).toMatchObject({ kind: 'Note', added: true });
  expect(responses.find((f) => f.name === 'CouncillorRepliedAt')).toMatchObject({ kind: 'DateTime', added: true });
});

it('moves the send log acknowledgements onto their visits; one on the visit wins', async () => {
  const report = await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN });
  expect(report).toMatchObject({ fromVersion: 6, toVersion: SCHEMA_VERSION });
  expect(report.changes).toEqual(
    expect.arrayContaining([expect.stringMatching(/^upgrade 7: /), `schema version 6 -> ${SCHEMA_VERSION}`])
  );
  const repos = spRepositories(site.sp());
  expect((await repos.visits.get(briefed.id)).briefingAcknowledgements).toEqual({
    [ANNA]: '2025-08-02T09:00:00.000Z',
    [BEN]: '2025-08-03T10:00:00.000Z'
  });
  // Anna's own acknowledgement stays; Ben's claim was never a sent acknowledgement.
  expect((await repos.visits.get(kept.id)).briefingAcknowledgements).toEqual({ [ANNA]: '2025-08-01T08:00:00.000Z' });
});

it('changes nothing when run again', async () => {
  expect(await provision(site.sp(), { ...DEFAULT_PERMISSION_PLAN })).toEqual({
    fromVersion: SCHEMA_VERSION,
    toVersion: SCHEMA_VERSION,
    changes: []
  });
});

it('reads a hand-edited, broken value as no acknowledgements rather than failing', async () => {
  const items = site.sp().web.lists.getByTitle(LIST.visits).items;
  await items.getById(briefed.id).update({ BriefingAcknowledgements: '{not json' });
  expect((await spRepositories(site.sp()).visits.get(briefed.id)).briefingAcknowledgements).toBeUndefined();
});
