// London time across the BST changes of 2025 and 2026, on the platform's Intl time-zone data.
// Spring: 01:00 GMT becomes 02:00 BST (30 March 2025, 29 March 2026), so 01:00-01:59 never
// happens and is read on the clock before the change (an hour later than written). Autumn: 02:00
// BST becomes 01:00 GMT (26 October 2025, 25 October 2026), so 01:00-01:59 happens twice and
// means the first, BST, one. See src/core/time/london.ts.
import { formatLondon, londonDate, londonEndOfDay, londonInstant, londonTime } from '../../src/core/time/london';

const changes = [
  {
    spring: '2025-03-30',
    autumn: '2025-10-26',
    springUtc: '2025-03-30T01:00:00.000Z',
    autumnUtc: '2025-10-26T01:00:00.000Z'
  },
  {
    spring: '2026-03-29',
    autumn: '2026-10-25',
    springUtc: '2026-03-29T01:00:00.000Z',
    autumnUtc: '2026-10-25T01:00:00.000Z'
  }
];

const shift = (iso: string, minutes: number): string => new Date(Date.parse(iso) + minutes * 60000).toISOString();

describe.each(changes)('London clocks in $spring and $autumn', ({ spring, autumn, springUtc, autumnUtc }) => {
  it('moves forward at 01:00 UTC in spring: 00:59 GMT, then 02:00 BST', () => {
    expect(londonTime(shift(springUtc, -1))).toBe('00:59');
    expect(londonTime(springUtc)).toBe('02:00');
    expect(londonDate(springUtc)).toBe(spring);
    expect(londonInstant(spring, '00:59')).toBe(shift(springUtc, -1));
    expect(londonInstant(spring, '02:00')).toBe(springUtc);
    expect(londonInstant(spring, '03:00')).toBe(shift(springUtc, 60));
  });

  it('reads the 01:30 that never happens in spring on GMT, so it lands at 02:30 BST', () => {
    expect(londonInstant(spring, '01:30')).toBe(shift(springUtc, 30));
    expect(londonTime(londonInstant(spring, '01:30'))).toBe('02:30');
    expect(londonInstant(spring, '01:00')).toBe(springUtc);
  });

  it('moves back at 01:00 UTC in autumn: 01:59 BST, then 01:00 GMT', () => {
    expect(londonTime(shift(autumnUtc, -1))).toBe('01:59');
    expect(formatLondon(shift(autumnUtc, -60), 'HH:mm')).toBe('01:00');
    expect(londonTime(autumnUtc)).toBe('01:00');
    expect(londonTime(shift(autumnUtc, 60))).toBe('02:00');
    expect(londonInstant(autumn, '00:59')).toBe(shift(autumnUtc, -61));
    expect(londonInstant(autumn, '02:00')).toBe(shift(autumnUtc, 60));
  });

  it('takes the first, BST, 01:30 of the two in autumn', () => {
    expect(londonInstant(autumn, '01:30')).toBe(shift(autumnUtc, -30));
    expect(londonTime(shift(autumnUtc, -30))).toBe('01:30');
    expect(londonTime(shift(autumnUtc, 30))).toBe('01:30');
    expect(londonInstant(autumn, '01:00')).toBe(shift(autumnUtc, -60));
  });

  it('gives the change days 23 and 25 hours', () => {
    const hours = (day: string): number =>
      (Date.parse(londonEndOfDay(day)) + 1 - Date.parse(londonInstant(day))) / 3600000;
    expect(hours(spring)).toBe(23);
    expect(hours(autumn)).toBe(25);
    expect(londonInstant(spring)).toBe(shift(springUtc, -60));
    expect(londonInstant(autumn)).toBe(shift(autumnUtc, -120));
  });

  it('keeps the London day across midnight either side of the changes', () => {
    expect(londonDate(shift(londonInstant(spring), -1))).not.toBe(spring);
    expect(londonDate(londonInstant(spring))).toBe(spring);
    expect(londonDate(londonEndOfDay(autumn))).toBe(autumn);
    expect(londonDate(shift(londonEndOfDay(autumn), 1))).not.toBe(autumn);
  });
});

describe('formatLondon patterns', () => {
  const bst = '2026-10-25T00:30:00.000Z';
  it('formats every field the web parts, bot and reports use', () => {
    expect(formatLondon(bst, "EEEE d MMMM yyyy 'at' HH:mm")).toBe('Sunday 25 October 2026 at 01:30');
    expect(formatLondon(bst, 'EEE d MMM yyyy HH:mm')).toBe('Sun 25 Oct 2026 01:30');
    expect(formatLondon('2026-03-01T00:00:00.000Z', 'dd/MM/yyyy')).toBe('01/03/2026');
    expect(formatLondon('2026-03-01T00:00:00.000Z', 'd MMMM yyyy')).toBe('1 March 2026');
    expect(formatLondon('2025-12-31T23:59:59.000Z', 'MMM yyyy H:mm:ss')).toBe('Dec 2025 23:59:59');
    expect(formatLondon(new Date(bst), 'T')).toBe(String(Date.parse(bst)));
    expect(formatLondon(bst, "'o''clock' M")).toBe("o'clock 10");
  });

  it('refuses a field it does not know instead of printing it', () => {
    expect(() => formatLondon(bst, 'do MMMM')).toThrow(/'o' in 'do MMMM'/);
    expect(() => formatLondon(bst, 'yy')).toThrow(/not a London time format field/);
  });
});
