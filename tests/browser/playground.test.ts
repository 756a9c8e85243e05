/**
 * @jest-environment node
 */
// The whole visit cycle in the Microsoft 365 Agents Playground (Microsoft's local Teams client),
// driven through its own page in Debian's chromium, as the README's walk goes: Sarah installs the
// app and gets her Fostering Team briefing, asks the point of contact a question and acknowledges;
// after the visit she fills the findings form in chat (a child-identifier warning on the save and
// again on the review card), reviews and sends it; the head of service, acting through the
// Playground's "Mock an Activity", responds; Sarah sees the answer. The lists are checked at each step.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext } from 'playwright-core';
import { startLocalProduct, startLocalService, type LocalProduct } from '../../src/node/local';
import { startPlayground, type PlaygroundHandle } from '../../src/node/playground';
import { assertChromium, launchChromium } from '../../src/host/server/browser';
import type { ServiceHandle } from '../../src/service/app';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { PLAYGROUND_USERS, type PlaygroundUser } from '../../src/core/samples/teamsUsers';
import { POINT_OF_CONTACT } from '../../src/core/samples/visits2025';
import { SpConversationStore } from '../../src/adapters/sp/messagingStores';
import { OTHERS_CHAT, PlaygroundPage } from './playgroundPage';

jest.setTimeout(240000);

const person = (email: string): PlaygroundUser => PLAYGROUND_USERS.find((u) => u.email === email) as PlaygroundUser;
const SARAH = person('cllr.bennett.wake@example.gov.uk');
const HOS = person('hos.placements@example.gov.uk');
const MANAGER = person('sm.fostering.team@example.gov.uk');
const OFFICER = person(POINT_OF_CONTACT);
const CHILD = 'We met a child called Jamie, aged 7, at the contact centre.';
const ISSUE = 'Is travel time to placements paid?';
const ANSWER = 'Yes: travel time to placements is paid from this month.';

let dir: string;
let local: LocalProduct;
let service: ServiceHandle;
let playground: PlaygroundHandle;
let browser: BrowserContext;
let pg: PlaygroundPage;
let now = '2025-07-29T09:00:00.000Z';
let visitId: number;

const repos = () => spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

