/**
 * @jest-environment jsdom
 */
// The checks every card gets, built from its sample input through its builder. Set
// UPDATE_CARD_DATA=1 to rewrite the `*.data.json` files after an intended change to a mapping.
import * as fs from 'fs';
import * as path from 'path';
import { expandCard } from '../../../src/bot/cards/expand';
import { expectGoodCard } from './harness';
import { CARDS } from './registry';

const CARD_DIR = path.join(__dirname, '../../../src/bot/cards');
const TEST_DIR = __dirname;
const templates = fs
  .readdirSync(CARD_DIR)
  .filter((f) => f.endsWith('.template.json'))
  .map((f) => f.replace(/\.template\.json$/, ''));
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(CARD_DIR, file), 'utf8'));

describe('every card template', () => {
  it('finds the templates', () => {
    expect(templates.length).toBeGreaterThanOrEqual(12);
  });

  it.each(templates)('%s has sample data, a builder, a registry entry and a builder test', (name) => {
    expect(fs.existsSync(path.join(CARD_DIR, `${name}.data.json`))).toBe(true);
    expect(fs.existsSync(path.join(CARD_DIR, `${name}.ts`))).toBe(true);
    expect(Object.keys(CARDS)).toContain(name);
    const builder = `build${name[0].toUpperCase()}${name.slice(1)}Card(`;
    const tests = fs.readdirSync(TEST_DIR).filter((f) => f.endsWith('.test.ts') && f !== 'cards.test.ts');
    expect(tests.some((f) => fs.readFileSync(path.join(TEST_DIR, f), 'utf8').includes(builder))).toBe(true);
  });
});

describe.each(Object.keys(CARDS) as Array<keyof typeof CARDS>)('the %s card', (name) => {
  const entry = CARDS[name];

  it('has sample data that is exactly what its builder makes of the sample input', () => {
    const file = path.join(CARD_DIR, `${name}.data.json`);
    const data = entry.data();
    if (process.env.UPDATE_CARD_DATA === '1') fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
    expect(readJson(`${name}.data.json`)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('expands from its template and sample data to what the builder returns', () => {
    expect(expandCard(readJson(`${name}.template.json`) as object, readJson(`${name}.data.json`) as object)).toEqual(
      entry.build()
    );
  });

  it('parses as Adaptive Card 1.5 without complaint, fits, keeps the action rules and renders', () => {
    const rendered = expectGoodCard(entry.build(), { concernsVisit: entry.concernsVisit });
    for (const text of entry.shows) expect(rendered.text).toContain(text);
  });

  it('builds the same card twice (templates are not changed by expanding them)', () => {
    expect(entry.build()).toEqual(entry.build());
  });
});
