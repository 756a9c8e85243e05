/**
 * @jest-environment node
 */
// The councillor's reply to a head of service's "ask for more", on the form page, in Debian's
// chromium: the head of service asks (through the requests API, as the page and the card do); the
// councillor opens the form page, reads the question as stored, is told an empty reply is not
// enough, replies, and sees the reply as stored, with its date; the stored request has it; the head
// of service's page shows the question and the reply. Another councillor's reply over REST is refused
// with a 403 that says who may reply.
import { COUNCILLOR, HEAD_OF_SERVICE, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { HttpRequestsApi } from '../../src/adapters/service/requestsApi';
import { USER_HEADER } from '../../src/host/client/context';
import { londonInstant } from '../../src/core/time/london';
import type { HeadOfServiceRequest } from '../../src/core/model';
import type { Stored } from '../../src/core/ports/repositories';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
const OTHER_COUNCILLOR = 'cllr.wye@example.gov.uk';
const QUESTION = 'Which of the foster carers you met were waiting for their assessment?\nAnd for how long?';
const REPLY = 'Two couples, both waiting since April.';
const api = (user: string) =>
  new HttpRequestsApi(
    (url, init) => fetch(url, { ...init, headers: { ...init.headers, [USER_HEADER]: user } }),
    wb().service.url.replace(/\/$/, '')
  );

/** The councillor's seeded request on the Cared for Teams visit. */
async function sarahsRequest(): Promise<Stored<HeadOfServiceRequest>> {
  const team = (await repos().teams.all()).find((t) => t.name === 'Cared for Teams');
  for (const request of await repos().requests.forResponder(HEAD_OF_SERVICE)) {
    const findings = await repos().findings.get(request.findingsId);
    if ((await repos().visits.get(request.visitId)).teamId === team?.id && findings.councillorEmail === COUNCILLOR)
      return request;
  }
  throw new Error('No seeded request from the councillor on Cared for Teams');
}

describe("the councillor's reply on the form page", () => {
  it('shows the stored question, takes a reply, shows it as stored; the head of service sees both', async () => {
    const request = await sarahsRequest();
    await api(HEAD_OF_SERVICE).ask(request.id, QUESTION);
    const asked = await repos().requests.get(request.id);
    expect(asked).toMatchObject({ status: 'MoreInfoRequested', moreInfoQuestion: QUESTION });

    // Another councillor cannot reply for her, over plain REST to the service.
    const forged = await fetch(`${wb().service.url.replace(/\/$/, '')}/api/requests/${request.id}/reply`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [USER_HEADER]: OTHER_COUNCILLOR },
      body: JSON.stringify({ reply: 'Forged' })
    });
    expect(forged.status).toBe(403);
    expect(((await forged.json()) as { error: { message: string } }).error.message).toMatch(
      /^Only the councillor who escalated these issues .* can reply to the head of service\.$/
    );
    expect((await repos().requests.get(request.id)).etag).toBe(asked.etag);

    const page = await wb().open('/form', COUNCILLOR);
    const box = page.getByRole('region', { name: 'The head of service asks you for more' });
    const item = box.getByRole('article', { name: /^Cared for Teams: visit on Monday 14 July 2025$/ });
    await item.getByRole('region', { name: "The head of service's question" }).waitFor();
    expect(await item.locator('p').first().innerText()).toBe(QUESTION);
    await item.getByText(/^Asked on Monday 28 July 2025 at 10:00\.$/).waitFor();
    expect(seriousViolations(await runAxe(page))).toEqual([]);

    // Core's refusal of an empty reply shows beside the box; nothing is stored.
    await item.getByRole('button', { name: 'Send reply' }).click();
    await item.getByText('Please write a reply.').waitFor();
    expect((await repos().requests.get(request.id)).etag).toBe(asked.etag);

    await item.getByRole('textbox', { name: /^Your reply to the head of service/ }).fill(REPLY);
    await item.getByRole('button', { name: 'Send reply' }).click();
    await item.getByText(/^Your reply has been sent and is kept with the request\./).waitFor();
    const reply = item.getByRole('region', { name: 'Your reply' });
    await reply.getByText(/^Replied on Monday 28 July 2025 at 10:00\.$/).waitFor();
    expect(await reply.locator('p').innerText()).toBe(REPLY);
    expect(await item.getByRole('button', { name: 'Send reply' }).count()).toBe(0);
    expect(await repos().requests.get(request.id)).toMatchObject({
      status: 'Requested',
      moreInfoQuestion: QUESTION,
      councillorReply: REPLY,
      councillorRepliedAt: londonInstant('2025-07-28', '10:00')
    });
    await page.close();

    const hos = await wb().open(`/form?visit=${request.visitId}`, HEAD_OF_SERVICE);
    const escalation = hos.getByRole('article', { name: /^Cared for Teams: visit on / });
    const question = escalation.getByRole('region', { name: 'The question to Sarah Bennett-Wake' });
    expect(await question.locator('p').innerText()).toBe(QUESTION);
    const answered = escalation.getByRole('region', { name: "Sarah Bennett-Wake's reply" });
    await answered.getByText(/^Replied on Monday 28 July 2025 at 10:00\.$/).waitFor();
    expect(await answered.locator('p').innerText()).toBe(REPLY);
    await hos.close();
  });
});
