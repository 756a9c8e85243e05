import { FRONTLINE_2025, SIGNS_OF_SAFETY_2018, validateConfig, visitMinutes } from '../../src/core/config';
import { ConfigError } from '../../src/core/errors';

describe('process configuration', () => {
  it('2025: one week to return, one councillor, a 2.5-hour four-part visit', () => {
    expect(validateConfig(FRONTLINE_2025)).toBe(FRONTLINE_2025);
    expect(FRONTLINE_2025.returnPeriodDays).toBe(7);
    expect(FRONTLINE_2025.councillorsPerVisit).toBe(1);
    expect(FRONTLINE_2025.agenda.map((p) => p.minutes)).toEqual([30, 30, 30, 60]);
    expect(visitMinutes(FRONTLINE_2025)).toBe(150);
    expect(FRONTLINE_2025.briefingLeadDays).toBe(7);
    expect(FRONTLINE_2025.reminderOffsetsDays).toEqual([-2, 0]);
  });

  it('2018: four weeks to return, pairs of councillors, Signs of Safety form', () => {
    expect(validateConfig(SIGNS_OF_SAFETY_2018).returnPeriodDays).toBe(28);
    expect(SIGNS_OF_SAFETY_2018.councillorsPerVisit).toBe(2);
    expect(SIGNS_OF_SAFETY_2018.formTemplate).toBe('signs-of-safety-2018');
    expect(visitMinutes(SIGNS_OF_SAFETY_2018)).toBe(60);
  });

  it('refuses a configuration it cannot honour, naming every problem', () => {
    const bad = {
      ...FRONTLINE_2025,
      returnPeriodDays: 0,
      councillorsPerVisit: 1.5,
      reminderOffsetsDays: [2],
      sendHour: 24,
      defaultStartTime: '9am'
    };
    expect(() => validateConfig(bad)).toThrow(ConfigError);
    try {
      validateConfig(bad);
    } catch (e) {
      const message = (e as Error).message;
      for (const field of [
        'returnPeriodDays',
        'councillorsPerVisit',
        'reminderOffsetsDays',
        'sendHour',
        'defaultStartTime'
      ]) {
        expect(message).toContain(field);
      }
    }
    expect(() => validateConfig({ ...FRONTLINE_2025, agenda: [] })).toThrow(/agenda/);
    expect(() => validateConfig({ ...FRONTLINE_2025, committees: [] })).toThrow(/committee/);
  });
});
