// TUNING-SET figures: how well the default taxonomy tags the seed statements its rules were written
// and adjusted against (labelled.ts, labelledRest2025.ts). They are NOT a measure of generalisation:
// that is heldOut.test.ts, on statements the rules never saw. These floors guard against regressions.
//
// Avoiding overfitting: the first set (labelled.ts) was labelled before any rule existed, from the
// theme descriptions; the rules were then written from the same descriptions in general council
// vocabulary (caseloads, agency staff, office space, out of area...) with explicit variants. Misses
// that would need a one-sentence rule (OCR "Al" for AI, "Having Jess back", "picking up this work")
// are left as misses. The second set (labelledRest2025.ts, every other statement of the July 2025
// forms) was labelled afterwards without running the tagger; on it the rules first scored precision
// 74.1% / recall 46.5%. Five general changes followed (no bare "happy"/"valued"; "praise", "strong
// team", "team culture"; "more staff"; working from home), giving 85.7% / 55.8% there. Both subsets
// are printed; the floors apply to all statements and sit a little below what the rules achieve.
import { DEFAULT_TAXONOMY } from '../../../src/core/themes/taxonomy';
import { tagAll } from '../../../src/core/themes/tagger';
import { LABELLED } from './labelled';
import { LABELLED_REST_2025 } from './labelledRest2025';
import { evaluate, report, row } from './scoring';

const PRECISION_FLOOR = 0.92;
const RECALL_FLOOR = 0.82;

const ALL = [...LABELLED, ...LABELLED_REST_2025];
const all = evaluate(ALL, DEFAULT_TAXONOMY);
const first = evaluate(LABELLED, DEFAULT_TAXONOMY);
const rest = evaluate(LABELLED_REST_2025, DEFAULT_TAXONOMY);

describe('theme tagging on the tuning set (hand-labelled statements the rules were tuned on)', () => {
  it('has enough real statements, some with no theme and some with several', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(45);
    expect(ALL.filter((l) => l.expected.length === 0).length).toBeGreaterThanOrEqual(5);
    expect(ALL.filter((l) => l.expected.length >= 2).length).toBeGreaterThanOrEqual(5);
    for (const paper of ['seed-000', 'seed-001', 'seed-004']) expect(ALL.some((l) => l.paper === paper)).toBe(true);
    expect(new Set(ALL.map((l) => l.text)).size).toBe(ALL.length);
    const ids = DEFAULT_TAXONOMY.themes.map((t) => t.id);
    for (const l of ALL) for (const id of l.expected) expect(ids).toContain(id);
  });

  it(`reaches precision >= ${PRECISION_FLOOR} and recall >= ${RECALL_FLOOR} (micro, tuning set)`, () => {
    const title = `Theme tagging, TUNING SET (not a measure of generalisation): ${ALL.length} statements`;
    const subsets = [
      row(`labelled first (${LABELLED.length})`, first.micro),
      row(`rest of 2025 (${LABELLED_REST_2025.length})`, rest.micro)
    ];
    console.log([report(title, all), '', ...subsets].join('\n'));
    expect(all.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(all.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });

  it('gives statements labelled with no theme no theme at least most of the time', () => {
    const none = ALL.filter((l) => l.expected.length === 0);
    const tagged = tagAll(
      none.map((l, i) => ({
        key: `none:${i}`,
        text: l.text,
        area: l.area,
        kind: l.kind,
        period: l.period,
        source: { kind: 'history' as const }
      })),
      DEFAULT_TAXONOMY
    );
    expect(tagged.filter((t) => t.themes.length === 0).length / none.length).toBeGreaterThanOrEqual(0.8);
  });
});
