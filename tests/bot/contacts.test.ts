/**
 * @jest-environment node
 */
// Issue 14, points of contact are people, over the Bot Framework protocol (sweepHarness.ts: the seeded
// local product, the capture connector, the service with the bot): a question from the briefing goes
// to the visit's contact, else the settings' default; an overdue form escalates to the contact; and a
// contact the bot cannot reach is on the officers' delivery problems with what to do.
import { createProcessSource } from '../../src/core/settingsSource';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { siteProcess } from '../../src/node/process';
import { POINT_OF_CONTACT } from '../../src/core/samples/visits2025';
import { FRONTLINE_2025 } from '../../src/core/config';
import { dashboardService } from '../../src/webparts/dashboard/dashboardService';
import type { Visit } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import * as w from './sweepHarness';
import { HOLLAND, OFFICER, SARAH, book, chat, sweep, team, type Who } from './sweepHarness';

jest.setTimeout(180000);

const sp = () => nodeSp(w.local.server.url, { kind: 'local', user: LOCAL_ADMIN });

beforeAll(async () => {
  // No settings cache: each bot turn reads the site's settings as they are.
  await w.startWorld({ processSource: { ttlMs: 0 } });
  const source = createProcessSource(new SpSettingsStore(sp()));
  const { settings, etag } = await source.current();
  await source.save({ ...settings, pointOfContactEmail: OFFICER.email }, etag, OFFICER.email);
});
afterAll(w.stopWorld);

/** "Ask a question" on the briefing card: the invoke Teams sends for the card's Action.Execute. */
async function ask(who: Who, visitId: number, question: string): Promise<number> {
  const r = await fetch(`${w.service.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'invoke',
      name: 'adaptiveCard/action',
      channelId: 'msteams',
      serviceUrl: w.capture.url,
      id: `act-${Math.random().toString(36).slice(2)}`,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      recipient: { id: '28:00000000-0000-0000-0000-000000000000', name: 'Frontline Visits' },
      conversation: { id: chat(who.email), conversationType: 'personal', tenantId: 'tenant' },
      channelData: { tenant: { id: 'tenant' } },
      value: {
        action: { type: 'Action.Execute', verb: 'briefing.ask', data: { visitId, question } },
        trigger: 'manual'
      }
    })
  });
  return r.status;
}

const arrived = (email: string, text: string) =>
  w.capture.waitFor(
    (a) => a.conversationId === chat(email) && JSON.stringify(a.activity.attachments ?? '').includes(text),
    20000
  );

/** The sweep's deps with the site's settings applied, as the bot's timer and `npm run reminders` do before each sweep. */
async function siteDeps() {
  const d = w.deps('contacts-test');
  await siteProcess(createProcessSource(new SpSettingsStore(sp()), { ttlMs: 0 }), {
    councilDomains: [],
    contactEmail: POINT_OF_CONTACT
  }).apply(d);
  return d;
}

/** A shared mailbox, as councils often give: no one the bot can message. */
const MAILBOX = 'frontline.visits@example.gov.uk';

let hosVisit: Stored<Visit>;
let defaultVisit: Stored<Visit>;

describe('points of contact are people', () => {
  it("sends a question from the briefing to the visit's point of contact", async () => {
    const hos = team('Fostering Team').headOfServiceEmail;
    hosVisit = await w.repos.visits.update(await book('Fostering Team', SARAH, '2025-11-10T10:00:00.000Z'), {
      pointOfContactEmail: hos
    });
    w.setNow('2025-11-05T09:00:00.000Z');
    expect(await ask(SARAH, hosVisit.id, 'Is there parking at Delamere House?')).toBe(200);
    await arrived(hos, 'Is there parking at Delamere House?');
    expect(
      w.capture.sent.filter(
        (a) => a.conversationId === chat(OFFICER.email) && JSON.stringify(a.activity).includes('parking')
      )
    ).toEqual([]);
  });

  it("sends it to the settings' default point of contact when the visit names none", async () => {
    defaultVisit = await w.repos.visits.update(await book('Residential Teams', HOLLAND, '2025-11-10T14:00:00.000Z'), {
      pointOfContactEmail: ''
    });
    expect(await ask(HOLLAND, defaultVisit.id, 'Who meets me at reception?')).toBe(200);
    await arrived(OFFICER.email, 'Who meets me at reception?');
  });

  it("escalates overdue forms to the visit's contact, else to the settings' default", async () => {
    const report = await sweep('2025-11-22T10:30:00.000Z', await siteDeps());
    const overdue = report.results.filter(
      (r) => r.kind === 'overdue-escalation' && [hosVisit.id, defaultVisit.id].includes(r.visitId)
    );
    expect(overdue.map((r) => [r.visitId, r.recipientEmail, r.outcome])).toEqual([
      [hosVisit.id, team('Fostering Team').headOfServiceEmail, 'sent'],
      [defaultVisit.id, OFFICER.email, 'sent']
    ]);
    expect(report.problems.join('\n')).not.toMatch(/no point of contact/);
  });

  it('shows a contact the bot cannot reach on the delivery problems, with what to do', async () => {
    const councillors = await w.repos.councillors.all();
    const notInstalled = councillors.find(
      (c) => ![SARAH, HOLLAND, w.BEN].some((p) => p.email === c.email)
    ) as (typeof councillors)[number];
    const mailbox = await w.repos.visits.update(await book('SCIES', SARAH, '2025-12-01T10:00:00.000Z'), {
      pointOfContactEmail: MAILBOX
    });
    const person = await w.repos.visits.update(await book('Cared for IROs', HOLLAND, '2025-12-02T10:00:00.000Z'), {
      pointOfContactEmail: notInstalled.email
    });
    w.setNow('2025-11-25T09:00:00.000Z');
    expect(await ask(SARAH, mailbox.id, 'Can I bring a colleague?')).toBe(200);
    await sweep('2025-12-10T10:30:00.000Z', await siteDeps());

    const dashboard = dashboardService(w.repos, async () => FRONTLINE_2025, w.now, {
      conversations: w.conversations(),
      sendLog: w.sendLog()
    });
    const rows = await dashboard.deliveryProblems();
    const box = rows.find((r) => r.email === MAILBOX);
    expect(box?.advice).toContain(
      `${MAILBOX} is the point of contact of '${mailbox.title}' but is not a person the bot can message`
    );
    expect(box?.advice).toContain("If it is a shared mailbox, set a person as the visit's contact on the rota");
    expect(box?.messages.map((m) => m.label).sort()).toEqual(['Overdue findings', 'Question about a visit']);
    const cllr = rows.find((r) => r.email === notInstalled.email);
    expect(cllr?.advice).toContain(
      `Ask ${notInstalled.name} to add the Frontline Visits app in Teams, or set a person as the visit's contact on the rota.`
    );
    expect(cllr?.advice).toContain(`the point of contact of '${person.title}'`);
  });
});
