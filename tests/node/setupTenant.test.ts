// `npm run setup:tenant`: the plan for a sample site, the skip-when-done logic with a fake CLI, the
// usage message, and every command and option the plan uses checked against the installed CLI.
import { execFile, execFileSync } from 'child_process';
import { promisify } from 'util';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CLI_ENV, m365Bin, readSolution } from '../../src/node/setup/main';
import { parseSetupArgs, UsageError } from '../../src/node/setup/options';
import { installPlan, type Command, type Step } from '../../src/node/setup/plan';
import { removePlan } from '../../src/node/setup/removePlan';
import { commandLine, runPlan, type CommandResult } from '../../src/node/setup/runner';

const SITE = 'https://contoso.sharepoint.com/sites/frontline';
const ARGS = [
  '--site',
  SITE,
  '--app-catalog',
  'https://contoso.sharepoint.com/sites/appcatalog',
  '--service-url',
  'https://frontline-svc.azurewebsites.net',
  '--bot-id',
  '11111111-2222-3333-4444-555555555555',
  '--cert',
  'frontline.pem',
  '--cert-public',
  'frontline.cer',
  '--officers',
  'officer@contoso.gov.uk'
];
const SOLUTION = { version: '0.1.0.0', teamsAppId: '9eaba4fd-594e-4ff5-9207-d205f2eebddf' };
const plan = (): Step[] => installPlan(parseSetupArgs(ARGS).options, SOLUTION);
const all = (steps: Step[]): Command[] =>
  steps.flatMap((s) => [...(s.check ? [s.check.command] : []), ...s.change, ...(s.whenDone ?? [])]);

test('the dry-run plan for a sample site: the steps in order, each command', async () => {
  const lines: string[] = [];
  const run = jest.fn();
  const report = await runPlan(plan(), { dryRun: true, run, log: (l) => lines.push(l) });
  expect(run).not.toHaveBeenCalled();
  expect(report.outcomes.map((o) => o.id)).toEqual([
    'tenant-id',
    'app',
    'site',
    'site-permission',
    'provision',
    'sppkg',
    'api-permission',
    'storage-FrontlineServiceUrl',
    'storage-FrontlineServiceAppIdUri',
    'teams-app'
  ]);
  const text = lines.join('\n');
  const expected = [
    'm365 tenant id get --output json',
    'm365 entra app get --name "Frontline Visits API" --output json',
    'm365 entra app add --name "Frontline Visits API" --certificateFile frontline.cer --certificateDisplayName "Frontline Visits API" --apisApplication https://microsoft.sharepoint-df.com/Sites.Selected --grantAdminConsent --uri api://frontline-visits --scopeName user_impersonation --scopeConsentBy admins',
    `m365 spo site get --url ${SITE} --output json`,
    `m365 spo site add --type CommunicationSite --url ${SITE} --title "Frontline Visits" --output json`,
    `m365 spo site apppermission list --siteUrl ${SITE} --appId {appId} --output json`,
    `m365 spo site apppermission add --siteUrl ${SITE} --appId {appId} --permission fullcontrol --output json`,
    `SP_SITE_URL=${SITE} SP_TENANT_ID={tenantId} SP_CLIENT_ID={appId} SP_CERT_PATH=frontline.pem FRONTLINE_OFFICERS=officer@contoso.gov.uk npm run provision`,
    'm365 spo app get --name frontline-visits.sppkg --output json',
    'm365 spo app add --filePath sharepoint/solution/frontline-visits.sppkg --overwrite --output json',
    'm365 spo app deploy --name frontline-visits.sppkg --skipFeatureDeployment --output json',
    'm365 spo serviceprincipal grant list --output json',
    'm365 spo serviceprincipal permissionrequest approve --resource "Frontline Visits API" --output json',
    'm365 spo storageentity set --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key FrontlineServiceUrl --value https://frontline-svc.azurewebsites.net',
    'm365 spo storageentity set --appCatalogUrl https://contoso.sharepoint.com/sites/appcatalog --key FrontlineServiceAppIdUri --value api://frontline-visits',
    'm365 teams app list --distributionMethod organization --output json',
    'BOT_ID=11111111-2222-3333-4444-555555555555 BOT_DOMAIN=frontline-svc.azurewebsites.net npm run package:teams',
    'm365 teams app publish --filePath teams/package/frontline-visits.zip --output json',
    'm365 teams app update --id {teamsAppId} --filePath teams/package/frontline-visits.zip --output json'
  ];
  let at = -1;
  for (const line of expected) {
    const next = text.indexOf(line, at + 1);
    expect({ line, found: next > at }).toEqual({ line, found: true }); // present, and after the one before
    at = next;
  }
  expect(text).not.toMatch(/withSecret|clientSecret/);
});

