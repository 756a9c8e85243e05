/**
 * @jest-environment node
 */
// A submission is a durable, resumable process: the intent (Submitted, 'Sending') is recorded first,
// then every step runs idempotently. Here the submitting process is killed at every request boundary
// of a clean submission (before a request leaves, and after the list server has done it but before
// the answer arrives), and 20 more submissions meet a 50% fault rate beyond the client's retries.
// Then ONE sweep runs, as a fresh process would: every submission whose intent reached the lists is
// complete (shared read-only, one head-of-service request, the visit moved, the cards sent once).
import '@pnp/sp/site-groups';
import '@pnp/sp/site-users';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { spRepositories } from '../../src/adapters/sp/repositories';
import type { Stored } from '../../src/core/ports/repositories';
import type { Visit } from '../../src/core/model';
import * as w from './sweepHarness';
import { SARAH, sentKeys, setNow, sm, sweep, team } from './sweepHarness';
import { ANSWERS, Killed, NOW, TEAM, aVisit, dyingSp, run, submit } from './submissionResumeHarness';

jest.setTimeout(240000);

beforeAll(w.startWorld);
afterAll(w.stopWorld);

it('completes every interrupted submission in one sweep, with nothing duplicated', async () => {
  setNow(NOW);
  // A clean submission, to learn its request boundaries.
  const requests: string[] = [];
  await submit(dyingSp(Number.MAX_SAFE_INTEGER, 'before', requests), await aVisit(0));
  expect(requests.length).toBeGreaterThan(10);

  const scenarios: { visit: Stored<Visit>; label: string; failed: boolean }[] = [];
  for (let at = 1; at <= requests.length; at++) {
    for (const when of ['before', 'after'] as const) {
      const visit = await aVisit(scenarios.length + 1);
      const failed = await submit(dyingSp(at, when), visit).then(
        () => false,
        (e) => (expect(e).toBeInstanceOf(Killed), true)
      );
      scenarios.push({ visit, label: `${when} ${requests[at - 1]}`, failed });
    }
  }
  // Faults beyond the client's retries (one retry here), at any request of the submission.
  w.local.server.setFaults({ rate: 0.5, statuses: [503], retryAfterSeconds: 0, seed: 41 });
  for (let i = 0; i < 20; i++) {
    const visit = await aVisit(scenarios.length + 1);
    const failed = await submit(
      nodeSp(w.local.server.url, { kind: 'local', user: LOCAL_ADMIN }, { retries: 2, interval: 1 }),
      visit
    ).then(
      () => false,
      () => true
    );
    scenarios.push({ visit, label: `50% faults #${i + 1}`, failed });
  }
  w.local.server.setFaults({ rate: 0 });
  const interrupted = scenarios.filter((s) => s.failed).length;
  const sending = (await w.repos.findings.pendingSubmissions()).length;

  const mark = w.capture.sent.length;
  const report = await sweep('2025-11-21T10:30:00.000Z');

  const hos = team(TEAM).headOfServiceEmail;
  let complete = 0;
  let neverRecorded = 0;
  for (const s of scenarios) {
    const forms = await w.repos.findings.forVisit(s.visit.id);
    const sent = forms.filter((f) => f.status === 'Submitted');
    if (!sent.length) {
      // Killed before the intent reached the lists: the councillor was told it failed, nothing to resume.
      expect({ label: s.label, failed: s.failed }).toEqual({ label: s.label, failed: true });
      neverRecorded++;
      continue;
    }
    expect({ label: s.label, forms: forms.length, state: sent[0].submission }).toEqual({
      label: s.label,
      forms: 1,
      state: 'Complete'
    });
    expect({ label: s.label, status: (await w.repos.visits.get(s.visit.id)).status }).toEqual({
      label: s.label,
      status: 'FindingsReturned'
    });
    const reqs = await w.repos.requests.forVisit(s.visit.id);
    expect({ label: s.label, requests: reqs.map((r) => [r.findingsId, r.request, r.responderEmail]) }).toEqual({
      label: s.label,
      requests: [[sent[0].id, ANSWERS.escalationIssues, hos]]
    });
    // Read, and only read, for the councillor, the service manager and the head of service.
    for (const reader of [SARAH.email, sm(TEAM), hos]) {
      const asReader = spRepositories(nodeSp(w.local.server.url, { kind: 'local', user: reader }, { retries: 1 }));
      const form = await asReader.findings.get(sent[0].id);
      await expect(asReader.findings.update(form, { status: 'Draft' })).rejects.toThrow();
      expect((await asReader.requests.get(reqs[0].id)).request).toBe(ANSWERS.escalationIssues);
    }
    complete++;
  }
  // The cards for each: to the service manager and head of service, and the request; each key once.
  const keys = sentKeys(report);
  expect(keys.length).toBe(new Set(keys).size);
  expect(w.capture.sent.length - mark).toBe(keys.length);
  const visitIds = new Set(scenarios.map((s) => s.visit.id));
  const cards = report.results.filter(
    (r) => visitIds.has(r.visitId) && (r.kind === 'findings-shared' || r.kind === 'response-requested')
  );
  expect(cards.filter((r) => r.outcome === 'sent')).toHaveLength(complete * 3);
  expect(report.problems).toEqual([]);
  expect(await w.repos.findings.pendingSubmissions()).toEqual([]);
  // A second sweep has nothing left to do.
  const again = await sweep('2025-11-21T10:45:00.000Z');
  expect(again.resumed).toEqual([]);
  expect(again.totals.sent).toBe(0);

  console.log(
    `kill-and-fault: ${requests.length} request boundaries x 2 kills + 20 submissions at 50% faults = ${scenarios.length} submissions; ${interrupted} interrupted, ${sending} left Sending before the sweep, ${report.resumed.length} resumed by one sweep; ${complete} complete, ${neverRecorded} never recorded (the caller got the error); 0 duplicates`
  );
  expect(complete + neverRecorded).toBe(scenarios.length);
  expect(report.resumed.length).toBe(sending);
});

