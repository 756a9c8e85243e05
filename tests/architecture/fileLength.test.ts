// No source file over 250 lines (after Prettier, which `npm test` checks first): a longer one is
// split by what it holds. Data is not code: statements, fixtures and tables belong in JSON beside
// the code that reads them, and JSON files are not counted.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, sourceFiles } from './sources';

const MAX_LINES = 250;
const FOLDERS = ['src', 'tests', 'bench', 'scripts'];
const CODE = /\.(ts|tsx|js)$/;

/** Lines as `wc -l` counts them for a file ending in a newline. */
function lineCount(text: string): number {
  if (text === '') return 0;
  const lines = text.split('\n');
  return text.endsWith('\n') ? lines.length - 1 : lines.length;
}

const linesOf = (file: string): number => lineCount(fs.readFileSync(path.join(ROOT, file), 'utf8'));

describe('file length', () => {
  const files = FOLDERS.flatMap((dir) => sourceFiles(dir, CODE));

  it('reads the code of src, tests, bench and scripts, not JSON', () => {
    for (const dir of FOLDERS) expect(files.filter((f) => f.startsWith(dir + path.sep)).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.json'))).toEqual([]);
    expect(files.length).toBeGreaterThan(500);
  });

  it(`keeps every .ts, .tsx and .js file at ${MAX_LINES} lines or fewer`, () => {
    const offenders = files
      .map((f) => ({ f, lines: linesOf(f) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ f, lines }) => `${f}: ${lines} lines`);
    expect(offenders).toEqual([]);
  });

  it('counts lines as wc -l does', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('')).toBe(0);
  });
});
