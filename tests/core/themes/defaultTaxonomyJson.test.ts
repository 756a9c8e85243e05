// The default taxonomy moved from code (taxonomy.ts) into defaultTaxonomy.json (issue 16). The
// fixture tagsBeforeJson.json holds what the code version's rules matched, theme by theme and phrase
// by phrase, for every hand-labelled tuning statement; it was written by the code version (branch
// h-themes, before the move) and must not be regenerated from the JSON version.
import defaultTaxonomy from '../../../src/core/themes/defaultTaxonomy.json';
import { matchTheme } from '../../../src/core/themes/tagger';
import { DEFAULT_TAXONOMY, validateTaxonomy } from '../../../src/core/themes/taxonomy';
import tagsBefore from './fixtures/tagsBeforeJson.json';
import { LABELLED } from './labelled';
import { LABELLED_REST_2025 } from './labelledRest2025';

const matches = (text: string): Record<string, string[]> => {
  const tags: Record<string, string[]> = {};
  for (const theme of DEFAULT_TAXONOMY.themes) {
    const reasons = matchTheme(theme, text);
    if (reasons) tags[theme.id] = reasons;
  }
  return tags;
};

describe('the default taxonomy as JSON', () => {
  it('is the JSON file, passed through the same validation as a council taxonomy', () => {
    expect(DEFAULT_TAXONOMY).toEqual(validateTaxonomy(JSON.parse(JSON.stringify(defaultTaxonomy))));
    expect(DEFAULT_TAXONOMY).toEqual(defaultTaxonomy);
    expect(DEFAULT_TAXONOMY.id).toBe('frontline-themes');
    expect(DEFAULT_TAXONOMY.version).toBe('2025.1');
  });

  it('tags every labelled statement exactly as the code version did (same themes, same phrases)', () => {
    const texts = [...LABELLED, ...LABELLED_REST_2025].map((l) => l.text);
    expect(tagsBefore.map((r) => r.text)).toEqual(texts);
    expect(tagsBefore.filter((r) => Object.keys(r.tags).length > 0).length).toBeGreaterThan(100);
    expect(texts.map((text) => ({ text, tags: matches(text) }))).toEqual(tagsBefore);
  });
});
