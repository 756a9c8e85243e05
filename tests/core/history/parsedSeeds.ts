// The three seed papers parsed once, with lookups, for the parser tests.
import { parseSeed000Themes, parseSeed001, parseSeed004, type HistoricalFinding } from '../../../src/core/history';
import { seedText } from './seedText';

export const s000 = parseSeed000Themes(seedText('seed-000'));
export const s001 = parseSeed001(seedText('seed-001'));
export const s004 = parseSeed004(seedText('seed-004'));
export const all = [...s000, ...s001, ...s004];
export const byKey = (key: string): HistoricalFinding => {
  const found = all.find((r) => r.key === key);
  if (!found) throw new Error(`no record ${key}`);
  return found;
};
export const count = (records: HistoricalFinding[], by: (r: HistoricalFinding) => string): Record<string, number> =>
  records.reduce<Record<string, number>>((acc, r) => ({ ...acc, [by(r)]: (acc[by(r)] ?? 0) + 1 }), {});
