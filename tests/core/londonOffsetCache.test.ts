// London's offset is kept per UTC hour (src/core/time/london.ts offsetAt). These check the kept
// answers against the platform's time-zone database asked directly, for every instant tried: around
// each clock change, inside the hour of a change that is not on a UTC hour (1847's move from local
// mean time to GMT), across two centuries, and again after the map has been emptied.
import { formatLondon, londonInstant } from '../../src/core/time/london';

const reference = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit'
});

/** `yyyy-MM-dd HH:mm:ss` straight from Intl, with no cache in between. */
function expected(ms: number): string {
  const p: Record<string, string> = {};
  for (const part of reference.formatToParts(ms)) p[part.type] = part.value;
  return `${p.year.padStart(4, '0')}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

const PATTERN = 'yyyy-MM-dd HH:mm:ss';
const HOUR = 3600000;

function mismatches(instants: number[]): string[] {
  return instants
    .map((ms) => ({ ms, got: formatLondon(new Date(ms), PATTERN), want: expected(ms) }))
    .filter((r) => r.got !== r.want)
    .map((r) => `${new Date(r.ms).toISOString()}: ${r.got} (database ${r.want})`);
}

/** Every `step` ms from `from` for `hours` hours. */
const span = (from: number, hours: number, step: number): number[] =>
  Array.from({ length: Math.floor((hours * HOUR) / step) }, (_, i) => from + i * step);

describe('London offset kept per UTC hour', () => {
  it('agrees with the time-zone database every five minutes around each change from 2020 to 2030', () => {
    const instants: number[] = [];
    for (let y = 2020; y <= 2030; y++) {
      for (const month of [2, 9]) {
        // The change is on the last Sunday of March or October at 01:00 UTC: look at the whole week.
        const start = Date.UTC(y, month, 24);
        instants.push(...span(start, 8 * 24, 300000));
      }
    }
    expect(mismatches(instants)).toEqual([]);
  });

  it('agrees at each second of 1847-12-01, when London moved from local mean time (-0:01:15) to GMT', () => {
    // That change falls 75 seconds into a UTC hour, so that hour's answers are not kept.
    const before = Date.UTC(1847, 11, 1, 0, 0, 0);
    expect(mismatches(span(before - HOUR, 3, 1000))).toEqual([]);
    expect(mismatches(span(before - HOUR, 3, 1000))).toEqual([]);
  });

  it('agrees at thousands of instants across 1900-2100, asked twice (kept answers) and after the map is emptied', () => {
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2100, 0, 1);
    // 6,007 instants (a prime step, so minutes and seconds vary): more hours than the map keeps.
    const step = Math.floor((to - from) / 6007) + 7919;
    const instants = span(from, (to - from) / HOUR, step);
    expect(instants.length).toBeGreaterThan(5000);
    expect(mismatches(instants)).toEqual([]);
    expect(mismatches(instants.slice().reverse())).toEqual([]);
  });

  it('still reads wall-clock times on change days as the first of two and skips the missing hour', () => {
    expect(londonInstant('2025-10-26', '01:30')).toBe('2025-10-26T00:30:00.000Z');
    expect(londonInstant('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(formatLondon('2026-03-29T01:30:00.000Z', PATTERN)).toBe('2026-03-29 02:30:00');
  });
});
