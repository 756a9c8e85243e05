/**
 * @jest-environment node
 */
// `npm run retention` as an officer runs it: a separate process against the local list server, on
// the seeded 2016-2026 site. The dry run prints what would go and why and changes nothing; a real
// run deletes it; bad arguments print the usage (exit 2); --purview prints the label's commands.
import { startSite, type Site } from '../adapters/sp/harness';
import { retentionArgs } from '../../src/node/retention';
import { retentionLabelCommands } from '../../src/node/retentionLabel';
import { commandLine } from '../../src/node/setup/runner';
import { FORM_TEXT, retentionAudit, seedRetentionSite, titles } from '../kits/retentionData';
import { processSourceFor } from '../../src/node/process';
import { FRONTLINE_2025_SETTINGS } from '../../src/core/settings';
import { runScript, type ScriptRun } from '../kits/cli';

jest.setTimeout(180000);

let site: Site;
const retention = (args: string[]): Promise<ScriptRun> => runScript('retention', args, { SP_SITE_URL: site.url });

beforeAll(async () => {
  site = await startSite();
  await seedRetentionSite(site.sp());
});
afterAll(() => site?.close());

describe('npm run retention', () => {
  it('--dry-run prints what would go and why, and changes nothing', async () => {
    const before = await titles(site.sp());
    const run = await retention(['--dry-run', '--now', '2026-06-01T00:00:00Z']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.slice(0, 6)).toEqual([
      `Retention sweep (dry run: nothing is changed) at 2026-06-01T00:00:00.000Z against ${site.url}`,
      'responses: 8 items, would delete 2',
      'findings: 16 items, would delete 10',
      'sendLog: 10 items, would delete 8',
      'conversations: 5 items, would delete 3',
      'audit: 5 items, would delete 4'
    ]);
    expect(lines).toContain(
      '  findings 1: submitted form: 6 years after the committee meeting of 2019-01-15 (due 2025-01-15)'
    );
    expect(lines).toContain('  conversations 3: conversation of a councillor who has left (inactive)');
    expect(lines).toHaveLength(6 + 27);
    expect(run.stdout).not.toContain(FORM_TEXT);
    expect(await titles(site.sp())).toEqual(before);
    expect(await retentionAudit(site.sp())).toEqual([]);
  });

  it('without --dry-run deletes it, and a second run deletes nothing', async () => {
    const run = await retention(['--now', '2026-06-01T00:00:00Z']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('findings: 16 items, deleted 10');
    expect((await titles(site.sp())).findings).toHaveLength(6);
    expect(await retentionAudit(site.sp())).toHaveLength(27);
    const again = await retention(['--now', '2026-06-01T00:00:00Z']);
    expect(again.stdout).toContain('findings: 6 items, deleted 0');
    expect(await retentionAudit(site.sp())).toHaveLength(27);
  });

  it('prints the usage with exit code 2 on bad arguments', async () => {
    const run = await retention(['--now', 'yesterday']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--now must be a date and time such as 2026-06-01T00:00:00Z (got 'yesterday')");
    expect(run.stderr).toContain('Usage: npm run retention -- [--dry-run] [--now <ISO time>] [--purview]');
    expect(() => retentionArgs(['--delete-everything'])).toThrow(
      "unknown argument '--delete-everything' (allowed: --dry-run, --now, --purview)"
    );
    expect(retentionArgs(['--dry-run'])).toEqual({ dryRun: true, purview: false });
  });

  it("--purview prints the commands that apply the settings' label, and the sweep then deletes nothing", async () => {
    const sp = site.sp();
    const none = await retention(['--purview']);
    expect(none.stdout).toContain('No retention label is set');
    const source = processSourceFor(sp);
    const { settings } = await source.current();
    const etag = (
      (await sp.web.lists.getByTitle('Process Settings').items.select('Id').top(1)()) as { 'odata.etag': string }[]
    )[0]['odata.etag'];
    await source.save(
      {
        ...settings,
        retention: {
          formsYears: 6,
          draftDays: 90,
          botDays: 400,
          auditYears: 7,
          retentionLabel: 'Council records: 6 years'
        }
      },
      etag,
      'officer@example.gov.uk'
    );
    const run = await retention(['--purview']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').slice(1)).toEqual(
      retentionLabelCommands(site.url, 'Council records: 6 years').map(commandLine)
    );
    expect(run.stdout).toContain(
      `m365 spo list retentionlabel ensure --webUrl ${site.url} --listTitle "Visit Findings" --name "Council records: 6 years" --syncToItems --output json`
    );
    const sweep = await retention(['--now', '2040-01-01T00:00:00Z']);
    expect(sweep.stdout).toContain(
      "The Purview retention label 'Council records: 6 years' keeps these lists: the sweep deletes nothing."
    );
    expect((await titles(sp)).findings).toHaveLength(6);
    expect(FRONTLINE_2025_SETTINGS.retention).toBeUndefined();
  });
});
