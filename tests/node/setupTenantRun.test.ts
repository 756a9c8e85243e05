// `npm run setup:tenant`: the skip-when-done logic with a fake CLI, failures, and removal.
import { parseSetupArgs } from '../../src/node/setup/options';
import type { Command } from '../../src/node/setup/plan';
import { removePlan } from '../../src/node/setup/removePlan';
import { commandLine, runPlan, type CommandResult } from '../../src/node/setup/runner';
import { SITE, SOLUTION, plan } from './setupTenantHarness';

/** A fake CLI: answers by the command's first words; records what ran. */
function fakeCli(answers: Record<string, CommandResult>): {
  run: (c: Command) => Promise<CommandResult>;
  ran: string[];
} {
  const ran: string[] = [];
  const run = async (c: Command): Promise<CommandResult> => {
    ran.push(commandLine(c));
    const key = Object.keys(answers).find((k) => commandLine(c).startsWith(k));
    return key ? answers[key] : { ok: true, answer: { changed: true, appId: 'new-app', id: 'new-teams-app' } };
  };
  return { run, ran };
}

const DONE: Record<string, CommandResult> = {
  'm365 tenant id get': { ok: true, answer: 'tenant-guid' },
  'm365 entra app get': { ok: true, answer: { appId: 'app-guid', displayName: 'Frontline Visits API' } },
  'm365 spo site get': { ok: true, answer: { Url: SITE } },
  'm365 spo site apppermission list': {
    ok: true,
    answer: [{ appDisplayName: 'Frontline Visits API', appId: 'app-guid', roles: ['fullcontrol'] }]
  },
  'm365 spo app get': { ok: true, answer: { ID: 'x', AppCatalogVersion: '0.1.0.0', Deployed: true } },
  'm365 spo serviceprincipal grant list': {
    ok: true,
    answer: [{ Resource: 'Frontline Visits API', Scope: 'user_impersonation', ObjectId: 'g' }]
  },
  'm365 spo storageentity get --key FrontlineServiceUrl': {
    ok: true,
    answer: { Value: 'https://frontline-svc.azurewebsites.net' }
  },
  'm365 spo storageentity get --key FrontlineServiceAppIdUri': {
    ok: true,
    answer: { Value: 'api://frontline-visits' }
  },
  'm365 teams app list': { ok: true, answer: [{ id: 'teams-app-guid', externalId: SOLUTION.teamsAppId }] }
};

test('steps whose check says done are skipped; values found carry into later commands', async () => {
  const cli = fakeCli(DONE);
  const report = await runPlan(plan(), { dryRun: false, run: cli.run, log: () => undefined });
  expect(report.ok).toBe(true);
  expect(report.outcomes.filter((o) => o.outcome === 'changed').map((o) => o.id)).toEqual(['provision', 'teams-app']);
  const changes = cli.ran.filter((l) => !/ (get|list) /.test(l));
  expect(changes).toEqual([
    `SP_SITE_URL=${SITE} SP_TENANT_ID=tenant-guid SP_CLIENT_ID=app-guid SP_CERT_PATH=frontline.pem FRONTLINE_OFFICERS=officer@contoso.gov.uk npm run provision`,
    'BOT_ID=11111111-2222-3333-4444-555555555555 BOT_DOMAIN=frontline-svc.azurewebsites.net npm run package:teams',
    'm365 teams app update --id teams-app-guid --filePath teams/package/frontline-visits.zip --output json'
  ]);
});

test('steps not done are run, with the new app id; a different value or old version is not done', async () => {
  const cli = fakeCli({
    ...DONE,
    'm365 entra app get': {
      ok: false,
      error: 'Microsoft Entra app registration with name Frontline Visits API not found'
    },
    'm365 spo site apppermission list': { ok: true, answer: [{ appId: 'new-app', roles: ['write'] }] },
    'm365 spo app get': { ok: true, answer: { AppCatalogVersion: '0.0.9.0', Deployed: true } },
    'm365 spo storageentity get --key FrontlineServiceUrl': { ok: true, answer: { Value: 'https://old.example' } },
    'm365 spo serviceprincipal grant list': { ok: true, answer: [] }
  });
  const report = await runPlan(plan(), { dryRun: false, run: cli.run, log: () => undefined });
  expect(report.outcomes.filter((o) => o.outcome === 'skipped').map((o) => o.id)).toEqual([
    'tenant-id',
    'site',
    'storage-FrontlineServiceAppIdUri'
  ]);
  expect(cli.ran).toContain(
    `m365 spo site apppermission add --siteUrl ${SITE} --appId new-app --permission fullcontrol --output json`
  );
  expect(cli.ran.some((l) => l.startsWith('m365 spo storageentity set') && l.includes('FrontlineServiceUrl'))).toBe(
    true
  );
  expect(cli.ran).toContain('m365 spo app deploy --name frontline-visits.sppkg --skipFeatureDeployment --output json');
});

test('a failed change stops the run; a failed read-only check with nothing to do stops it too', async () => {
  const failing = fakeCli({
    ...DONE,
    'm365 spo site get': { ok: false },
    'm365 spo site add': { ok: false, error: 'Access denied' }
  });
  const lines: string[] = [];
  const report = await runPlan(plan(), { dryRun: false, run: failing.run, log: (l) => lines.push(l) });
  expect(report).toEqual({ ok: false, outcomes: expect.arrayContaining([{ id: 'site', outcome: 'failed' }]) });
  expect(report.outcomes).toHaveLength(3);
  expect(lines.join('\n')).toContain('FAILED: Access denied');
  const noTenant = await runPlan(plan(), {
    dryRun: false,
    run: fakeCli({ 'm365 tenant id get': { ok: false } }).run,
    log: () => undefined
  });
  expect(noTenant.outcomes).toEqual([{ id: 'tenant-id', outcome: 'failed' }]);
});

test('removal: what is still there is removed, what is gone is skipped', async () => {
  const o = parseSetupArgs([
    '--remove',
    '--site',
    SITE,
    '--app-catalog',
    'https://contoso.sharepoint.com/sites/appcatalog'
  ]);
  expect(o.remove).toBe(true);
  const cli = fakeCli({ ...DONE, 'm365 spo storageentity get --key FrontlineServiceAppIdUri': { ok: true } });
  const report = await runPlan(removePlan(o.options, SOLUTION), { dryRun: false, run: cli.run, log: () => undefined });
  expect(report.outcomes.find((x) => x.id === 'storage-FrontlineServiceAppIdUri')?.outcome).toBe('skipped');
  expect(cli.ran.filter((l) => / (remove|revoke|retract) /.test(l))).toEqual([
    'm365 teams app remove --id teams-app-guid --force --output json',
    'm365 spo storageentity remove --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key FrontlineServiceUrl --force --output json',
    'm365 spo serviceprincipal grant revoke --id g --output json',
    'm365 spo app retract --id x --force --output json',
    'm365 spo app remove --id x --force --output json',
    `m365 spo site apppermission remove --siteUrl ${SITE} --appDisplayName "Frontline Visits API" --force --output json`,
    'm365 entra app remove --name "Frontline Visits API" --force --output json'
  ]);
});
