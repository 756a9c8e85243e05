/**
 * @jest-environment node
 */
// `npm run pack -- --meeting ... --out ...` as an officer runs it: a separate process against the
// local list server with a saved draft for the 2 September 2025 meeting; the .docx is read back.
import * as fs from 'fs';
import * as path from 'path';
import { seedHistory } from '../../src/node/importHistory';
import { spRepositories } from '../../src/adapters/sp/repositories';
import { SpPackDraftStore } from '../../src/adapters/sp/packDrafts';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { newPackDraft, writeBullet } from '../../src/core/pack/draft';
import { DEFAULT_PACK_SETTINGS } from '../../src/core/pack/settings';
import { packArgs } from '../../src/node/pack';
import { openDocx } from '../adapters/export/docxXml';
import { localProductForFile, runScript, type ScriptRun } from '../kits/cli';

jest.setTimeout(180000);

const CF = 'Cared For Children and Care Leavers Committee';
const BULLET = 'Written by the officer for the CLI: staff feel listened to.';

const product = localProductForFile('frontline-pack-');
const pack = (args: string[]): Promise<ScriptRun> =>
  runScript('pack', args, { SP_SITE_URL: product.local().server.url });

beforeAll(async () => {
  const sp = nodeSp(product.local().server.url, { kind: 'local', user: LOCAL_ADMIN });
  await seedHistory(sp);
  const repos = spRepositories(sp);
  const visits = (await repos.visits.query()).filter((v) => v.committeeDate?.startsWith('2025-09-02'));
  const forms = (await repos.findings.forVisits(visits.map((v) => v.id))).filter((f) => f.status === 'Submitted');
  expect(forms.length).toBeGreaterThan(0);
  const meeting = { committee: CF, committeeDay: '2025-09-02', appendices: forms.map((f) => ({ findingsId: f.id })) };
  const draft = writeBullet(newPackDraft(meeting, DEFAULT_PACK_SETTINGS), 'qualityStrengths', BULLET, []);
  await new SpPackDraftStore(sp).save(undefined, { ...draft, serviceResponse: 'The service thanks the councillors.' });
});

describe('npm run pack', () => {
  it("writes the meeting's saved pack as the page's .docx and says what went in", async () => {
    const out = path.join(product.dir(), 'pack.docx');
    const run = await pack(['--meeting', '2025-09-02', '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${out}`);
    expect(run.stdout).toMatch(new RegExp(`${CF}, 2025-09-02: 1 summary bullet, 3 forms appended`));
    const texts = openDocx(fs.readFileSync(out)).paragraphs.map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['OPEN', 'BRIEFING REPORT']);
    expect(texts).toContain(BULLET);
    expect(texts.some((t) => t.includes('The service thanks the councillors.'))).toBe(true);
    // The themes, scoped: this meeting's 3 forms (July 2025) against July 2024 and each seed paper.
    const at = texts.indexOf('Themes across the years');
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toMatch(
      /Themes raised at this meeting's visits \(This meeting: 3 forms\), set against the same period last year \(July 2024\) and the seed papers \(2018 paper \(2017-18 visits\); .*\):$/
    );
    expect(texts[at + 2]).toMatch(
      /^[A-Z][^.]+\. This meeting: \d+ statements? .*Same period last year \(July 2024\): .*Seed papers: 2018 paper \(2017-18 visits\) \d+/
    );
  });

  it('says which meetings have a saved pack when this one has none, with exit code 1', async () => {
    const run = await pack(['--meeting', '2025-11-10', '--out', path.join(product.dir(), 'none.docx')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      `No saved pack for the meeting on 2025-11-10. Meetings with a saved pack: 2025-09-02 (${CF}).`
    );
    expect(fs.existsSync(path.join(product.dir(), 'none.docx'))).toBe(false);
  });

  it('prints the usage with exit code 2 on bad arguments', async () => {
    const run = await pack(['--meeting', 'next week', '--out', 'x.docx']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--meeting must be a day such as 2025-09-02 (got 'next week')");
    expect(run.stderr).toContain('Usage: npm run pack -- --meeting <YYYY-MM-DD> --out <file.docx>');
  });

  it('reads its arguments, refusing what is not allowed', () => {
    expect(packArgs(['--meeting', '2025-09-02', '--out', 'a.docx'])).toEqual({
      meeting: '2025-09-02',
      out: path.resolve('a.docx'),
      committee: undefined
    });
    expect(() => packArgs(['--out', 'a.docx'])).toThrow('--meeting is required');
    expect(() => packArgs(['--meeting', '2025-09-02'])).toThrow('--out is required');
    expect(() => packArgs(['--meeting', '2025-09-02', '--out', 'a.pdf'])).toThrow(/must name a .docx file/);
    expect(() => packArgs(['--meeting', '2025-09-02', '--out', 'a.docx', '--force', 'x'])).toThrow(
      /unknown argument '--force'/
    );
    expect(() => packArgs(['--meeting', '--out', 'a.docx'])).toThrow('--meeting needs a value');
  });
});
