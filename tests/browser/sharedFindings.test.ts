/**
 * @jest-environment node
 */
// Who sees which findings on the form page, in Debian's chromium: the visited team's service manager
// reads them (no action, until a request is delegated to them: then core lets them answer); another
// area's head of service has nothing shared and is told so, never "no booked visits"; and the link
// on the head of service's Teams card ("Open in SharePoint") lands on the visit's shared findings.
import { HEAD_OF_SERVICE, useWorkbench } from './harness';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { nodeSp } from '../../src/node/sp';
import { pageLinks } from '../../src/node/bot';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { buildHosRequestCard } from '../../src/bot/cards/hosRequest';
import { HttpRequestsApi } from '../../src/adapters/service/requestsApi';
import { USER_HEADER } from '../../src/host/client/context';
import type { Team } from '../../src/core/model';
import { runAxe, seriousViolations } from './axe';

const wb = useWorkbench(120000);
const repos = () => spRepositories(nodeSp(wb().local.server.url, { kind: 'local', user: LOCAL_ADMIN }));

/** The team's seeded visit and its head of service's request. */
async function courtTeam(): Promise<{ team: Team; visitId: number; requestId: number }> {
  const team = (await repos().teams.all()).find((t) => t.name === 'Court Team');
  if (!team) throw new Error('No Court Team');
  const visit = (await repos().visits.query({ teamId: team.id })).find((v) => v.status === 'Reported');
  if (!visit) throw new Error('No reported Court Team visit');
  const [request] = await repos().requests.forVisit(visit.id);
  return { team, visitId: visit.id, requestId: request.id };
}

/** Every URL an Adaptive Card's Action.OpenUrl buttons open, by title. */
function openUrls(card: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'Action.OpenUrl' && typeof o.title === 'string' && typeof o.url === 'string') out[o.title] = o.url;
      Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return out;
}

describe('findings shared on the form page', () => {
  it("shows the service manager their team's findings to read, with no action, until core lets them answer a delegated request", async () => {
    const { team, visitId, requestId } = await courtTeam();
    const page = await wb().open(`/form?visit=${visitId}`, team.serviceManagerEmail);
    await page.getByRole('heading', { name: 'Findings shared with you' }).waitFor();
    const table = page.getByRole('table', { name: 'Findings shared with you' });
    expect(await table.locator('tbody tr').count()).toBe(1);
    await table.getByRole('cell', { name: 'Awaiting a response', exact: true }).waitFor();
    await page.getByText(/shared with you as the service manager of the visited team, to read\.$/).waitFor();
    const item = page.getByRole('article', { name: /^Court Team: visit on / });
    await item.getByText(/^Escalated by Ben Wye /).waitFor();
    const strengths = item.getByRole('textbox', { name: 'Strengths' }).first();
    expect(await strengths.inputValue()).not.toBe('');
    expect(await strengths.isEditable()).toBe(false);
    // Read only: no tabs, no answer, delegate or question buttons.
    expect(await item.getByRole('tab').count()).toBe(0);
    for (const name of ['Send response', 'Delegate', 'Send question'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    expect(await page.getByText(/no booked visits/).count()).toBe(0);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    await page.close();

    // The head of service delegates it to them (as the Teams card would): now theirs to answer.
    const api = new HttpRequestsApi(
      (url, init) => fetch(url, { ...init, headers: { ...init.headers, [USER_HEADER]: HEAD_OF_SERVICE } }),
      wb().service.url.replace(/\/$/, '')
    );
    await api.delegate(requestId, team.serviceManagerEmail);
    const again = await wb().open(`/form?visit=${visitId}`, team.serviceManagerEmail);
    const mine = again.getByRole('article', { name: /^Court Team: visit on / });
    await mine.getByRole('tab', { name: 'Respond' }).waitFor();
    await again
      .getByText(/as the service manager of the visited team and as the person escalated issues were delegated to/)
      .waitFor();
    await again.getByRole('cell', { name: 'Awaiting your response', exact: true }).waitFor();
    await again.close();
  });

  it("tells another area's head of service that the visit's findings are not shared with them, and shows none", async () => {
    const { team, visitId } = await courtTeam();
    const other = (await repos().teams.all()).find((t) => t.headOfServiceEmail !== team.headOfServiceEmail) as Team;
    const page = await wb().open(`/form?visit=${visitId}`, other.headOfServiceEmail);
    await page.getByText(`The findings from visit ${visitId} are not shared with you.`, { exact: false }).waitFor();
    await page.getByText(new RegExp(`You are the service manager or head of service of .*${other.name}`)).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);
    expect(await page.getByRole('article').count()).toBe(0);
    expect(
      await page
        .locator('main')
        .getByText(/Ben Wye/)
        .count()
    ).toBe(0);
    expect(await page.getByText(/no booked visits/).count()).toBe(0);
    expect(seriousViolations(await runAxe(page))).toEqual([]);
    // Without a link, the same: nothing shared yet.
    await page.goto(new URL(`/form?user=${encodeURIComponent(other.headOfServiceEmail)}`, wb().host.url).toString());
    await page.getByText(/^No findings are shared with you yet\./).waitFor();
    await page.close();
  });

  it("lands the head of service's Teams card link (Open in SharePoint) on the visit's shared findings", async () => {
    const { team, visitId, requestId } = await courtTeam();
    const request = await repos().requests.get(requestId);
    const visit = await repos().visits.get(visitId);
    // The card as the bot builds it, with the bot's own links to the form page (src/node/local.ts).
    const links = pageLinks(
      new URL('/form', wb().host.url).toString(),
      new URL('/dashboard', wb().host.url).toString()
    );
    const card = buildHosRequestCard({
      request,
      visit,
      team,
      councillor: { name: 'Ben Wye', email: 'cllr.ben.wye@example.gov.uk' },
      responseDue: '2025-08-27T16:00:00.000Z',
      formUrl: links.form(visitId),
      refreshUserIds: ['29:head-of-service']
    });
    const url = new URL(openUrls(card)['Open in SharePoint']);
    expect(url.searchParams.get('visit')).toBe(String(visitId));
    url.searchParams.set('user', HEAD_OF_SERVICE);
    const page = await wb().context.newPage();
    await page.goto(url.toString());
    await page
      .getByRole('heading', { name: /^Court Team: findings from the visit on Thursday 24 July 2025$/ })
      .waitFor();
    await page
      .getByRole('article', { name: /^Court Team: visit on / })
      .getByText(/^Escalated by Ben Wye /)
      .waitFor();
    expect(await page.getByText(/no booked visits/).count()).toBe(0);
    await page.close();
  });
});
