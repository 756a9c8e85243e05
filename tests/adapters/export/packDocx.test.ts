import * as fs from 'fs';
import * as path from 'path';
import { DOCX_MIME_TYPE, packToDocx } from '../../../src/adapters/export/packDocx';
import type { CommitteePack } from '../../../src/core/pack/types';
import { openDocx, OpenedDocx, parseXml } from './docxXml';
import { sampleDraft, samplePack, XSS } from './fixtures';

const EXPORT_DIR = path.join(__dirname, '../../../src/adapters/export');

const SEED_004 = fs.readFileSync(path.join(__dirname, '../../../data/seeds/004_612cc97b3255ff55.txt'), 'utf8');
/** Seed 004's frontline briefing report, from its marking to its background papers. */
const REPORT_START = SEED_004.lastIndexOf('OPEN\n\nBRIEFING REPORT');
const SEED_REPORT = SEED_004.slice(REPORT_START, SEED_004.indexOf('Background Papers:', REPORT_START));
/** The headings of seed 004's report, in its order (each checked to be in the seed's text). */
const SEED_HEADINGS = [
  'OPEN',
  'BRIEFING REPORT',
  'Cared For Children and Care Leavers Committee',
  'Engagement with frontline services from councillors',
  'Report of: Allison Sollom',
  'Purpose of Report',
  'Background',
  'Briefing Information',
  'Summary of the strengths identified in relation to quality of practice:',
  'Summary of the areas for development identified in relation to quality of practice:',
  'Summary of the strengths in the experience of working for Cheshire East:',
  'Summary of areas for development in the experience of working for Cheshire East:',
  'Service response to the findings',
  'Implications',
  'Monitoring Officer/Legal',
  'Section 151 Officer/Finance',
  'Human Resources',
  'Risk Management',
  'Impact on other Committees',
  'Policy',
  'Other Implications',
  'Access to Information'
];

