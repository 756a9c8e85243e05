import { DEFAULT_TAXONOMY } from '../../../src/core/themes/taxonomy';
import { latestCorrections, tagAll, tagStatement, tokens } from '../../../src/core/themes/tagger';
import type { Statement, Taxonomy, ThemeCorrection } from '../../../src/core/themes/types';

const statement = (text: string, key = 'form:1:experienceDevelopment:0'): Statement => ({
  key,
  text,
  area: 'experience',
  kind: 'development',
  period: '2025-26',
  source: { kind: 'form', findingsId: 1, questionId: 'experienceDevelopment' }
});
const ids = (s: Statement, corrections: ThemeCorrection[] = []): string[] =>
  tagStatement(s, DEFAULT_TAXONOMY, corrections).themes.map((m) => m.themeId);
const correction = (
  themeId: string,
  action: 'add' | 'remove',
  at: string,
  by = 'officer@example.gov.uk',
  statementKey = 'form:1:experienceDevelopment:0'
): ThemeCorrection => ({ statementKey, themeId, action, by, at });

describe('rule matching', () => {
  it('explains each theme with the phrases that matched', () => {
    const tagged = tagStatement(statement('The team is understaffed, and caseloads are high.'), DEFAULT_TAXONOMY);
    expect(tagged.themes).toEqual([
      { themeId: 'workload', reasons: ['matched "caseloads"'], byCorrection: false },
      { themeId: 'recruitment-retention', reasons: ['matched "understaffed"'], byCorrection: false }
    ]);
    expect(tagged.removed).toEqual([]);
  });

  it('matches whole words only, treating hyphens and spaces alike', () => {
    expect(tokens("Multi-Agency working; staff didn't")).toEqual(['multi', 'agency', 'working', 'staff', 'didn', 't']);
    expect(ids(statement('Early help individual payments have run out of money.'))).toEqual([]); // not "pay"
    expect(ids(statement('Effective multi-agency working.'))).toEqual(['partnership']); // not "agency staff"
    expect(ids(statement('The case-load is heavy for everyone.'))).toEqual(['workload']);
  });

  it('lets an unless phrase veto a rule', () => {
    expect(ids(statement('Family time needs more supervised contact sessions.'))).toEqual([]);
    expect(ids(statement('Staff said clinical supervision would help.'))).toEqual(['supervision']);
    expect(ids(statement('Turnover of senior management creates changes'))).toEqual(['management-stability']);
    expect(ids(statement('Staff turnover is a real problem in the team.'))).toEqual(['recruitment-retention']);
  });

  it('gives no theme to a statement no rule covers', () => {
    expect(tagStatement(statement('Appropriate decision making for children.'), DEFAULT_TAXONOMY)).toMatchObject({
      themes: [],
      removed: []
    });
  });
});

describe('officer corrections', () => {
  const s = statement('Caseloads are 25 but ideally they should be around 20/22.');

  it('adds a theme no rule matched, saying who and when', () => {
    const tagged = tagStatement(s, DEFAULT_TAXONOMY, [
      { ...correction('recruitment-retention', 'add', '2025-09-03T09:00:00.000Z', 'Lisa Davies'), note: 'staffing' }
    ]);
    expect(tagged.themes.map((m) => m.themeId)).toEqual(['workload', 'recruitment-retention']);
    expect(tagged.themes[1]).toEqual({
      themeId: 'recruitment-retention',
      reasons: ['added by officer correction (Lisa Davies, 2025-09-03): staffing'],
      byCorrection: true
    });
  });

  it('removes a theme a rule matched and keeps it visible in removed', () => {
    const tagged = tagStatement(s, DEFAULT_TAXONOMY, [
      correction('workload', 'remove', '2025-09-03T09:00:00.000Z', 'Lisa Davies')
    ]);
    expect(tagged.themes).toEqual([]);
    expect(tagged.removed).toEqual([
      {
        themeId: 'workload',
        reasons: ['matched "caseloads"', 'removed by officer correction (Lisa Davies, 2025-09-03)'],
        byCorrection: true
      }
    ]);
  });

  it('applies the latest correction per theme, whatever the list order; on equal times the later entry', () => {
    const removeThenAdd = [
      correction('workload', 'add', '2025-09-05T09:00:00.000Z'),
      correction('workload', 'remove', '2025-09-04T09:00:00.000Z')
    ];
    expect(ids(s, removeThenAdd)).toEqual(['workload']);
    expect(
      ids(s, [
        correction('workload', 'add', '2025-09-04T09:00:00.000Z'),
        correction('workload', 'remove', '2025-09-05T09:00:00.000Z')
      ])
    ).toEqual([]);
    const tie = [
      correction('workload', 'add', '2025-09-04T09:00:00.000Z'),
      correction('workload', 'remove', '2025-09-04T09:00:00.000Z')
    ];
    expect(latestCorrections(s.key, tie).get('workload')!.action).toBe('remove');
  });

  it('ignores corrections for other statements and keeps corrections to themes not in the taxonomy', () => {
    const other = correction('workload', 'remove', '2025-09-04T09:00:00.000Z', 'x', 'form:9:qualityStrengths:0');
    expect(ids(s, [other])).toEqual(['workload']);
    expect(
      ids(s, [
        correction('zz-retired-theme', 'add', '2025-09-04T09:00:00.000Z'),
        correction('court-work', 'add', '2025-09-04T09:00:00.000Z')
      ])
    ).toEqual(['workload', 'court-work', 'zz-retired-theme']);
    // Removing a theme no rule matched changes nothing.
    expect(
      tagStatement(s, DEFAULT_TAXONOMY, [correction('supervision', 'remove', '2025-09-04T09:00:00.000Z')]).removed
    ).toEqual([]);
  });
});

describe('tagAll', () => {
  it('tags in input order, routes corrections by key and is deterministic', () => {
    const statements = [
      statement('Caseloads are too high.', 'a'),
      statement('Liquid Logic is great.', 'b'),
      statement('Mileage caps unfair for long visits.', 'c')
    ];
    const corrections = [correction('it-systems', 'remove', '2025-09-04T09:00:00.000Z', 'o', 'b')];
    const once = tagAll(statements, DEFAULT_TAXONOMY, corrections);
    expect(once.map((t) => [t.statement.key, t.themes.map((m) => m.themeId)])).toEqual([
      ['a', ['workload']],
      ['b', []],
      ['c', ['travel-placements']]
    ]);
    expect(tagAll(statements, DEFAULT_TAXONOMY, corrections)).toEqual(once);
  });

  it('works with a council taxonomy', () => {
    const own: Taxonomy = {
      id: 'own',
      version: '1',
      themes: [{ id: 'court', name: 'Court work', description: '', rules: [{ phrases: ['court', 'C2 extensions'] }] }]
    };
    expect(tagAll([statement('Fewer C2 extensions this year.')], own)[0].themes[0]).toEqual({
      themeId: 'court',
      reasons: ['matched "C2 extensions"'],
      byCorrection: false
    });
  });
});
