// Human wording for titles and issue messages (London calendar, British style: `14 Jul 2025`).
import type { LocalDate, YearMonth } from '../model';
import { addDays, formatLondon, isWeekday, londonInstant } from '../time/london';

const monthLabels = new Map<YearMonth, string>();

/** `July 2025`. */
export function monthLabel(month: YearMonth): string {
  let label = monthLabels.get(month);
  if (!label) {
    label = formatLondon(londonInstant(`${month}-01`, '12:00'), 'MMMM yyyy');
    monthLabels.set(month, label);
  }
  return label;
}

const dayLabels = new Map<LocalDate, string>();

/** `14 Jul 2025`. */
export function dayLabel(day: LocalDate): string {
  let label = dayLabels.get(day);
  if (!label) {
    label = formatLondon(londonInstant(day, '12:00'), 'd MMM yyyy');
    dayLabels.set(day, label);
  }
  return label;
}

/**
 * Sorted weekdays as compact runs: `1–3 Jul 2025, 8 Jul 2025`. A weekend does not break a run,
 * since the lists here hold weekdays only (a Friday-to-Monday block reads `4–7 Jul 2025`).
 */
export function dayRuns(days: LocalDate[]): string {
  const runs: string[] = [];
  for (let i = 0; i < days.length;) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === nextWeekday(days[j])) j++;
    if (j === i) runs.push(dayLabel(days[i]));
    else if (days[i].slice(0, 7) === days[j].slice(0, 7)) runs.push(`${Number(days[i].slice(8))}–${dayLabel(days[j])}`);
    else runs.push(`${dayLabel(days[i])} – ${dayLabel(days[j])}`);
    i = j + 1;
  }
  return runs.join(', ');
}

function nextWeekday(day: LocalDate): LocalDate {
  let next = addDays(day, 1);
  while (!isWeekday(next)) next = addDays(next, 1);
  return next;
}

/** `a, b, c and 4 more`: long lists stay readable; the structured issue fields hold them all. */
export function listSome(items: string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
