import { AGENDA_2025, SIGNS_OF_SAFETY_2018 } from '../../../src/core/config';
import { DomainError, ConfigError } from '../../../src/core/errors';
import { frontline2025, FRONTLINE_2025_TEMPLATE } from '../../../src/core/forms/frontline2025';
import { SIGNS_OF_SAFETY_2018_TEMPLATE } from '../../../src/core/forms/signsOfSafety2018';
import { allQuestions, promptsForPart, questionName, type FormTemplate } from '../../../src/core/forms/template';

const ids = (t: FormTemplate): string[] => allQuestions(t).map((q) => q.id);

describe('frontline-2025 template', () => {
  const t = FRONTLINE_2025_TEMPLATE;

  it('has exactly the question ids that map to the Visit Findings fields', () => {
    expect(t.id).toBe('frontline-2025');
    expect(ids(t)).toEqual([
      'qualityStrengths',
      'qualityDevelopment',
      'experienceStrengths',
      'experienceDevelopment',
      'escalationIssues'
    ]);
    expect(allQuestions(t).every((q) => q.kind === 'longText')).toBe(true);
  });

  it('has the three Appendix 2 sections, escalation optional and not a findings section', () => {
    expect(t.sections.map((s) => s.title)).toEqual([
      'Quality of practice',
      'Experience of working for the council',
      'Issues to be escalated to the head of service'
    ]);
    expect(t.sections.map((s) => s.findings)).toEqual([true, true, false]);
    const escalation = allQuestions(t).find((q) => q.id === 'escalationIssues');
    expect(escalation?.required).toBe(false);
    expect(t.sections[2].help).toMatch(/areas where you require a response/i);
    expect(t.escalation.questionIds).toEqual(['escalationIssues']);
    expect(t.returnInstruction).toMatch(/one week/);
  });

  it('has 9 practitioner, 5 team-manager and 6 focus-group prompts, none for the service manager', () => {
    const count = (part: string): number => promptsForPart(t, part).reduce((n, g) => n + g.questions.length, 0);
    expect(count('practitioner')).toBe(9);
    expect(count('team-manager')).toBe(5);
    expect(count('focus-group')).toBe(6);
    expect(count('service-manager')).toBe(0);
    const agendaIds = AGENDA_2025.map((p) => p.id);
    for (const group of t.prompts) for (const part of group.agendaPartIds) expect(agendaIds).toContain(part);
  });

  it('keeps the Appendix 1 wording verbatim', () => {
    const practitioner = promptsForPart(t, 'practitioner')[0].questions;
    expect(practitioner[0]).toBe('Can you tell me about some work you are proud of?');
    expect(practitioner[8]).toBe(
      "What do you think the child/ young person, or the family would say about the work you're doing?"
    );
    expect(promptsForPart(t, 'team-manager')[0].questions[4]).toBe(
      "How do you make sure decisions are made in children/ young people's best interests?"
    );
  });

  it('says "the council" by default and never names Cheshire East', () => {
    expect(JSON.stringify(t)).not.toMatch(/Cheshire/);
    const focus = promptsForPart(t, 'focus-group')[0].questions;
    expect(focus[3]).toBe(
      "What's your experience of working in the council \u2013 starting with what's good about working here?"
    );
    expect(focus[4]).toBe('What could be better about working in the council?');
    // Seed 000 Appendix 1, focus group question 6.
    expect(focus[5]).toBe('How are you supported to keep improving and developing your work?');
  });

  it('takes the council name as a parameter', () => {
    const ce = frontline2025('Cheshire East');
    expect(ce.sections[1].title).toBe('Experience of working for Cheshire East');
    expect(promptsForPart(ce, 'focus-group')[0].questions[4]).toBe(
      'What could be better about working in Cheshire East?'
    );
    expect(ids(ce)).toEqual(ids(FRONTLINE_2025_TEMPLATE));
    expect(frontline2025('  ').sections[1].title).toBe('Experience of working for the council');
  });

  it('names ambiguous fields with their section', () => {
    expect(questionName(t, 'qualityStrengths')).toBe('Quality of practice: Strengths');
    expect(questionName(t, 'experienceDevelopment')).toBe(
      'Experience of working for the council: Areas for development'
    );
    expect(questionName(t, 'escalationIssues')).toBe('Issues for the head of service');
  });
});

describe('signs-of-safety-2018 template', () => {
  const t = SIGNS_OF_SAFETY_2018_TEMPLATE;

  it('has a 3 x 3 grid of staffing / performance / other against the three questions', () => {
    expect(t.id).toBe('signs-of-safety-2018');
    const grid = allQuestions(t).filter((q) => q.grid);
    expect(grid.map((q) => q.id)).toEqual([
      'staffing.worried',
      'staffing.workingWell',
      'staffing.needsToHappen',
      'performance.worried',
      'performance.workingWell',
      'performance.needsToHappen',
      'other.worried',
      'other.workingWell',
      'other.needsToHappen'
    ]);
    expect(t.grid?.rows.map((r) => r.label)).toEqual(['Staffing', 'Performance', 'Other']);
    expect(t.grid?.columns.map((c) => c.label)).toEqual([
      'What are we worried about?',
      'What is working well?',
      'What needs to happen?'
    ]);
    expect(grid.every((q) => !q.required)).toBe(true);
    expect(grid.find((q) => q.id === 'performance.needsToHappen')?.grid).toEqual({
      row: 'performance',
      column: 'needsToHappen'
    });
  });

  it('has a required 0-10 scaling and optional staff names', () => {
    const scaling = allQuestions(t).find((q) => q.id === 'scaling');
    expect(scaling).toMatchObject({ kind: 'scale', min: 0, max: 10, required: true });
    expect(scaling?.label).toContain(
      'effectiveness of this service in keeping children and young people safe (0 is not effective and 10 is highly effective)'
    );
    expect(allQuestions(t).find((q) => q.id === 'staffInvolved')).toMatchObject({ kind: 'text', required: false });
    expect(ids(t)).toHaveLength(11);
  });

  it('has the 5 staffing, 4 performance and 1 other check questions for every agenda part', () => {
    expect(t.prompts.map((g) => [g.id, g.questions.length])).toEqual([
      ['staffing', 5],
      ['performance', 4],
      ['other', 1]
    ]);
    for (const part of SIGNS_OF_SAFETY_2018.agenda) expect(promptsForPart(t, part.id)).toHaveLength(3);
    expect(t.prompts[0].questions[0]).toBe(
      'Are there vacancies in the team? If so, are these covered by agency staff?'
    );
  });

  it('escalates the worried and needs-to-happen cells', () => {
    expect(t.escalation.questionIds).toEqual([
      'staffing.worried',
      'staffing.needsToHappen',
      'performance.worried',
      'performance.needsToHappen',
      'other.worried',
      'other.needsToHappen'
    ]);
    expect(questionName(t, 'staffing.worried')).toBe('Staffing: What are we worried about?');
    expect(t.returnInstruction).toMatch(/4 weeks/);
  });
});

describe('errors used by the registry', () => {
  it('are DomainErrors with codes', () => {
    expect(new ConfigError('x')).toBeInstanceOf(DomainError);
  });
});
