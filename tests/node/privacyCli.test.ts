/**
 * @jest-environment node
 */
// `npm run subject-access` and `npm run erase` as an officer runs them: separate processes against a
// local list server with the two councillors' data; usage and exit 2 on bad arguments.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { eraseArgs } from '../../src/node/erase';
import { subjectAccessArgs } from '../../src/node/subjectAccess';
import { siteForFile } from '../adapters/sp/harness';
import { itemsHolding } from '../adapters/sp/privacy/rawScan';
import { ALICE, BOB, seedTwoCouncillors } from '../adapters/sp/privacy/seed';
import { runScript, type ScriptRun } from '../kits/cli';

jest.setTimeout(180000);
const site = siteForFile();
let dir: string;

/** The script against the file's site, without a privacy key (as on the local server). */
const run = (script: string, args: string[]): Promise<ScriptRun> =>
  runScript(script, args, { SP_SITE_URL: site().url, FRONTLINE_PRIVACY_KEY: undefined });

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-privacy-'));
  await seedTwoCouncillors(site());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('npm run subject-access and npm run erase', () => {
  it('writes the export as JSON and .docx, and prints what is held', async () => {
    const res = await run('subject-access', ['--email', 'Alice.Able@example.gov.uk', '--out', dir]);
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    const stem = path.join(dir, 'subject-access-alice.able@example.gov.uk');
    expect(res.stdout.split('\n').slice(0, 2)).toEqual([`Wrote ${stem}.json`, `Wrote ${stem}.docx`]);
    expect(res.stdout).toContain('Visit Findings: 2 items');
    const json = JSON.parse(fs.readFileSync(`${stem}.json`, 'utf8')) as { records: { list: string; itemId: number }[] };
    expect(json.records.length).toBeGreaterThan(8);
    expect(fs.readFileSync(`${stem}.json`, 'utf8')).not.toContain(BOB.email);
    expect(fs.statSync(`${stem}.docx`).size).toBeGreaterThan(1000);
  });

  it('erases with --dry-run changing nothing, then for real, then a second run changes nothing', async () => {
    const dry = await run('erase', ['--email', ALICE.email, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/^Dry run, nothing changed\. Pseudonym: Former councillor [0-9A-F]{8} /);
    expect((await itemsHolding(site(), [ALICE.email])).size).toBeGreaterThan(0);
    const real = await run('erase', ['--email', ALICE.email]);
    expect(real.stderr).toBe('');
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Deleted 3 Teams conversation or send-log items.');
    expect(real.stdout).toMatch(/Kept \(\d+\):\n {2}Councillors item 1 "Former councillor [0-9A-F]{8}": kept inactive/);
    expect(Array.from(await itemsHolding(site(), [ALICE.email, ALICE.name]))).toEqual([]);
    const again = await run('erase', ['--email', ALICE.email]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Nothing to change: nothing names the person any more/);
  });

  it('prints the usage with exit code 2 on bad arguments', async () => {
    const sar = await run('subject-access', ['--email', 'alice', '--out', dir]);
    expect(sar.code).toBe(2);
    expect(sar.stderr).toContain("--email must be an e-mail address such as name@council.gov.uk (got 'alice')");
    expect(sar.stderr).toContain('Usage: npm run subject-access -- --email <address> --out <dir>');
    const erase = await run('erase', ['--email', ALICE.email, '--force']);
    expect(erase.code).toBe(2);
    expect(erase.stderr).toContain("unknown argument '--force' (allowed: --email, --dry-run)");
    expect(erase.stderr).toContain('Usage: npm run erase -- --email <address> [--dry-run]');
  });

  it('reads its arguments, refusing what is not allowed', () => {
    expect(subjectAccessArgs(['--email', ' A@B.gov.uk', '--out', dir])).toEqual({ email: 'a@b.gov.uk', out: dir });
    expect(() => subjectAccessArgs(['--email', 'a@b.gov.uk'])).toThrow('--out is required');
    expect(() => subjectAccessArgs(['--out', dir])).toThrow('--email is required');
    expect(() => subjectAccessArgs(['--email', 'a@b.gov.uk', '--out', path.join(dir, 'missing')])).toThrow(
      /must be an existing folder/
    );
    expect(eraseArgs(['--email', 'a@b.gov.uk'])).toEqual({ email: 'a@b.gov.uk', dryRun: false });
    expect(eraseArgs(['--dry-run', '--email', 'a@b.gov.uk'])).toEqual({ email: 'a@b.gov.uk', dryRun: true });
    expect(() => eraseArgs(['--email'])).toThrow('--email needs a value');
    expect(() => eraseArgs(['--email', 'a@b.gov.uk', '--email', 'c@d.gov.uk'])).toThrow('--email is given twice');
  });
});
