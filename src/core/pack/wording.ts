// The report's wording, as in the Cared For Children and Care Leavers Committee briefing of
// 2 September 2025 (seed 004): "Councillor Bennett-Wake", "the ... service", "throughout July 2025".
import { monthLabel } from '../planner/labels';
import { formatLondon, londonInstant } from '../time/london';
import type { PackVisit } from './types';

export const PACK_TITLE = 'Engagement with frontline services from councillors';

/** `a`, `a and b`, `a, b and c`. */
export function listJoin(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Papers name councillors by surname: `Councillor Bennett-Wake`. */
export function councillorTitle(name: string): string {
  const words = name.trim().split(/\s+/);
  return `Councillor ${words[words.length - 1]}`;
}

export const longDay = (day: string): string => formatLondon(londonInstant(day, '12:00'), 'd MMMM yyyy');

/** `July 2025`, `July and September 2025`, `December 2025 and January 2026`. */
export function monthsPhrase(months: string[]): string {
  const sorted = months.filter((m, i) => months.indexOf(m) === i).sort();
  const oneYear = sorted.every((m) => m.slice(0, 4) === sorted[0].slice(0, 4));
  if (!oneYear) return listJoin(sorted.map(monthLabel));
  return `${listJoin(sorted.map((m) => monthLabel(m).split(' ')[0]))} ${sorted[0].slice(0, 4)}`;
}

export function purposeOf(visits: PackVisit[]): string {
  if (!visits.length)
    return 'To report on frontline visits by councillors: no completed findings forms were received for this meeting.';
  const names = visits.reduce<string[]>(
    (all, v) => all.concat(v.councillorNames.filter((n) => all.indexOf(n) < 0)),
    []
  );
  const areas = visits.map((v) => v.area).filter((a, i, all) => all.indexOf(a) === i);
  const months = visits.map((v) => v.day.slice(0, 7));
  const where = `the ${listJoin(areas)} service${areas.length > 1 ? 's' : ''}`;
  const when =
    months.filter((m, i) => months.indexOf(m) === i).length > 1
      ? `in ${monthsPhrase(months)}`
      : `throughout ${monthsPhrase(months)}`;
  return `To summarise and report on frontline visits undertaken by ${listJoin(names.map(councillorTitle))} to ${where} ${when}.`;
}

/** `On 14 July 2025, Councillor Bennett-Wake visited the Cared for Teams.` */
export function backgroundOf(visit: PackVisit): string {
  return `On ${longDay(visit.day)}, ${listJoin(visit.councillorNames.map(councillorTitle))} visited the ${visit.teamName}.`;
}