test('the tenant properties are the ones the visit form web part reads', () => {
  const source = fs.readFileSync(path.join(__dirname, '../../src/webparts/visitForm/VisitFormWebPart.ts'), 'utf8');
  const read = [...source.matchAll(/read\('(\w+)'\)/g)].map((m) => m[1]).sort();
  const set = plan()
    .filter((s) => s.id.startsWith('storage-'))
    .map((s) => s.id.slice('storage-'.length))
    .sort();
  expect(set).toEqual(read);
  expect(readSolution()).toEqual(SOLUTION);
});

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

test('bad options: a usage error naming each problem', () => {
  const problems = (argv: string[]): string => {
    try {
      parseSetupArgs(argv);
      return '';
    } catch (e) {
      expect(e).toBeInstanceOf(UsageError);
      return (e as Error).message;
    }
  };
  expect(problems([])).toMatch(/--site is required[\s\S]*--bot-id is required/);
  expect(problems([...ARGS, '--bogus'])).toBe('unknown option --bogus');
  expect(problems(ARGS.map((a) => (a === SITE ? 'http://contoso/sites/x' : a)))).toMatch(
    /--site must look like https:\/\/<tenant>\.sharepoint\.com/
  );
  expect(problems(ARGS.map((a) => (a.startsWith('1111') ? 'not-a-guid' : a)))).toBe(
    '--bot-id must be a GUID, not not-a-guid'
  );
  const out = execFileSync('bash', ['-c', 'npm run -s setup:tenant -- --site nowhere; echo "exit=$?"'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe']
  });
  expect(out.trim()).toBe('exit=2');
});

test('every command and option in the plans exists in the installed CLI for Microsoft 365', async () => {
  const config = fs.mkdtempSync(path.join(os.tmpdir(), 'm365-config-'));
  fs.mkdirSync(path.join(config, 'configstore'));
  fs.writeFileSync(
    path.join(config, 'configstore', 'cli-m365-config.json'),
    JSON.stringify({ disableTelemetry: true })
  );
  const o = parseSetupArgs(ARGS).options;
  const commands = new Map<string, Set<string>>();
  for (const c of all([...installPlan(o, SOLUTION), ...removePlan(o, SOLUTION)]).filter((c) => c.tool === 'm365')) {
    const words = c.args.slice(
      0,
      c.args.findIndex((a) => a.startsWith('--'))
    );
    const options = commands.get(words.join(' ')) ?? new Set<string>();
    c.args.filter((a) => a.startsWith('--')).forEach((a) => options.add(a));
    commands.set(words.join(' '), options);
  }
  expect(commands.size).toBeGreaterThanOrEqual(20);
  const missing: string[] = [];
  const queue = [...commands];
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [command, options] = next;
      const { stdout: help } = await promisify(execFile)(
        process.execPath,
        [m365Bin(), ...command.split(' '), '--help'],
        {
          encoding: 'utf8',
          env: { ...process.env, ...CLI_ENV, XDG_CONFIG_HOME: config }
        }
      );
      if (!help.includes(`m365 ${command} [options]`)) missing.push(`${command}: no such command`);
      for (const option of options)
        if (!new RegExp(`(^|\\s)${option}(\\s|$)`, 'm').test(help)) missing.push(`${command} ${option}`);
    }
  };
  await Promise.all([1, 2, 3, 4].map(worker));
  expect(missing).toEqual([]);
}, 120000);