it('never passes on a sent form that someone changed by hand, and reports it', async () => {
  setNow(NOW);
  const admin = nodeSp(w.local.server.url, { kind: 'local', user: LOCAL_ADMIN });
  const owner = 'site.owner@example.gov.uk';
  const login = ((await admin.web.ensureUser(owner)) as unknown as { LoginName: string }).LoginName;
  await admin.web.siteGroups.getByName('Frontline Visits Owners').users.add(login);
  // A form typed straight into the list by a site owner, as if sent and complete, on a visit that took place.
  const visit = await aVisit(1000);
  const forged = await spRepositories(nodeSp(w.local.server.url, { kind: 'local', user: owner })).findings.create({
    visitId: visit.id,
    councillorEmail: SARAH.email,
    status: 'Submitted',
    submission: 'Complete',
    submittedAt: NOW,
    channel: 'SharePoint',
    templateId: 'frontline-2025',
    answers: { qualityStrengths: 'Forged praise.' }
  });
  await w.repos.visits.update(await w.repos.visits.get(visit.id), { status: 'FindingsReturned' });
  const report = await sweep('2025-11-21T11:00:00.000Z');
  expect(report.results.filter((r) => r.visitId === visit.id && r.kind === 'findings-shared')).toEqual([]);
  expect(report.problems).toEqual([
    expect.stringContaining(`Findings form ${forged.id} was changed outside the Frontline service by ${owner}`)
  ]);
});

it('completes submissions whose process the operating system killed (SIGKILL) after the intent, in one sweep', async () => {
  setNow(NOW);
  const requests: string[] = [];
  await submit(dyingSp(Number.MAX_SAFE_INTEGER, 'before', requests), await aVisit(2000));
  // The intent is the MERGE that writes Submitted; kill right after it, midway, and just before the end.
  const intent = requests.findIndex((r) => r.startsWith('MERGE') && r.includes("Visit Findings')/items(")) + 1;
  expect(intent).toBeGreaterThan(1);
  const points = [intent, Math.floor((intent + requests.length) / 2), requests.length - 1];
  const visits: Stored<Visit>[] = [];
  for (const killAfter of points) {
    const visit = await aVisit(2000 + killAfter);
    // Asynchronously: the list server runs in this process and must keep answering the child.
    const child = await run(process.execPath, [
      require.resolve('ts-node/dist/bin'),
      '--transpile-only',
      '--project',
      'tsconfig.node.json',
      'tests/bot/kill/submitThenDie.ts',
      w.local.server.url,
      String(visit.id),
      SARAH.email,
      String(killAfter),
      NOW
    ]);
    expect({ killAfter, signal: child.signal, stderr: child.stderr.slice(0, 300) }).toEqual({
      killAfter,
      signal: 'SIGKILL',
      stderr: ''
    });
    expect({ killAfter, form: await w.repos.findings.find(visit.id, SARAH.email) }).toMatchObject({
      killAfter,
      form: { submission: 'Sending' }
    });
    visits.push(visit);
  }
  const report = await sweep('2025-11-21T11:30:00.000Z');
  for (const visit of visits) {
    expect((await w.repos.findings.find(visit.id, SARAH.email))?.submission).toBe('Complete');
    expect((await w.repos.visits.get(visit.id)).status).toBe('FindingsReturned');
    expect(await w.repos.requests.forVisit(visit.id)).toHaveLength(1);
  }
  const keys = sentKeys(report);
  expect(keys.length).toBe(new Set(keys).size);
  console.log(
    `SIGKILL after requests ${points.join(', ')} of ${requests.length} (the intent is request ${intent}): ${report.resumed.length} resumed by one sweep`
  );
});
