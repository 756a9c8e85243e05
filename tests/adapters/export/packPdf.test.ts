/**
 * @jest-environment node
 */
// The built .docx opens in a real word processor: LibreOffice converts it to PDF (headless), and
// the PDF has pages and the report's words in order: BRIEFING REPORT and the numbered headings.
// LibreOffice (libreoffice-writer-nogui) and poppler-utils are installed by .ci/run; without them
// this test fails, as it should: nothing here is skipped.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packToDocx } from '../../../src/adapters/export/packDocx';
import { sampleDraft, samplePack } from './fixtures';

jest.setTimeout(180000);

let dir: string;
let text: string;
let pages: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-pdf-'));
  const docx = path.join(dir, 'pack.docx');
  fs.writeFileSync(docx, await packToDocx(samplePack(), sampleDraft(), { councilName: 'Cheshire East' }));
  // Its own profile, so a LibreOffice another test or person runs at the same time does not interfere.
  const profile = `-env:UserInstallation=file://${path.join(dir, 'profile')}`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    timeout: 150000,
    stdio: 'pipe'
  });
  const pdf = path.join(dir, 'pack.pdf');
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the pack .docx in LibreOffice', () => {
  it('converts to a PDF with pages', () => {
    expect(pages).toBeGreaterThan(0);
  });

  it('reads as the briefing report: BRIEFING REPORT, then the headings and numbered paragraphs in order', () => {
    const inOrder = [
      /OPEN/,
      /BRIEFING REPORT/,
      /Purpose of Report/,
      /^\s*1\s+To summarise and report on frontline visits/m,
      /Background/,
      /^\s*2\s+On 14 July 2025/m,
      /^\s*2\.1\s+During each visit/m,
      /Briefing Information/,
      /^\s*3\s+Summary of the strengths identified in relation to quality of practice/m,
      /^\s*3\.1\s+Summary of the areas for development identified/m,
      /Themes across the years/,
      /Implications/,
      /^\s*4\s+There are no direct legal implications/m,
      /Access to Information/
    ];
    let from = 0;
    for (const re of inOrder) {
      const m = re.exec(text.slice(from));
      expect({ heading: String(re), found: !!m }).toEqual({ heading: String(re), found: true });
      from += (m?.index ?? 0) + (m?.[0].length ?? 0);
    }
  });
});
