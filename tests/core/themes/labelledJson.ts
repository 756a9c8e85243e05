// The typed loader of the hand-labelled statements (labelled.json, labelledRest2025.json): it reads a
// JSON file beside this one and checks every value's shape, naming where a wrong one is, so a typo
// in the data fails the tests that read it instead of skewing the evaluation.
import * as fs from 'fs';
import * as path from 'path';

/** The parsed JSON file `file` in this folder. */
export const readBeside = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(__dirname, file), 'utf8'));

function fail(where: string, what: string): never {
  throw new Error(`${where}: ${what}`);
}

export const list = (v: unknown, where: string): unknown[] => (Array.isArray(v) ? v : fail(where, 'not a list'));

export const record = (v: unknown, where: string): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : fail(where, 'not an object');

export const text = (v: unknown, where: string): string =>
  typeof v === 'string' && v.trim() !== '' ? v : fail(where, 'not a text');

export const texts = (v: unknown, where: string): string[] => list(v, where).map((x, i) => text(x, `${where}[${i}]`));

export const oneOf = <T extends string>(v: unknown, allowed: readonly T[], where: string): T =>
  allowed.includes(v as T) ? (v as T) : fail(where, `${JSON.stringify(v)} is not one of ${allowed.join(', ')}`);
