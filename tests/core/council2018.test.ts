// The 2018 demo council (seed 001) checked against the Signs of Safety preset it is meant for.
import { SIGNS_OF_SAFETY_2018, validateConfig, visitMinutes } from '../../src/core/config';
import { createTemplateRegistry } from '../../src/core/forms/registry';
import { londonDate } from '../../src/core/time/london';
import { COUNCILLORS_2018, CONFIG_2018, TEAMS_2018, VISITS_2018 } from '../../src/core/samples/council2018';

describe('the 2018 demo council (seed 001)', () => {
  it('is meant for the Signs of Safety preset, which validates', () => {
    expect(CONFIG_2018).toBe(SIGNS_OF_SAFETY_2018);
    expect(validateConfig(CONFIG_2018)).toBe(CONFIG_2018);
    expect(CONFIG_2018.returnPeriodDays).toBe(28);
    expect(CONFIG_2018.councillorsPerVisit).toBe(2);
  });

  it('has the three intake teams and the nine members of the paper', () => {
    expect(TEAMS_2018.map((t) => t.name)).toEqual(['ChECS', 'Crewe', 'Macclesfield']);
    expect(new Set(TEAMS_2018.map((t) => t.id)).size).toBe(3);
    expect(COUNCILLORS_2018).toHaveLength(9);
    expect(new Set(COUNCILLORS_2018.map((c) => c.email)).size).toBe(9);
    for (const e of [...COUNCILLORS_2018.map((c) => c.email), ...TEAMS_2018.map((t) => t.serviceManagerEmail)]) {
      expect(e).toMatch(/@example\.gov\.uk$/);
    }
  });

  it('sends exactly two known, different councillors to every visit of an existing team', () => {
    const emails = new Set(COUNCILLORS_2018.map((c) => c.email));
    const teamIds = new Set(TEAMS_2018.map((t) => t.id));
    expect(VISITS_2018).toHaveLength(9);
    for (const v of VISITS_2018) {
      expect(v.councillorEmails).toHaveLength(CONFIG_2018.councillorsPerVisit);
      expect(new Set(v.councillorEmails).size).toBe(2);
      expect(v.councillorEmails.every((e) => emails.has(e))).toBe(true);
      expect(teamIds.has(v.teamId)).toBe(true);
    }
  });

  it('visits each team quarterly: three months between its visits', () => {
    for (const team of TEAMS_2018) {
      const months = VISITS_2018.filter((v) => v.teamId === team.id).map((v) => {
        const [y, m] = v.visitMonth.split('-').map(Number);
        return y * 12 + m;
      });
      expect(months).toHaveLength(3);
      expect(months.slice(1).map((m, i) => m - months[i])).toEqual([3, 3]);
    }
  });

  it('books one-hour visits on the Signs of Safety form, due 28 days after the visit', () => {
    const crewe = VISITS_2018[0];
    expect(londonDate(crewe.visitStart as string)).toBe('2018-04-20');
    expect(londonDate(crewe.findingsDueDate as string)).toBe('2018-05-18');
    for (const v of VISITS_2018) {
      expect(v.durationMinutes).toBe(visitMinutes(CONFIG_2018));
      expect(v.formTemplate).toBe('signs-of-safety-2018');
      expect(createTemplateRegistry().getTemplate(v.formTemplate).id).toBe('signs-of-safety-2018');
    }
    expect(visitMinutes(CONFIG_2018)).toBe(60);
  });
});
