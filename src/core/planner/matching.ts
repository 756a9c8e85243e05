// Councillor-units to rota rows, as a capacity-expanded bipartite matching done by augmenting paths.
// Every team of a row shares the row's area and month, so seats in one row are interchangeable and a
// row is one right-hand vertex whose capacity grows a visit at a time. Visits are offered in priority
// order (first visits to each team round-robin across rows, then extra visits), and an augmenting
// path never unmatches a vertex, so a visit accepted early keeps its councillors: coverage first.
// With one councillor a visit this is the matroid greedy on the transversal matroid of seats, so the
// result is also a maximum matching; with several, a visit is added whole or not at all.
import { preferFirstVisits } from './swaps';

export interface MatchingProblem {
  /** Units 0..members-1 are first visits; higher indices are volunteers' second visits. */
  unitCount: number;
  /** The member's other unit, or -1. */
  sibling: Int32Array;
  /** 1 for a second-visit unit. */
  second: Uint8Array;
  /** Month ordinal of each row: a volunteer's second visit prefers another month. */
  rowMonth: Int32Array;
  /** Per row, the units free on a clash-free day there, most preferred first. */
  eligible: Int32Array[];
  /** Per unit, the rows it is eligible for. */
  unitRows: Int32Array[];
  /** Rows in visit priority order; a row appears once for each visit it can hold. */
  visitOrder: Int32Array;
  seatsPerVisit: number;
  /**
   * Soft hint for visits of several councillors: whether `unit` suits the others already chosen for
   * the visit in `row` (they share a free day). A seat tries such a free unit before any other.
   */
  fits?: (row: number, chosen: number[], unit: number) => boolean;
}

export interface Matching {
  /** Row of each unit, -1 when unmatched. */
  unitRow: Int32Array;
  /** Visits accepted per row; the row holds rowVisits × seatsPerVisit units. */
  rowVisits: Int32Array;
}

export function matchUnits(p: MatchingProblem): Matching {
  const m = new Matcher(p);
  const rows = p.eligible.length;
  const dead = new Uint8Array(rows);
  const rowVisits = new Int32Array(rows);
  for (let i = 0; i < p.visitOrder.length && m.free >= p.seatsPerVisit; i++) {
    const row = p.visitOrder[i];
    if (dead[row]) continue;
    if (m.fillVisit(row)) rowVisits[row]++;
    // Seats of a row are parallel elements: once one visit cannot be filled, no later one can.
    else dead[row] = 1;
  }
  preferFirstVisits(p, m.unitRow);
  return { unitRow: m.unitRow, rowVisits };
}

class Matcher {
  public readonly unitRow: Int32Array;
  public free: number;
  private readonly ptr: Int32Array;
  private readonly stamp: Int32Array;
  private readonly parentRow: Int32Array;
  private readonly parentUnit: Int32Array;
  private round = 0;
  // Undo log for a visit that cannot get all its seats: (unit, previous row) or (-(row+1), previous pointer).
  private log: number[] = [];

  public constructor(private readonly p: MatchingProblem) {
    const rows = p.eligible.length;
    this.unitRow = new Int32Array(p.unitCount).fill(-1);
    this.free = p.unitCount;
    this.ptr = new Int32Array(rows);
    this.stamp = new Int32Array(rows);
    this.parentRow = new Int32Array(rows);
    this.parentUnit = new Int32Array(rows);
  }

  /** Adds one visit (seatsPerVisit units) to the row, or leaves everything as it was. */
  public fillVisit(row: number): boolean {
    this.log = [];
    const chosen: number[] = [];
    for (let s = 0; s < this.p.seatsPerVisit; s++) {
      const fitting = s > 0 ? this.pickFitting(row, chosen) : -1;
      if (fitting >= 0) this.move(fitting, row);
      const added = fitting >= 0 ? fitting : this.augment(row);
      if (added < 0) {
        this.undo();
        return false;
      }
      chosen.push(added);
    }
    return true;
  }

  /** A free unit for the row that suits the councillors already chosen for this visit, or -1. */
  private pickFitting(row: number, chosen: number[]): number {
    const fits = this.p.fits;
    if (!fits) return -1;
    const list = this.p.eligible[row];
    for (let j = this.ptr[row]; j < list.length; j++) {
      if (this.unitRow[list[j]] < 0 && fits(row, chosen, list[j])) return list[j];
    }
    return -1;
  }

  /**
   * Finds one more unit for `row`: a free eligible unit, or a chain of moves (BFS over rows) in which
   * each moved unit's old row is refilled, ending at a free unit. Row loads elsewhere are unchanged.
   * Returns the unit that entered `row`, or -1.
   */
  private augment(row: number): number {
    const direct = this.pickFree(row);
    if (direct >= 0) {
      this.move(direct, row);
      return direct;
    }
    const stamp = ++this.round;
    const queue = [row];
    this.stamp[row] = stamp;
    for (let head = 0; head < queue.length; head++) {
      const x = queue[head];
      if (x !== row) {
        const f = this.pickFree(x);
        if (f >= 0) {
          this.move(f, x);
          let entered = f;
          for (let y = x; y !== row; y = this.parentRow[y]) {
            entered = this.parentUnit[y];
            this.move(entered, this.parentRow[y]);
          }
          return entered;
        }
      }
      const list = this.p.eligible[x];
      for (let i = 0; i < list.length; i++) {
        const y = this.unitRow[list[i]];
        if (y >= 0 && y !== x && this.stamp[y] !== stamp) {
          this.stamp[y] = stamp;
          this.parentRow[y] = x;
          this.parentUnit[y] = list[i];
          queue.push(y);
        }
      }
    }
    return -1;
  }

  /** The most preferred free unit for the row; a second visit avoids its first visit's month if it can. */
  private pickFree(row: number): number {
    const list = this.p.eligible[row];
    let i = this.ptr[row];
    // Units only become free again through undo, which restores the pointer too.
    while (i < list.length && this.unitRow[list[i]] >= 0) i++;
    if (i !== this.ptr[row]) {
      this.log.push(-(row + 1), this.ptr[row]);
      this.ptr[row] = i;
    }
    let fallback = -1;
    for (let j = i; j < list.length; j++) {
      const u = list[j];
      if (this.unitRow[u] >= 0) continue;
      const sib = this.p.sibling[u];
      const sibRow = sib >= 0 ? this.unitRow[sib] : -1;
      if (this.p.second[u] && sibRow >= 0 && this.p.rowMonth[sibRow] === this.p.rowMonth[row]) {
        if (fallback < 0) fallback = u;
        continue;
      }
      return u;
    }
    return fallback;
  }

  private move(unit: number, to: number): void {
    const from = this.unitRow[unit];
    this.log.push(unit, from);
    if (from < 0) this.free--;
    if (to < 0) this.free++;
    this.unitRow[unit] = to;
  }

  private undo(): void {
    for (let i = this.log.length - 2; i >= 0; i -= 2) {
      const a = this.log[i];
      const b = this.log[i + 1];
      if (a < 0) this.ptr[-a - 1] = b;
      else {
        if (this.unitRow[a] < 0) this.free--;
        if (b < 0) this.free++;
        this.unitRow[a] = b;
      }
    }
    this.log = [];
  }
}
