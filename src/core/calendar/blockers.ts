// Which QA calendar items block a visit, for the planner (never picks the day) and booking (warns):
// an item blocks every London day from its start's to its end's, in the areas it names; committee
// meetings (any committee) and election periods pause visits everywhere, whatever areas say, and an
// item naming no area touches every area. Areas compare trimmed and case-blind. Which days are
// visit days at all (weekends, bank holidays, Christmas Day) is visitDays.ts.
import type { LocalDate, QaActivity, QaKind } from '../model';
import { londonDate } from '../time/london';

/** Kinds that block every area, whatever the item's areas say (bank holidays come from visitDays.ts). */
export const EVERYWHERE: ReadonlyArray<QaKind | 'Bank holiday'> = [
  'Committee meeting',
  'Election period',
  'Bank holiday'
];

/** A QA item or bank holiday reduced to the London days it covers. */
export interface Blocker {
  label: string;
  kind: QaKind | 'Bank holiday';
  from: LocalDate;
  to: LocalDate;
  /** Normalised areas it affects (areaKey); empty = every area. */
  areas: string[];
}

/** An area as blockers compare it. */
export const areaKey = (area: string): string => area.trim().toLowerCase();

/** One QA item as a blocker: its start and end are inclusive instants; the London days they fall on bound it. */
export function toBlocker(item: QaActivity): Blocker {
  return {
    label: `${item.title} (${item.kind})`,
    kind: item.kind,
    from: londonDate(item.start),
    to: londonDate(item.end),
    areas: item.areas.map(areaKey)
  };
}

/** QA activity as blockers, in day order. */
export function toBlockers(qa: readonly QaActivity[]): Blocker[] {
  return qa.map(toBlocker).sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.label, b.label));
}

/** Whether the blocker touches this area (`area` as areaKey gives it). */
export function appliesTo(blocker: Blocker, area: string): boolean {
  return EVERYWHERE.indexOf(blocker.kind) >= 0 || blocker.areas.length === 0 || blocker.areas.indexOf(area) >= 0;
}

/** Whether the QA item blocks a visit in `area` on the London `day`. */
export function blocksVisit(item: QaActivity, area: string, day: LocalDate): boolean {
  const blocker = toBlocker(item);
  return blocker.from <= day && day <= blocker.to && appliesTo(blocker, areaKey(area));
}

/** Code-unit comparison: locale-independent, so plans do not vary between machines. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
