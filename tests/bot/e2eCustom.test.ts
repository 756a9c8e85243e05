/**
 * @jest-environment node
 */
// The full cycle under a process neither preset covers, written to the 2025 demo site's Process
// Settings as an officer would: findings due 14 days after the visit, one 90-minute agenda part,
// three councillors a visit, reminders 3 days before and on the due day, 10 days to answer. Through
// the real bot over the Bot Framework protocol, the findings API and the lists.
import { createProcessSource } from '../../src/core/settingsSource';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { hasTemplate } from '../../src/core/forms';
import { assignCouncillors, bookVisit } from '../../src/core/services/booking';
import { councillorsLabel } from '../../src/core/dashboard';
import type { ProcessSettings } from '../../src/core/settings';
import type { Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { addDays, londonDate } from '../../src/core/time/london';
import { playground, teamsUser } from './protocolHarness';
import { sentKeys, startCycle, type Cycle } from './cycleHarness';

jest.setTimeout(180000);

const SARAH = playground('cllr.bennett.wake@example.gov.uk');
const BEN = playground('cllr.wye@example.gov.uk');
const HOLLAND = playground('cllr.holland@example.gov.uk');
const HOS = teamsUser('hos-placements', 'Head of service, Placements', 'hos.placements@example.gov.uk', 4);
const THREE = [SARAH, BEN, HOLLAND];

let c: Cycle;
let visit: Stored<Visit>;
let custom: ProcessSettings;

beforeAll(async () => {
  c = await startCycle({
    startAt: '2025-10-01T09:00:00.000Z',
    people: [...THREE, HOS],
    async before(sp) {
      const source = createProcessSource(new SpSettingsStore(sp), { hasTemplate });
      const { settings, etag } = await source.current();
      custom = {
        ...settings,
        id: 'anyshire-2026',
        councilName: 'Anyshire',
        returnPeriodDays: 14,
        responsePeriodDays: 10,
        councillorsPerVisit: 3,
        reminderOffsetsDays: [-3, 0],
        agenda: [
          { id: 'team-time', title: 'Time with the team', minutes: 90, description: 'One session with the whole team.' }
        ]
      };
      await source.save(custom, etag, 'officer@example.gov.uk');
    }
  });
  for (const who of [...THREE, HOS]) expect((await c.install(who)).status).toBe(200);
  // Booked as the rota page books: core's booking with the site's process.
  const config = await c.settings();
  const deps = { ...c.repos, config, now: () => '2025-10-01T09:00:00.000Z' };
  const fostering = (await c.repos.visits.query()).find((v) => v.title.startsWith('Fostering Team')) as Stored<Visit>;
  const assigned = await assignCouncillors(deps, { visit: fostering, councillorEmails: THREE.map((w) => w.email) });
  expect(assigned.warnings.map((w) => w.kind)).not.toContain('fewer-councillors');
  visit = (await bookVisit(deps, { visit: assigned.visit, start: '2025-11-04T10:00:00.000Z' })).visit;
});
afterAll(async () => {
  await c?.close();
});

/** The 2025 form in chat: a section saved, then the escalation section sent. */
async function sendInChat(who: typeof SARAH, issue: string): Promise<void> {
  await c.say(who, 'findings');
  await c.act(who, 'findings.saveSection', {
    visitId: visit.id,
    sectionId: 'quality',
    'answer:qualityStrengths': `${who.name}: supervision is regular.`
  });
  const sent = await c.act(who, 'findings.submit', {
    visitId: visit.id,
    sectionId: 'escalation',
    'answer:escalationIssues': issue
  });
  expect(JSON.stringify(sent.json.value)).toMatch(/received|Thank/i);
}

describe('a custom process from the site, end to end', () => {
  it('runs the settings written to the site', async () => {
    expect(await c.settings()).toEqual(custom);
    expect(visit.councillorEmails).toEqual(THREE.map((w) => w.email));
    expect(londonDate(visit.findingsDueDate as string)).toBe('2025-11-18');
  });

  it('briefs all three a week before, with the single 90-minute part from start to end', async () => {
    const keys = sentKeys(await c.sweep('2025-10-28T09:00:00.000Z'));
    for (const who of THREE) expect(keys).toContain(`briefing:${visit.id}:${who.email}:2025-11-04`);
    for (const who of THREE) {
      const card = c.cardsTo(who).find((t) => t.includes('Time with the team')) as string;
      expect(card).toMatch(/10:00[\s\S]*11:30/);
      expect(card).toContain('90');
      expect(card).not.toContain('Focus group');
      expect(card).not.toContain('Meeting with the service manager');
    }
    for (const who of THREE) await c.act(who, 'briefing.acknowledge', { visitId: visit.id });
    expect((await c.repos.visits.get(visit.id)).status).toBe('Briefed');
  });

  it('reminds all three 3 days before the 14-day due date', async () => {
    const mark = c.mark();
    const keys = sentKeys(await c.sweep('2025-11-15T09:00:00.000Z'));
    for (const who of THREE) expect(keys).toContain(`return:${visit.id}:${who.email}:2025-11-18:-3`);
    expect(keys.filter((k) => k.startsWith('return:') && k.endsWith(':-2'))).toEqual([]);
    expect(c.cardsTo(HOLLAND, mark).join('\n')).toContain('due in 3 days');
  });

  it('keeps the visit awaiting forms until all three are in, naming who is still out', async () => {
    c.setNow('2025-11-16T10:00:00.000Z');
    await sendInChat(SARAH, 'Is travel time to placements paid?');
    const api = await c.submitByApi(BEN.email, visit.id, {
      qualityStrengths: 'Carers feel listened to.',
      escalationIssues: 'Can the out-of-hours line be staffed?'
    });
    expect(api.status).toBe(200);
    expect(api.json.visitStatus).not.toBe('FindingsReturned');
    expect((await c.repos.visits.get(visit.id)).status).not.toBe('FindingsReturned');
    const label = councillorsLabel(await c.row(visit.id));
    expect(label).toMatch(/Sarah Bennett-Wake \(sent\)/);
    expect(label).toMatch(/Wye \(sent\)/);
    expect(label).toMatch(/Holland \(outstanding\)/);

    const keys = sentKeys(await c.sweep('2025-11-18T09:00:00.000Z'));
    expect(keys).toContain(`return:${visit.id}:${HOLLAND.email}:2025-11-18:0`);
    expect(keys.filter((k) => k.startsWith('return:') && !k.includes(HOLLAND.email))).toEqual([]);

    c.setNow('2025-11-18T11:00:00.000Z');
    await sendInChat(HOLLAND, 'Are foster carers paid on time?');
    expect((await c.repos.visits.get(visit.id)).status).toBe('FindingsReturned');
    expect((await c.row(visit.id)).submittedCount).toBe(3);
  });

  it('gives the head of service 10 days for each request; each answer goes back to its councillor', async () => {
    const requests = await c.repos.requests.forVisit(visit.id);
    expect(requests).toHaveLength(3);
    for (const r of requests) {
      expect(r.responderEmail).toBe(HOS.email);
      expect(londonDate(r.responseDueDate as string)).toBe(addDays(londonDate(r.requestedAt), 10));
    }
    await c.capture.waitFor(
      (a) => a.conversationId.includes(HOS.id) && JSON.stringify(a.activity).includes('foster carers')
    );
    for (const r of requests) {
      const { councillorEmail } = await c.repos.findings.get(r.findingsId);
      const who = THREE.find((w) => w.email === councillorEmail) as typeof SARAH;
      const answer = `For ${who.name}: yes, from December.`;
      expect(
        JSON.stringify((await c.act(HOS, 'hos.respond', { requestId: r.id, response: answer })).json.value)
      ).toContain(answer);
      await c.capture.waitFor((a) => a.conversationId.includes(who.id) && JSON.stringify(a.activity).includes(answer));
      for (const other of THREE.filter((w) => w !== who)) expect(c.cardsTo(other).join('\n')).not.toContain(answer);
    }
    expect((await c.repos.visits.get(visit.id)).status).toBe('Responded');
  });
});
