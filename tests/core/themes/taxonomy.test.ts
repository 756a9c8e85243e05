import { ConfigError } from '../../../src/core/errors';
import { DEFAULT_TAXONOMY, validateTaxonomy } from '../../../src/core/themes/taxonomy';

const theme = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id,
  name: `Theme ${id}`,
  description: 'From the seeds.',
  rules: [{ phrases: ['caseloads'] }],
  ...extra
});
const problems = (input: unknown): string => {
  try {
    validateTaxonomy(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected the taxonomy to be rejected');
};

describe('DEFAULT_TAXONOMY', () => {
  it('has the nine recurring themes of the issue and the few others the seeds show', () => {
    expect(DEFAULT_TAXONOMY.themes.map((t) => t.id)).toEqual([
      'workload',
      'recruitment-retention',
      'office-conditions',
      'training-time',
      'supervision',
      'foster-carers',
      'it-systems',
      'partnership',
      'travel-placements',
      'morale-support',
      'career-progression',
      'management-stability'
    ]);
    for (const t of DEFAULT_TAXONOMY.themes) expect(t.description).toMatch(/[Ss]eed 00[014]/);
  });

  it('is valid, also after a JSON round trip (how a council supplies its own)', () => {
    expect(validateTaxonomy(DEFAULT_TAXONOMY)).toBe(DEFAULT_TAXONOMY);
    expect(validateTaxonomy(JSON.parse(JSON.stringify(DEFAULT_TAXONOMY)))).toEqual(DEFAULT_TAXONOMY);
  });
});

describe('validateTaxonomy', () => {
  it('rejects what is not an object', () => {
    expect(problems(null)).toBe('A theme taxonomy must be an object.');
    expect(problems([theme('a')])).toBe('A theme taxonomy must be an object.');
  });

  it('lists every problem at once', () => {
    const message = problems({
      id: '',
      version: '1',
      themes: [
        theme('workload'),
        theme('workload'),
        theme('Bad Id'),
        theme('no-name', { name: ' ' }),
        theme('no-rules', { rules: [] }),
        theme('empty-phrases', { rules: [{ phrases: [] }] }),
        theme('blank-phrase', { rules: [{ phrases: ['caseloads', '  '] }] }),
        theme('punctuation', { rules: [{ phrases: ['--'] }] }),
        theme('bad-unless', { rules: [{ phrases: ['pay'], unless: 'payments' }] }),
        'not a theme'
      ]
    });
    expect(message).toContain('id is required text');
    expect(message).toContain("theme 'workload': id is used twice");
    expect(message).toContain("theme 'Bad Id': id must be lower-case letters, digits and hyphens");
    expect(message).toContain("theme 'no-name': name is required text");
    expect(message).toContain("theme 'no-rules': at least one rule is needed");
    expect(message).toContain("theme 'empty-phrases' rule 1 phrases must be a non-empty list of phrases");
    expect(message).toContain("theme 'blank-phrase' rule 1 phrases has an empty phrase or one with no words");
    expect(message).toContain("theme 'punctuation' rule 1 phrases has an empty phrase or one with no words");
    expect(message).toContain("theme 'bad-unless' rule 1 unless must be a non-empty list of phrases");
    expect(message).toContain('theme 10 must be an object');
  });

  it('needs at least one theme and a version', () => {
    const message = problems({ id: 'own', themes: [] });
    expect(message).toContain('version is required text');
    expect(message).toContain('at least one theme is needed');
  });
});
