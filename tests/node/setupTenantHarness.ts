// Shared by the `npm run setup:tenant` tests (setupTenant, setupTenantRun, setupTenantCli): the
// options for a sample site, its install plan, and every command a list of steps holds.
import { parseSetupArgs } from '../../src/node/setup/options';
import { installPlan, type Command, type Step } from '../../src/node/setup/plan';

export const SITE = 'https://contoso.sharepoint.com/sites/frontline';
export const ARGS = [
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
export const SOLUTION = { version: '0.1.0.0', teamsAppId: '9eaba4fd-594e-4ff5-9207-d205f2eebddf' };
export const plan = (): Step[] => installPlan(parseSetupArgs(ARGS).options, SOLUTION);
export const all = (steps: Step[]): Command[] =>
  steps.flatMap((s) => [...(s.check ? [s.check.command] : []), ...s.change, ...(s.whenDone ?? [])]);
