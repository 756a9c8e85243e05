// `npm run setup:tenant`: the plan for a sample site and the usage message. The skip-when-done logic
// with a fake CLI is in setupTenantRun.test.ts; the plans checked against the installed CLI in
// setupTenantCli.test.ts.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { readSolution } from '../../src/node/setup/main';
import { parseSetupArgs, UsageError } from '../../src/node/setup/options';
import { runPlan } from '../../src/node/setup/runner';
import { ARGS, SITE, SOLUTION, plan } from './setupTenantHarness';

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
