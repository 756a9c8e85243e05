import { ConfigError, DomainError } from '../../../src/core/errors';
import { FRONTLINE_2025_TEMPLATE, frontline2025 } from '../../../src/core/forms/frontline2025';
import { createTemplateRegistry, getTemplate, hasTemplate, listTemplates } from '../../../src/core/forms/registry';
import type { FormTemplate } from '../../../src/core/forms/template';
import { validateTemplate } from '../../../src/core/forms/templateCheck';

/** A council's own template, as it might arrive from configuration. */
function councilTemplate(): FormTemplate {
  return {
    id: 'northshire-2026',
    title: 'Northshire practice visit',
    version: '1',
    description: 'What we saw.',
    sections: [
      {
        id: 'practice',
        title: 'Practice',
        findings: true,
        questions: [
          { id: 'seen', label: 'What we saw', kind: 'longText', required: true },
          { id: 'rating', label: 'Rating', kind: 'scale', required: false, min: 1, max: 5 }
        ]
      }
    ],
    prompts: [{ id: 'all', title: 'Ask', agendaPartIds: [], questions: ['How is it going?'] }],
    escalation: { questionIds: [] },
    returnInstruction: 'Within a week.'
  };
}

function problemsOf(t: unknown): string {
  try {
    validateTemplate(t);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected the template to be refused');
}

describe('template registry', () => {
  it('knows the two built-in templates', () => {
    expect(listTemplates().map((t) => t.id)).toEqual(['frontline-2025', 'signs-of-safety-2018']);
    expect(getTemplate('frontline-2025').sections).toHaveLength(3);
    expect(hasTemplate('signs-of-safety-2018')).toBe(true);
  });

  it('refuses an unknown id with a DomainError naming the known ones', () => {
    expect.assertions(4);
    try {
      getTemplate('frontline-2024');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('UnknownTemplate');
      expect((e as Error).message).toContain("'frontline-2024'");
      expect((e as Error).message).toContain('frontline-2025, signs-of-safety-2018');
    }
  });

  it("adds a council's own template id without code", () => {
    const registry = createTemplateRegistry();
    registry.registerTemplate(councilTemplate());
    expect(registry.getTemplate('northshire-2026').title).toBe('Northshire practice visit');
    expect(registry.listTemplates()).toHaveLength(3);
    expect(hasTemplate('northshire-2026')).toBe(false); // separate registries do not leak
  });

  it('refuses a duplicate id unless asked to replace', () => {
    const registry = createTemplateRegistry();
    expect(() => registry.registerTemplate(frontline2025('Cheshire East'))).toThrow(/already exists/);
    registry.registerTemplate(frontline2025('Cheshire East'), { replace: true });
    expect(registry.getTemplate('frontline-2025').sections[1].title).toBe('Experience of working for Cheshire East');
  });

  it('stores a frozen copy, so later edits to the caller object change nothing', () => {
    const registry = createTemplateRegistry();
    const mine = councilTemplate();
    const stored = registry.registerTemplate(mine);
    mine.sections[0].title = 'Changed';
    expect(registry.getTemplate('northshire-2026').sections[0].title).toBe('Practice');
    expect(Object.isFrozen(stored.sections[0].questions[0])).toBe(true);
  });

  it('accepts both built-ins as sound templates', () => {
    expect(validateTemplate(FRONTLINE_2025_TEMPLATE)).toBe(FRONTLINE_2025_TEMPLATE);
    expect(validateTemplate(getTemplate('signs-of-safety-2018')).id).toBe('signs-of-safety-2018');
  });
});

describe('validateTemplate refuses unsound templates', () => {
  const withQuestion = (q: Record<string, unknown>): unknown => {
    const t = councilTemplate() as unknown as { sections: { questions: unknown[] }[] };
    t.sections[0].questions.push(q);
    return t;
  };

  it('non-objects and bad ids', () => {
    expect(() => validateTemplate(null)).toThrow(ConfigError);
    expect(problemsOf({ ...councilTemplate(), id: 'Has Spaces' })).toMatch(/id must be lower-case/);
    expect(problemsOf({ ...councilTemplate(), title: ' ' })).toMatch(/title is required/);
  });

  it('duplicate question ids, bad question ids and unknown kinds', () => {
    expect(problemsOf(withQuestion({ id: 'seen', label: 'Again', kind: 'longText', required: false }))).toMatch(
      /question 'seen' is used twice/
    );
    expect(problemsOf(withQuestion({ id: 'has space', label: 'x', kind: 'text', required: false }))).toMatch(
      /valid id/
    );
    expect(problemsOf(withQuestion({ id: 'x', label: 'x', kind: 'date', required: false }))).toMatch(/kind 'date'/);
    expect(problemsOf(withQuestion({ id: 'x', label: '', kind: 'text', required: false }))).toMatch(/needs a label/);
  });

  it('insane limits', () => {
    const bad = (extra: Record<string, unknown>): string =>
      problemsOf(withQuestion({ id: 'x', label: 'x', kind: 'longText', required: false, ...extra }));
    expect(bad({ maxLength: 0 })).toMatch(/maxLength/);
    expect(bad({ maxLength: 64000 })).toMatch(/maxLength/);
    expect(bad({ maxLength: 10.5 })).toMatch(/maxLength/);
    const scale = (min: unknown, max: unknown): string =>
      problemsOf(withQuestion({ id: 's', label: 's', kind: 'scale', required: false, min, max }));
    expect(scale(10, 0)).toMatch(/min below max/);
    expect(scale(0, 1000)).toMatch(/at most 100 apart/);
    expect(scale(undefined, 10)).toMatch(/whole-number min and max/);
  });

  it('escalation, grid and prompts that point nowhere', () => {
    expect(problemsOf({ ...councilTemplate(), escalation: { questionIds: ['nope'] } })).toMatch(
      /'nope', which is not a question/
    );
    expect(problemsOf({ ...councilTemplate(), escalation: { questionIds: ['rating'] } })).toMatch(
      /must be a text question/
    );
    expect(
      problemsOf(withQuestion({ id: 'g', label: 'g', kind: 'text', required: false, grid: { row: 'a', column: 'b' } }))
    ).toMatch(/no grid/);
    expect(
      problemsOf({ ...councilTemplate(), prompts: [{ id: 'p', title: 'P', agendaPartIds: [], questions: [] }] })
    ).toMatch(/prompt group/);
  });

  it('a template without findings, listing every problem at once', () => {
    const t = councilTemplate();
    t.sections[0].findings = false;
    const message = problemsOf({ ...t, version: '' });
    expect(message).toMatch(/version is required/);
    expect(message).toMatch(/at least one section must hold findings/);
  });
});
