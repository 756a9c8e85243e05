/**
 * @jest-environment node
 */
// Erasure through @pnp/sp against the local list server: after it, no list and no version the service
// can read holds the councillor's e-mail or name; the kept records carry the pseudonym and say why;
// the other councillor is untouched; a second run changes nothing; the councillor cannot do it over REST.
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { digestOf, eraseOnSite, LOCAL_PRIVACY_KEY } from '../../../src/adapters/sp/privacyErase';
import { erasureLines } from '../../../src/core/privacy/erasureReport';
import { pseudonymFor } from '../../../src/core/privacy/pseudonym';
import type { ErasurePlan } from '../../../src/core/privacy/erasurePlan';
import { LIST } from '../../../src/lists/schema';
import { LOCAL_USER_HEADER } from '../../../src/node/sp';
import { LOCAL_ADMIN } from '../../../src/node/connection';
import { siteForFile } from './harness';
import { itemsHolding, snapshot } from './privacy/rawScan';
import { ALICE, BOB, seedTwoCouncillors, type Seeded } from './privacy/seed';

jest.setTimeout(120000);
const site = siteForFile();
let seeded: Seeded;
const options = {
  key: LOCAL_PRIVACY_KEY,
  dryRun: false,
  actor: 'officer@example.gov.uk',
  now: '2025-09-01T09:00:00.000Z'
};
const pseudonym = pseudonymFor(digestOf(LOCAL_PRIVACY_KEY, ALICE.email), 'councillor');
let first: ErasurePlan;

const item = async (list: string, id: number): Promise<Record<string, unknown>> =>
  (await site().sp().web.lists.getByTitle(list).items.getById(id)()) as Record<string, unknown>;

beforeAll(async () => {
  seeded = await seedTwoCouncillors(site());
});

