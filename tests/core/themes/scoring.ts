// Scoring the default taxonomy against hand labels: per-theme and micro true/false positives and
// false negatives, precision and recall, and the disagreements, for the tuning and held-out sets.
import { tagAll } from '../../../src/core/themes/tagger';
import type { Taxonomy } from '../../../src/core/themes/types';

export interface LabelledText {
  text: string;
  expected: string[];
}
export interface Score {
  tp: number;
  fp: number;
  fn: number;
}
export interface Evaluation {
  perTheme: Map<string, Score>;
  micro: Score;
  precision: number;
  recall: number;
  disagreements: string[];
}

export const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
export const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function evaluate(labelled: LabelledText[], taxonomy: Taxonomy): Evaluation {
  const statements = labelled.map((l, i) => ({
    key: `labelled:${i}`,
    text: l.text,
    area: 'other' as const,
    kind: 'other' as const,
    period: '',
    source: { kind: 'history' as const }
  }));
  const perTheme = new Map<string, Score>(taxonomy.themes.map((t) => [t.id, { tp: 0, fp: 0, fn: 0 }]));
  const disagreements: string[] = [];
  tagAll(statements, taxonomy, []).forEach((t, i) => {
    const expected = labelled[i].expected;
    for (const id of new Set([...expected, ...t.themes.map((m) => m.themeId)])) {
      const s = perTheme.get(id)!;
      const match = t.themes.find((m) => m.themeId === id);
      if (expected.indexOf(id) >= 0 && match) s.tp++;
      else if (match) {
        s.fp++;
        disagreements.push(`FP ${id} (${match.reasons.join(', ')}): ${t.statement.text}`);
      } else {
        s.fn++;
        disagreements.push(`FN ${id}: ${t.statement.text}`);
      }
    }
  });
  const micro = { tp: 0, fp: 0, fn: 0 };
  perTheme.forEach((s) => ((micro.tp += s.tp), (micro.fp += s.fp), (micro.fn += s.fn)));
  return {
    perTheme,
    micro,
    precision: ratio(micro.tp, micro.tp + micro.fp),
    recall: ratio(micro.tp, micro.tp + micro.fn),
    disagreements
  };
}

export const HEADER =
  `${'theme'.padEnd(22)} ${'tp'.padStart(3)} ${'fp'.padStart(3)} ${'fn'.padStart(3)} ` +
  `${'precision'.padStart(9)} ${'recall'.padStart(7)}`;

export const row = (name: string, s: Score): string =>
  `${name.padEnd(22)} ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)} ` +
  `${pct(ratio(s.tp, s.tp + s.fp)).padStart(9)} ${pct(ratio(s.tp, s.tp + s.fn)).padStart(7)}`;

/** The per-theme table, the micro row and the disagreements, for printing. */
export function report(title: string, e: Evaluation): string {
  const lines = [title, HEADER];
  e.perTheme.forEach((s, id) => lines.push(row(id, s)));
  lines.push(row('MICRO', e.micro), '', 'Disagreements with the hand labels:');
  return [...lines, ...e.disagreements.map((d) => `  ${d}`)].join('\n');
}