describe('packToDocx', () => {
  let doc: OpenedDocx;
  const texts = (): string[] => doc.paragraphs.map((p) => p.text);
  /** Paragraph text without its number: "3\tSummary ..." → "Summary ...". */
  const bare = (t: string): string => t.replace(/^\d+(\.\d+)?\t/, '');

  beforeAll(async () => {
    const bytes = await packToDocx(samplePack(), sampleDraft(), { councilName: 'Cheshire East' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK": a zip, as .docx is
    doc = openDocx(bytes);
  });

  it("has seed 004's headings in seed 004's order, from OPEN to Access to Information", () => {
    for (const h of SEED_HEADINGS)
      expect({ h, inSeed: SEED_REPORT.includes(h.replace(/\.\.\.$/, '')) }).toEqual({ h, inSeed: true });
    const all = texts().map(bare);
    let at = -1;
    for (const h of SEED_HEADINGS) {
      const next = all.findIndex((t, i) => i > at && (t === h || t.startsWith(h)));
      expect({ h, found: next > at }).toEqual({ h, found: true });
      at = next;
    }
    expect(texts().slice(0, 6)).toEqual([
      'OPEN',
      'BRIEFING REPORT',
      'Cared For Children and Care Leavers Committee',
      'Date: 2 September 2025',
      'Engagement with frontline services from councillors',
      'Report of: Allison Sollom'
    ]);
  });

  it('numbers the paragraphs as seed 004 does: 1, 2, 2.1, 3 for the first summary, 3.n after, implications on from 4', () => {
    const numbered = doc.paragraphs.filter((p) => p.style === 'NumberedParagraph').map((p) => p.text.split('\t'));
    const numberOf = (start: string): string | undefined => numbered.find(([, t]) => t.startsWith(start))?.[0];
    expect(numberOf('To summarise and report on frontline visits')).toBe('1');
    expect(numberOf('On 14 July 2025')).toBe('2');
    expect(numberOf('During each visit, the councillors undertook four meetings')).toBe('2.1');
    expect(numberOf('Summary of the strengths identified in relation to quality of practice')).toBe('3');
    expect(numberOf('Summary of the areas for development identified')).toBe('3.1');
    expect(numberOf('Summary of areas for development in the experience of working for Cheshire East')).toBe('3.3');
    expect(numberOf('It is positive to know')).toMatch(/^3\.\d+$/);
    expect(numberOf('There are no direct legal implications.')).toBe('4');
    const implications = numbered.filter(([n]) => /^\d+$/.test(n) && Number(n) >= 4).map(([n]) => Number(n));
    expect(implications).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    // Word styles a council can restyle: headings, the numbered paragraph and the marking are named styles.
    const styles = doc.files.get('word/styles.xml') ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'NumberedParagraph', 'Marking', 'Committee'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('w:val="en-GB"');
  });

  it('scopes the themes: this meeting against the same period last year and the seed papers, each labelled', () => {
    const at = texts().findIndex((t) => t === 'Themes across the years');
    expect(at).toBeGreaterThan(0);
    expect(bare(texts()[at + 1])).toBe(
      "Themes raised at this meeting's visits (This meeting: 3 forms), set against the same period last year (July 2024) and the seed papers (2018 paper (2017-18 visits)):"
    );
    expect(texts()[at + 2]).toBe(
      'Workloads and caseloads. This meeting: 3 statements (1 strength, 2 areas for development). Same period last year (July 2024): none. Seed papers: 2018 paper (2017-18 visits) 4. <script>alert(1)</script>'
    );
  });

  it("writes the officer's bullets, not the 98 statements verbatim, and says what is not yet written up", () => {
    const bullets = doc.paragraphs.filter((p) => p.bullet).map((p) => p.text);
    expect(bullets).toContain("Staff are dedicated and passionate and the child's voice is at the centre of practice");
    expect(bullets).toContain('AI is helping to reduce workload in report writing');
    expect(bullets).not.toContain(samplePack().summary.qualityDevelopment[0].text);
    expect(texts()).toContain('Not yet written up (3 statements in the forms).');
  });

  it('lists the forms outstanding or late for the meeting', () => {
    const i = texts().findIndex((t) => bare(t) === 'Forms outstanding or returned late for this meeting:');
    expect(i).toBeGreaterThan(0);
    expect(texts()[i + 1]).toBe(
      'Councillor Moreton, Cared for Teams (visited 21 July 2025): form outstanding, due 28 July 2025, 36 days late.'
    );
  });

  it("appends each form in the form's table layout, each on a new page, and names them under Access to Information", () => {
    const tables = doc.xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(4); // Access to Information + three forms
    expect(tables[1]).toContain('Name of Councillor');
    expect(tables[1]).toContain('Sarah Bennett-Wake');
    expect(tables[1]).toContain('Quality of practice');
    expect(texts()).toContain('Appendix 3: Councillor frontline visits form: Councillor Ben Wye');
    expect(tables[0]).toContain('Contact Officer:');
    expect(tables[0]).toContain('allison.sollom@example.gov.uk');
    expect(doc.xml.match(/<w:pageBreakBefore\/>/g) ?? []).toHaveLength(3);
  });

  it('shows typed script and markup as literal text, escaped in the XML', () => {
    expect(doc.xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(doc.xml).not.toMatch(/<script|<b>/);
    expect(texts()).toContain(`${XSS}\nPasted\nfrom Word with a bell.`);
  });

  it('drops characters XML cannot hold, so Word still opens the file', () => {
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 cannot hold, named on purpose
    expect(doc.xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    for (const [name, xml] of doc.files)
      if (name.endsWith('.xml') || name.endsWith('.rels')) expect(() => parseXml(xml)).not.toThrow();
  });

  it('sets the document properties screen readers and the accessibility checker read', () => {
    const core = doc.files.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:title>Engagement with frontline services from councillors</dc:title>');
    expect(core).toContain('<dc:subject>Cared For Children and Care Leavers Committee, 2 September 2025</dc:subject>');
    expect(core).toContain('<dc:creator>Allison Sollom</dc:creator>');
    expect(DOCX_MIME_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('writes placeholders for an empty pack rather than empty sections', async () => {
    const empty: CommitteePack = {
      ...samplePack(),
      summary: { qualityStrengths: [], qualityDevelopment: [], experienceStrengths: [], experienceDevelopment: [] },
      hosResponses: [],
      outstanding: [],
      appendices: []
    };
    const draft = {
      ...sampleDraft(),
      serviceResponse: '  ',
      summary: { qualityStrengths: [], qualityDevelopment: [], experienceStrengths: [], experienceDevelopment: [] }
    };
    const all = openDocx(await packToDocx(empty, draft)).paragraphs.map((p) => bare(p.text));
    expect(all.filter((t) => t === 'None identified.')).toHaveLength(4);
    expect(all).toContain('The service response is to follow.');
    expect(all).toContain('Summary of the strengths in the experience of working for the council:');
    expect(all.some((t) => t.startsWith('Appendix'))).toBe(false);
  });
});

describe('docx is loaded lazily', () => {
  it('has no value import of docx in any export module, and one dynamic import in its own chunk', () => {
    const sources = fs.readdirSync(EXPORT_DIR).filter((f) => f.endsWith('.ts'));
    for (const file of sources) {
      const text = fs.readFileSync(path.join(EXPORT_DIR, file), 'utf8');
      const staticImports = text.match(/^\s*(import|export)\s[^;]*?from\s+['"]docx['"]/gm) ?? [];
      expect({ file, valueImports: staticImports.filter((s) => !/^\s*import\s+type\s/.test(s)) }).toEqual({
        file,
        valueImports: []
      });
      expect({ file, requires: text.match(/require\(\s*['"]docx['"]\s*\)/g) }).toEqual({ file, requires: null });
    }
    const packDocx = fs.readFileSync(path.join(EXPORT_DIR, 'packDocx.ts'), 'utf8');
    expect(packDocx).toContain("await import(/* webpackChunkName: 'docx-export' */ 'docx')");
  });

  it('does not load docx until a pack is exported', async () => {
    let loaded = false;
    await jest.isolateModulesAsync(async () => {
      jest.doMock('docx', () => {
        loaded = true;
        return jest.requireActual('docx');
      });
      const mod = await import('../../../src/adapters/export');
      expect(loaded).toBe(false);
      await mod.packToDocx(samplePack(), sampleDraft());
      expect(loaded).toBe(true);
    });
  });
});
