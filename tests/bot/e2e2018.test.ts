/**
 * @jest-environment node
 */
// The full cycle under the 2018 Signs of Safety process (`npm start -- --process signs-of-safety-2018`),
// through the real bot over the Bot Framework protocol and the lists: the pair's briefing with the
// two-part 60-minute agenda, reminders at the configured offsets before the 28-day due date, the
// Signs of Safety form in chat from both councillors, the visit returned only when both are in,
// and the head of service's answers, due 28 days after the request, back to each councillor.
import { demoFromArgs } from '../../src/node/demoProcess';
import { SIGNS_OF_SAFETY_2018 } from '../../src/core/config';
import { councillorsLabel } from '../../src/core/dashboard';
import { effectiveDueDate } from '../../src/core/deadlines';
import type { Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { HOS_2018 } from '../../src/core/samples/council2018';
import { addDays, londonDate } from '../../src/core/time/london';
import { teamsUser } from './protocolHarness';
import { sentKeys, startCycle, type Cycle } from './cycleHarness';

jest.setTimeout(180000);

const BAILEY = teamsUser('bailey', 'Rhoda Bailey', 'cllr.bailey@example.gov.uk', 1);
const MERRY = teamsUser('merry', 'Gill Merry', 'cllr.merry@example.gov.uk', 2);
const HOS = teamsUser('hos-cincp', 'Head of service, CiN and CP', HOS_2018, 3);

let c: Cycle;
let visit: Stored<Visit>;

beforeAll(async () => {
  c = await startCycle({
    demo: demoFromArgs(['--process', 'signs-of-safety-2018']),
    startAt: '2018-04-13T08:00:00.000Z',
    people: [BAILEY, MERRY, HOS]
  });
  for (const who of [BAILEY, MERRY, HOS]) expect((await c.install(who)).status).toBe(200);
  visit = (await c.repos.visits.query()).find((v) => v.title === 'Crewe - April 2018') as Stored<Visit>;
});
afterAll(async () => {
  await c?.close();
});

/** The Signs of Safety form in chat: the staffing row, then the scaling (the last section) sent. */
async function sendForm(who: typeof BAILEY, worried: string): Promise<string> {
  const mark = c.mark();
  await c.say(who, 'findings');
  const first = c.cardsTo(who, mark).join('\n');
  const saved = await c.act(who, 'findings.saveSection', {
    visitId: visit.id,
    sectionId: 'staffing',
    'answer:staffing.worried': worried,
    'answer:staffing.workingWell': 'Supervision is regular.'
  });
  expect(saved.status).toBe(200);
  const sent = await c.act(who, 'findings.submit', { visitId: visit.id, sectionId: 'scaling', 'answer:scaling': '7' });
  expect(JSON.stringify(sent.json.value)).toMatch(/received|Thank/i);
  return first;
}

describe('the 2018 process, end to end through the bot and the lists', () => {
  it('runs the 2018 settings from the site: two councillors, 28 days, the Signs of Safety form', async () => {
    expect(await c.settings()).toMatchObject({
      id: 'signs-of-safety-2018',
      returnPeriodDays: 28,
      responsePeriodDays: 28,
      councillorsPerVisit: 2,
      formTemplate: 'signs-of-safety-2018'
    });
    expect(visit.councillorEmails).toEqual([BAILEY.email, MERRY.email]);
  });

  it('briefs both councillors a week before, with the two-part 60-minute agenda and its times', async () => {
    const report = await c.sweep('2018-04-13T08:00:00.000Z');
    const keys = sentKeys(report);
    for (const who of [BAILEY, MERRY]) expect(keys).toContain(`briefing:${visit.id}:${who.email}:2018-04-20`);
    const card = c.cardsTo(BAILEY).find((t) => t.includes('Crewe')) as string;
    expect(card).toContain('Discussion with service and team managers');
    expect(card).toContain('Discussion with team members (as available)');
    // 10:00 to 11:00 London time (BST), in two 30-minute parts.
    expect(card).toMatch(/10:00[\s\S]*10:30[\s\S]*11:00/);
    expect(card).toContain('60');
    expect(card).not.toContain('Focus group');
    expect(card).toContain('Is staff morale positive?');

    for (const who of [BAILEY, MERRY]) {
      expect((await c.act(who, 'briefing.acknowledge', { visitId: visit.id })).json.statusCode).toBe(200);
    }
    expect((await c.repos.visits.get(visit.id)).status).toBe('Briefed');
  });

  it('asks for the form 28 days after the visit and reminds both at the configured offsets', async () => {
    const due = effectiveDueDate(await c.repos.visits.get(visit.id), SIGNS_OF_SAFETY_2018) as string;
    expect(londonDate(due)).toBe(addDays(londonDate(visit.visitStart as string), 28));
    expect(londonDate(due)).toBe('2018-05-18');
    const mark = c.mark();
    const keys = sentKeys(await c.sweep('2018-05-16T08:00:00.000Z'));
    for (const who of [BAILEY, MERRY]) expect(keys).toContain(`return:${visit.id}:${who.email}:2018-05-18:-2`);
    expect(c.cardsTo(MERRY, mark).join('\n')).toContain('due in 2 days');
  });

  it('takes the Signs of Safety form from the first; the visit waits for the second, named as outstanding', async () => {
    c.setNow('2018-05-17T10:00:00.000Z');
    const first = await sendForm(BAILEY, 'Two social worker posts are covered by agency staff.');
    expect(first).toContain('Elected member frontline safeguarding team visits form');
    expect(await c.repos.findings.find(visit.id, BAILEY.email)).toMatchObject({
      status: 'Submitted',
      templateId: 'signs-of-safety-2018'
    });
    expect((await c.repos.visits.get(visit.id)).status).not.toBe('FindingsReturned');
    expect(councillorsLabel(await c.row(visit.id))).toBe('Rhoda Bailey (sent), Gill Merry (outstanding)');

    // On the due day only the councillor still out is reminded.
    const keys = sentKeys(await c.sweep('2018-05-18T08:00:00.000Z'));
    expect(keys).toContain(`return:${visit.id}:${MERRY.email}:2018-05-18:0`);
    expect(keys.filter((k) => k.includes(BAILEY.email))).toEqual([]);
  });

  it('returns the visit when the second form is in; each escalation is due 28 days after it was asked', async () => {
    c.setNow('2018-05-18T11:00:00.000Z');
    await sendForm(MERRY, 'Caseloads are high in the duty team.');
    expect((await c.repos.visits.get(visit.id)).status).toBe('FindingsReturned');
    expect((await c.row(visit.id)).submittedCount).toBe(2);

    const requests = await c.repos.requests.forVisit(visit.id);
    expect(requests).toHaveLength(2);
    for (const r of requests) {
      expect(r.responderEmail).toBe(HOS_2018);
      // The end of the London day 28 days on (the list keeps whole seconds).
      expect(londonDate(r.responseDueDate as string)).toBe(addDays(londonDate(r.requestedAt), 28));
      expect(r.responseDueDate).toMatch(/T22:59:59/);
    }
  });

  it("sends the head of service each form and its request; each answer goes back to that form's councillor", async () => {
    await c.capture.waitFor(
      (a) => a.conversationId.includes(HOS.id) && JSON.stringify(a.activity).includes('duty team')
    );
    const toHos = c.cardsTo(HOS).join('\n');
    expect(toHos).toContain('Two social worker posts are covered by agency staff.');
    expect(toHos).toContain('Caseloads are high in the duty team.');

    const requests = await c.repos.requests.forVisit(visit.id);
    for (const r of requests) {
      const findings = await c.repos.findings.get(r.findingsId);
      const who = findings.councillorEmail === BAILEY.email ? BAILEY : MERRY;
      const answer = `Answer for ${who.name}: agency cover ends in June.`;
      const done = await c.act(HOS, 'hos.respond', { requestId: r.id, response: answer });
      expect(JSON.stringify(done.json.value)).toContain(answer);
      await c.capture.waitFor((a) => a.conversationId.includes(who.id) && JSON.stringify(a.activity).includes(answer));
      const other = who === BAILEY ? MERRY : BAILEY;
      expect(c.cardsTo(other).join('\n')).not.toContain(answer);
    }
    expect((await c.repos.visits.get(visit.id)).status).toBe('Responded');
  });
});
