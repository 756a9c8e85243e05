// The seed 004 parser, and what every parsed record must hold, against the real seed papers
// (split from parsers.test.ts; counts made by hand from the text copies in data/seeds/).
import * as fs from 'fs';
import * as path from 'path';
import { parseSeed000Themes, parseSeed001, parseSeed004, SEED_PAPERS } from '../../../src/core/history';
import { SEED_FORMS } from '../../../src/core/samples/forms2025';
import { seedText, SEEDS_DIR } from './seedText';
import { all, byKey, count, s004 } from './parsedSeeds';

describe('seed 004: the briefing summary of the July 2025 forms', () => {
  it('finds the 25 bullets of the four summary lists in para 3, and none of the forms', () => {
    // Quality strengths 5 (2 indented, 3 after a blank line); quality development 7;
    // experience strengths 4; experience development 9 (2, a blank line, 7).
    expect(count(s004, (r) => `${r.area} ${r.kind}`)).toEqual({
      'quality strength': 5,
      'quality development': 7,
      'experience strength': 4,
      'experience development': 9
    });
    expect(
      s004.every(
        (r) => r.summarisesForms === true && r.period === '2025-26' && r.committeeDate === '2025-09-01T23:00:00.000Z'
      )
    ).toBe(true);
    const formText = SEED_FORMS.map((f) => Object.values(f.answers).join('\n')).join('\n');
    expect(s004.filter((r) => formText.includes(r.text))).toEqual([]);
  });

  it('keeps the wording, the list it came from, and the service response (para 3.1)', () => {
    expect(byKey('seed-004:briefing-para-3:quality-strength:5')).toMatchObject({
      text: 'Al is helping to reduce workload in report writing and to produce higher quality work.',
      ref: 'Briefing report, para 3: Summary of the strengths identified in relation to quality of practice',
      serviceArea: 'Cared for Children and Care Leavers'
    });
    expect(byKey('seed-004:briefing-para-3:experience-development:9').text).toBe(
      'Would like training on the use of AI (Co-Pilot).'
    );
    const response = byKey('seed-004:briefing-para-3:quality-development:5').responseText ?? '';
    expect(response).toMatch(/^It is positive to know that staff feel well supported/);
    expect(response).toContain('constantly improve on our offer to care leavers');
    expect(response).not.toMatch(/Implications|no direct legal implications/);
  });
});

describe('every record', () => {
  it('has a unique stable key, a place in its paper, and a real statement (no headings, page numbers or fragments)', () => {
    expect(all).toHaveLength(103);
    expect(new Set(all.map((r) => r.key)).size).toBe(all.length);
    for (const r of all) {
      expect(r.key).toMatch(/^seed-00[014]:[a-z0-9:-]+$/);
      expect(r.ref.length).toBeGreaterThan(5);
      expect(r.text.length).toBeGreaterThanOrEqual(17);
      expect(r.text).toMatch(/^[A-Z]/);
      expect(r.text).not.toMatch(
        /\*\*|\t|\s{2}|^Page \d|[–-]$|^(Areas (of|for)|Summary of|Workload issues|Staffing Issues|Staff Support|Current service)/
      );
      expect(r.responseText).toBeTruthy();
    }
  });

  it('parses the same from a copy with Windows line ends and page numbers between the lines', () => {
    for (const [paper, parse] of [
      ['seed-000', parseSeed000Themes],
      ['seed-001', parseSeed001],
      ['seed-004', parseSeed004]
    ] as const) {
      const text = seedText(paper);
      const mangled = text
        .split('\n')
        .map((line, i) => (i % 40 === 39 && !line.includes('\t') ? `${line}\r\n\r\nPage ${i}\r\n` : line))
        .join('\r\n');
      expect(parse(mangled)).toEqual(parse(text));
      expect(parse('')).toEqual([]);
    }
  });

  it('reads the repo copies, which are the shared seed papers unchanged', () => {
    const shared = path.join(SEEDS_DIR, '..', '..', '..', 'shared', 'seeds');
    for (const p of SEED_PAPERS) {
      const copy = path.join(SEEDS_DIR, p.file);
      expect(fs.existsSync(copy)).toBe(true);
      if (fs.existsSync(path.join(shared, p.file)))
        expect(fs.readFileSync(copy, 'utf8')).toBe(fs.readFileSync(path.join(shared, p.file), 'utf8'));
    }
  });
});
