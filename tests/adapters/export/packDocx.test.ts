import * as fs from 'fs';
import * as path from 'path';
import { DOCX_MIME_TYPE, packToDocx } from '../../../src/adapters/export/packDocx';
import type { CommitteePack } from '../../../src/core/pack/types';
import { DocParagraph, openDocx, OpenedDocx, parseXml } from './docxXml';
import { FOSTER_QUESTION, samplePack, XSS } from './fixtures';

const EXPORT_DIR = path.join(__dirname, '../../../src/adapters/export');

describe('packToDocx', () => {
  let doc: OpenedDocx;
  const texts = (): string[] => doc.paragraphs.map((p) => p.text);
  const styled = (style: string): string[] => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
  const after = (text: string, count: number): DocParagraph[] => {
    const i = doc.paragraphs.findIndex((p) => p.text === text);
    expect(i).toBeGreaterThanOrEqual(0);
    return doc.paragraphs.slice(i + 1, i + 1 + count);
  };

  beforeAll(async () => {
    const bytes = await packToDocx(samplePack(), { councilName: 'Cheshire East', reportOf: 'Allison Sollom' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(bytes.slice(0, 2))).toEqual([0x50, 0x4b]); // "PK": a zip, as .docx is
    doc = openDocx(bytes);
  });

  it('reads like the seed briefing report: title block, then headed sections in order', () => {
    expect(texts().slice(0, 5)).toEqual([
      'BRIEFING REPORT',
      'Cared For Children and Care Leavers Committee',
      'Date: 2 September 2025',
      'Engagement with frontline services from councillors',
      'Report of: Allison Sollom'
    ]);
    expect(doc.paragraphs[0].style).toBe('Title');
    expect(styled('Heading1')).toEqual(['Engagement with frontline services from councillors', 'Appendices']);
    expect(styled('Heading2')).toEqual([
      'Purpose of Report',
      'Background',
      'Briefing Information',
      'Service response to the findings',
      'Head of Service responses',
      'Recurring themes',
      'Appendix 1: Councillor frontline visits form: Councillor Sarah Bennett-Wake',
      'Appendix 2: Councillor frontline visits form: Councillor Sally Ann Holland',
      'Appendix 3: Councillor frontline visits form: Councillor Ben Wye'
    ]);
    expect(styled('Heading3').slice(0, 4)).toEqual([
      'Summary of the strengths identified in relation to quality of practice',
      'Summary of the areas for development identified in relation to quality of practice',
      'Summary of the strengths in the experience of working for Cheshire East',
      'Summary of areas for development in the experience of working for Cheshire East'
    ]);
    // Word's heading styles exist in styles.xml, so the navigation pane and screen readers see them.
    const styles = doc.files.get('word/styles.xml') ?? '';
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4'])
      expect(styles).toContain(`w:styleId="${id}"`);
    expect(styles).toContain('w:val="en-GB"');
  });

  it('puts the purpose and each background sentence in paragraphs', () => {
    expect(after('Purpose of Report', 1)[0].text).toMatch(/^To summarise and report on frontline visits/);
    expect(after('Background', 2).map((p) => p.text.slice(0, 16))).toEqual(['On 14 July 2025 ', 'During each visi']);
  });

  it('lists the summary statements as Word bullets, dropping typed list markers', () => {
    const strengths = after('Summary of the strengths identified in relation to quality of practice', 3);
    expect(strengths.every((p) => p.bullet)).toBe(true);
    expect(strengths[0].text).toMatch(/^All staff are dedicated and passionate/);
    expect(strengths[1].text).toMatch(/^Dip sampling, pathway plans/);
    expect(strengths[1].text).toContain('\n- Only two agency staff'); // later lines keep their line breaks
    expect(strengths[2].text).toMatch(/^Since inception in February 2025/);
  });

  it('keeps the service response paragraphs and line breaks', () => {
    expect(after('Service response to the findings', 2).map((p) => p.text)).toEqual([
      'It is positive to know that staff feel well supported within the service.',
      'Staff spoke positively of their interactions with the Councillors.\nFinally, sincere thanks to the Councillors.'
    ]);
  });

  it('gives each escalated request with its answer, or "Awaiting response"', () => {
    expect(after('Cared for Children Team: Councillor Sarah Bennett-Wake', 5).map((p) => p.text)).toEqual([
      'Issues raised',
      FOSTER_QUESTION,
      'Do we record travel time to out of area placements/visits? Is this paid back?',
      'Response',
      'Awaiting response'
    ]);
    expect(after('Children and Families Court Team: Councillor Ben Wye', 5).map((p) => p.text)).toEqual([
      'Issues raised',
      "Whilst I do not 'require' a response it would be helpful to get feedback and comments.",
      'Response',
      'Thank you. The Court Team pathway is being written up & will be shared.',
      'Responded on 5 August 2025.'
    ]);
  });

  it('appends each form with its header, sections and answers, paragraph by paragraph', () => {
    expect(
      after('Appendix 1: Councillor frontline visits form: Councillor Sarah Bennett-Wake', 5).map((p) => p.text)
    ).toEqual([
      'Name of councillor: Sarah Bennett-Wake',
      'Date of visit: 14 July 2025',
      'Team visited: Cared for Children Team',
      'Quality of practice',
      'Strengths'
    ]);
    const strengths = after('Strengths', 8).map((p) => p.text);
    expect(strengths[7]).toBe(
      'Improvements have been made to the number of visits reaching 90% with plan completion at 94%.'
    );
    expect(styled('Heading3')).toContain('Experience of working for Cheshire East');
    expect(styled('Heading4')).toContain('Areas where you require a response from the head of service');
    // Holland's one-line-per-point answers stay one paragraph with line breaks, not one long line.
    const holland = doc.paragraphs.find((p) => p.text.startsWith('- Dip sampling'));
    expect(holland?.text.split('\n')).toHaveLength(11);
  });

  it('has the recurring themes section, its text shown as text', () => {
    const i = doc.paragraphs.findIndex((p) => p.text === 'Recurring themes');
    expect(i).toBeGreaterThan(0);
    expect(doc.paragraphs[i + 1].text).toMatch(/^Workloads and caseloads: 3 statements in 2025-26 .*also raised in 2017-18 \(4\)\. <script>alert\(1\)<\/script>$/);
  });

  it('starts the appendices and each later form on a new page', () => {
    const pageBreaks = doc.xml.match(/<w:pageBreakBefore\/>/g) ?? [];
    expect(pageBreaks).toHaveLength(3); // Appendices + forms 2 and 3 (form 1 follows the heading)
  });

  it('shows typed script and markup as literal text, escaped in the XML', () => {
    expect(doc.xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(doc.xml).not.toMatch(/<script|<b>/);
    // Parsed as Word parses it, the text is exactly what the councillor typed.
    expect(texts()).toContain(`${XSS}\nPasted\nfrom Word with a bell.`);
  });

  it('drops characters XML cannot hold, so Word still opens the file', () => {
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
      serviceResponse: '  ',
      hosResponses: [],
      appendices: []
    };
    const opened = openDocx(await packToDocx(empty));
    const all = opened.paragraphs.map((p) => p.text);
    expect(all.filter((t) => t === 'None identified.')).toHaveLength(4);
    expect(all).toContain('The service response is to follow.');
    expect(all).toContain('No issues were escalated to the head of service.');
    expect(all).toContain('Summary of the strengths in the experience of working for the council');
    expect(all).not.toContain('Appendices');
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
      await mod.packToDocx(samplePack());
      expect(loaded).toBe(true);
    });
  });
});