beforeAll(async () => {
  assertChromium();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-playground-'));
  local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  service = await startLocalService(local, { port: 0, now: () => now });
  playground = await startPlayground(`${service.url}/api/messages`, dir);
  browser = await launchChromium(path.join(dir, 'chromium'));
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1400, height: 1000 });
  pg = new PlaygroundPage(page);
}, 180000);
afterAll(async () => {
  await browser?.close();
  playground?.stop();
  await service?.close();
  await local?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the visit cycle in the Agents Playground', () => {
  it('installs: Sarah is greeted, and the head of service, service manager and point of contact install as themselves', async () => {
    await pg.page.goto(playground.url);
    await pg.sees('Welcome, Sarah Bennett-Wake', 60000);
    await pg.openChat(OTHERS_CHAT.name);
    for (const who of [HOS, MANAGER, OFFICER]) {
      await pg.actAs(who, 'Install application', { type: 'installationUpdate', action: 'add' });
      await pg.sees(`Welcome, ${who.name}`);
    }
    await pg.openChat('Personal Chat');
    const conversations = new SpConversationStore(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
    const stored = await Promise.all([SARAH, HOS, MANAGER, OFFICER].map((p) => conversations.byEmail(p.email)));
    expect(stored.map((c) => c?.status)).toEqual(['Active', 'Active', 'Active', 'Active']);
  });

  it("sends Sarah's briefing with the due date; her question reaches the point of contact; she acknowledges", async () => {
    const fostering = (await repos().visits.query()).find((v) => v.title.startsWith('Fostering Team'));
    const booked = await repos().visits.update(fostering as NonNullable<typeof fostering>, {
      status: 'Booked',
      councillorEmails: [SARAH.email],
      visitStart: '2025-08-05T09:00:00.000Z'
    });
    visitId = booked.id;
    expect(booked.pointOfContactEmail).toBe(OFFICER.email);

    await pg.say('briefing');
    const briefing = pg.card('Meeting with the service manager');
    await briefing.waitFor();
    await expect(briefing.innerText()).resolves.toMatch(
      /Fostering Team[\s\S]*Findings due[\s\S]*Tuesday 12 August 2025/
    );

    await briefing.getByRole('button', { name: 'Ask a question' }).click();
    await briefing.getByLabel(/Your question for/).fill('Should I bring my council ID badge?');
    await briefing.getByRole('button', { name: 'Send question' }).click();
    await pg.sees(/Your question has been sent to/);
    await pg.openChat(OTHERS_CHAT.name);
    await pg.card('Should I bring my council ID badge?').filter({ hasText: 'Sarah Bennett-Wake' }).waitFor();
    await pg.openChat('Personal Chat');

    await pg.card('Meeting with the service manager').getByRole('button', { name: 'Acknowledge' }).click();
    await pg.sees(/You acknowledged this briefing on Tuesday 29 July 2025/);
    const visit = await repos().visits.get(visitId);
    expect(visit.status).toBe('Briefed');
    expect(Object.keys(visit.briefingAcknowledgements ?? {})).toEqual([SARAH.email]);
  });

  it('takes the findings in chat with a child-identifier warning on the save and on the review card, then sends them', async () => {
    now = '2025-08-06T09:00:00.000Z';
    await pg.say('findings');
    // The 2025 form's findings come in three steps, one card updated in place by its buttons.
    const step = (title: string) => pg.card(`Step ${title}`);
    await step('1 of 3: Quality of practice').getByLabel('Strengths').first().fill(CHILD);
    await step('1 of 3').getByRole('button', { name: 'Save and continue' }).click();
    // The warning comes with the save, on the next step's card.
    await step('2 of 3')
      .getByText(/identif/i)
      .first()
      .waitFor();
    expect((await repos().findings.find(visitId, SARAH.email))?.answers.qualityStrengths).toBe(CHILD);
    await step('2 of 3').getByRole('button', { name: 'Save and continue' }).click();
    const form = step('3 of 3');
    await form.getByLabel('Areas where you require a response from the head of service').fill(ISSUE);
    await form.getByRole('button', { name: 'Review and send' }).click();
    const review = pg.card('Go back and edit');
    await review.waitFor();
    await expect(review.innerText()).resolves.toContain(CHILD);
    await expect(review.innerText()).resolves.toMatch(/identif/i);
    await review.getByRole('button', { name: 'Send', exact: true }).click();
    await pg.sees(/Your findings from your visit to Fostering Team have been received/);

    const sent = await repos().findings.find(visitId, SARAH.email);
    expect(sent).toMatchObject({ status: 'Submitted', channel: 'Teams' });
    expect(sent?.answers.escalationIssues).toBe(ISSUE);
    expect((await repos().visits.get(visitId)).status).toBe('FindingsReturned');
  });

  it('the head of service, acting through Mock an Activity, responds; Sarah sees the answer', async () => {
    // The findings reached the service manager and head of service, and the request card the head of service.
    await pg.openChat(OTHERS_CHAT.name);
    await pg.card('Response requested').filter({ hasText: ISSUE }).waitFor();
    // One findings card each for the service manager and the head of service.
    const shared = pg.page.locator('.ac-adaptiveCard').filter({ hasText: "Findings from a councillor's visit" });
    await shared.nth(1).waitFor();
    await expect(shared.count()).resolves.toBe(2);
    const [request] = await repos().requests.forVisit(visitId);
    expect(request.responderEmail).toBe(HOS.email);

    await pg.actAs(HOS, 'Custom activity', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'hos.respond', data: { requestId: request.id, response: ANSWER } },
        trigger: 'manual'
      }
    });
    await pg.openChat('Personal Chat');
    const answer = pg.card('The head of service has responded');
    await answer.waitFor({ timeout: 30000 });
    await expect(answer.innerText()).resolves.toContain(ANSWER);
    expect((await repos().requests.get(request.id)).status).toBe('Responded');
    expect((await repos().visits.get(visitId)).status).toBe('Responded');
  });
});
