// Clash-free days. Blocked days are worked out once per (area, month) and shared by every team and
// councillor of that rota row, so matching and scheduling never rescan the QA calendar.
// Which days are visit days at all is calendar/visitDays.ts, and which QA items block which areas is
// calendar/blockers.ts: the rules booking uses too.
import { appliesTo, areaKey, cmp, type Blocker } from '../calendar/blockers';
import { isWeekend, VisitDays } from '../calendar/visitDays';
import type { LocalDate, YearMonth } from '../model';
import { daysOfMonth } from '../time/london';
import type { BlockedDay, UnavailableRange } from './types';

export interface SlotDays {
  /** Weekdays of the month that nothing blocks, in order. */
  clashFree: LocalDate[];
  /** Blocked weekdays with every reason (weekends are never candidates and are not listed). */
  blocked: BlockedDay[];
  /** The blockers that removed at least one weekday, for messages. */
  blockers: Blocker[];
}

const BANK_HOLIDAY = 'Bank holiday';

/** Caches blocked days per (area, month) and weekdays per month. */
export class ClashCalendar {
  private readonly weekdayCache = new Map<YearMonth, LocalDate[]>();
  private readonly slotCache = new Map<string, SlotDays>();

  public constructor(
    private readonly blockers: Blocker[],
    private readonly visitDays: VisitDays = new VisitDays([])
  ) {}

  public weekdays(month: YearMonth): LocalDate[] {
    let days = this.weekdayCache.get(month);
    if (!days) {
      days = daysOfMonth(month).filter((d) => !isWeekend(d));
      this.weekdayCache.set(month, days);
    }
    return days;
  }

  public forSlot(area: string, month: YearMonth): SlotDays {
    const key = `${areaKey(area)}\u0000${month}`;
    let cached = this.slotCache.get(key);
    if (!cached) {
      cached = this.compute(areaKey(area), month);
      this.slotCache.set(key, cached);
    }
    return cached;
  }

  private compute(area: string, month: YearMonth): SlotDays {
    const weekdays = this.weekdays(month);
    const reasons = new Map<LocalDate, string[]>();
    const used: Blocker[] = [];
    const first = weekdays[0];
    const last = weekdays[weekdays.length - 1];
    const closed = weekdays.filter((d) => !this.visitDays.isVisitDay(d));
    if (closed.length > 0) {
      // Bank holidays (and Christmas Day) are one label, so the planner's messages group them.
      for (const day of closed) reasons.set(day, [BANK_HOLIDAY]);
      used.push({ label: BANK_HOLIDAY, kind: BANK_HOLIDAY, from: closed[0], to: closed[closed.length - 1], areas: [] });
    }
    for (const blocker of this.blockers) {
      if (blocker.to < first || blocker.from > last || !appliesTo(blocker, area)) continue;
      let hit = false;
      for (const day of weekdays) {
        if (day < blocker.from || day > blocker.to) continue;
        const list = reasons.get(day);
        if (list) list.push(blocker.label);
        else reasons.set(day, [blocker.label]);
        hit = true;
      }
      if (hit) used.push(blocker);
    }
    return {
      clashFree: weekdays.filter((d) => !reasons.has(d)),
      blocked: weekdays.filter((d) => reasons.has(d)).map((day) => ({ day, reasons: reasons.get(day) as string[] })),
      blockers: used
    };
  }
}

/** A councillor's unavailable days as merged, sorted ranges; lookups are binary searches. */
export class Unavailable {
  private readonly ranges: UnavailableRange[];

  public constructor(ranges: UnavailableRange[]) {
    const sorted = ranges.slice().sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to));
    const merged: UnavailableRange[] = [];
    for (const r of sorted) {
      const top = merged[merged.length - 1];
      if (top && r.from <= top.to) top.to = r.to > top.to ? r.to : top.to;
      else merged.push({ from: r.from, to: r.to });
    }
    this.ranges = merged;
  }

  public get isEmpty(): boolean {
    return this.ranges.length === 0;
  }

  public has(day: LocalDate): boolean {
    let lo = 0;
    let hi = this.ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.ranges[mid];
      if (day < r.from) hi = mid - 1;
      else if (day > r.to) lo = mid + 1;
      else return true;
    }
    return false;
  }

  /** Whether any of the days is free; stops at the first, which is usually the first day. */
  public anyFree(days: LocalDate[]): boolean {
    for (const d of days) if (!this.has(d)) return true;
    return false;
  }

  /** The candidate days this councillor can do (the same array when nothing is blocked). */
  public filter(days: LocalDate[]): LocalDate[] {
    return this.isEmpty ? days : days.filter((d) => !this.has(d));
  }
}

/** Code-unit comparison (calendar/blockers.ts): locale-independent, so plans do not vary between machines. */
export { cmp };