describe('erasure', () => {
  it('a councillor cannot do it over REST: deleting their conversation or rewriting their findings is refused', async () => {
    const sp = site().sp();
    const user = (await sp.web.ensureUser(ALICE.email)) as unknown as { LoginName: string };
    await sp.web.siteGroups.getByName('Frontline Visits Visitors').users.add(user.LoginName);
    const before = await snapshot(site());
    const [conversation] = (await sp.web.lists.getByTitle(LIST.conversations).items.select('Id')()) as { Id: number }[];
    const item = (list: string, id: number): string =>
      `${site().url}/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items(${id})`;
    const asAlice = (
      method: string,
      url: string,
      body?: Record<string, unknown>,
      user = ALICE.email
    ): Promise<Response> =>
      fetch(url, {
        method: 'POST',
        headers: {
          [LOCAL_USER_HEADER]: user,
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'IF-MATCH': '*',
          'X-HTTP-Method': method
        },
        body: body ? JSON.stringify(body) : undefined
      });
    const attempts = [
      asAlice('DELETE', item(LIST.conversations, conversation.Id)),
      asAlice('DELETE', item(LIST.sendLog, 1)),
      asAlice('MERGE', item(LIST.findings, seeded.aliceFindings), { CouncillorEmail: 'x@y.z' }),
      asAlice('MERGE', item(LIST.councillors, seeded.aliceCouncillor), { Active: false }),
      asAlice('DELETE', `${item(LIST.findings, seeded.aliceFindings)}/versions(512)`)
    ];
    for (const res of await Promise.all(attempts)) expect([403, 404]).toContain(res.status);
    expect(await snapshot(site())).toBe(before);
    // The same call as the service's identity is allowed: the refusal was the permission, not the request.
    const service = await asAlice(
      'MERGE',
      item(LIST.councillors, seeded.aliceCouncillor),
      { SecondVisitVolunteer: false },
      LOCAL_ADMIN
    );
    expect(service.status).toBe(204);
  });

  it('a dry run says what it would do and changes nothing', async () => {
    const before = await snapshot(site());
    const plan = await eraseOnSite(site().sp(), ALICE.email, { ...options, dryRun: true });
    expect(erasureLines(plan, true)[0]).toBe(
      `Dry run, nothing changed. Pseudonym: ${pseudonym.name} (${pseudonym.email})`
    );
    expect(await snapshot(site())).toBe(before);
  });

  it('leaves no trace of the person outside the kept, pseudonymised record', async () => {
    first = await eraseOnSite(site().sp(), 'ALICE.Able@example.gov.uk', options);
    expect(Array.from(await itemsHolding(site(), [ALICE.email, ALICE.name, 'aad-alice-0001']))).toEqual([]);
    const councillor = await item(LIST.councillors, seeded.aliceCouncillor);
    expect(councillor).toMatchObject({
      Title: pseudonym.name,
      Email: pseudonym.email,
      Active: false,
      AadObjectId: null
    });
    const findings = await item(LIST.findings, seeded.aliceFindings);
    expect(findings).toMatchObject({
      Title: `Court Team - 24/07/2025 - ${pseudonym.name}`,
      CouncillorEmail: pseudonym.email,
      QualityStrengths: `Visited with ${BOB.name}. Staff know the children well.`
    });
    expect((await item(LIST.findings, seeded.bobFindings)).QualityStrengths).toBe(
      `Visited with ${pseudonym.name}. Staff know the children well.`
    );
    expect((await item(LIST.visits, seeded.visitMade)).CouncillorEmails).toBe(`${pseudonym.email}\n${BOB.email}`);
    // A visit still to come drops her.
    const toCome = await item(LIST.visits, seeded.visitToCome);
    expect(toCome.CouncillorEmails).toBe(BOB.email);
    expect(JSON.parse(String(toCome.BriefingAcknowledgements))).toEqual({ [BOB.email]: '2025-07-21T09:00:00.000Z' });
  });

  it("keeps everything of the other councillor's: conversation, send log, findings, audit", async () => {
    const bob = await itemsHolding(site(), [BOB.email]);
    for (const list of [LIST.conversations, LIST.sendLog, LIST.audit, LIST.findings, LIST.councillors, LIST.visits])
      expect(Array.from(bob).some((k) => k.startsWith(`${list}#`))).toBe(true);
    expect((await item(LIST.councillors, seeded.bobCouncillor)).Active).toBe(true);
  });

  it('says plainly what was kept and why, and audits it under the pseudonym alone', async () => {
    const lines = erasureLines(first, false);
    expect(lines).toContain('Deleted 3 Teams conversation or send-log items.');
    expect(lines).toContain(
      `  ${LIST.findings} item ${seeded.aliceFindings} "Court Team - 24/07/2025 - ${pseudonym.name}": findings are part of the committee record (reported to committee); the author is pseudonymised`
    );
    expect(first.kept.map((k) => `${k.list}#${k.id}`)).toEqual(
      expect.arrayContaining([
        `${LIST.councillors}#${seeded.aliceCouncillor}`,
        `${LIST.visits}#${seeded.visitMade}`,
        `${LIST.findings}#${seeded.bobFindings}`,
        `${LIST.audit}#1`
      ])
    );
    const audit = (await site()
      .sp()
      .web.lists.getByTitle(LIST.audit)
      .items.filter("Action eq 'person-erased'")()) as Record<string, unknown>[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ Actor: 'officer@example.gov.uk', AuditKey: `person-erased:${pseudonym.email}` });
    expect(String(audit[0].Detail)).toContain(pseudonym.name);
  });

  it('run again, changes nothing and still lists what is kept', async () => {
    const before = await snapshot(site());
    const again = await eraseOnSite(site().sp(), ALICE.email, options);
    expect(again.steps).toEqual([]);
    expect(again.pseudonym).toEqual(pseudonym);
    expect(again.kept.length).toBeGreaterThanOrEqual(first.kept.length);
    expect(erasureLines(again, false)[0]).toBe(
      `Nothing to change: nothing names the person any more (pseudonym ${pseudonym.name}).`
    );
    expect(await snapshot(site())).toBe(before);
  });
});
