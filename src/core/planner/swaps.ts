// Every member's one visit comes before a volunteer's second. Run after the matching: while a member
// has no visit and a second visit is matched, an alternating chain of moves gives the member a seat
// and frees the second visit. Row loads do not change, so coverage is kept.
import type { MatchingProblem } from './matching';

/** Rewrites `unitRow` in place; each pass frees one second visit, so it ends. */
export function preferFirstVisits(p: MatchingProblem, unitRow: Int32Array): void {
  const { sibling, second, unitRows } = p;
  const rows = p.eligible.length;
  const seen = new Int32Array(rows);
  const parentRow = new Int32Array(rows);
  const parentUnit = new Int32Array(rows);
  let round = 0;
  // A member's units are interchangeable (unless the first was barred from that row): keep the
  // first unit matched when only one is, so "a free first unit" means "a member with no visit".
  for (let u = 0; u < p.unitCount; u++) {
    const sib = sibling[u];
    if (second[u] && unitRow[u] >= 0 && unitRow[sib] < 0 && unitRows[sib].indexOf(unitRow[u]) >= 0) {
      unitRow[sib] = unitRow[u];
      unitRow[u] = -1;
    }
  }
  for (;;) {
    const members: number[][] = p.eligible.map(() => []);
    let secondsMatched = 0;
    for (let u = 0; u < p.unitCount; u++) {
      if (unitRow[u] < 0) continue;
      members[unitRow[u]].push(u);
      if (second[u]) secondsMatched++;
    }
    if (secondsMatched === 0) return;
    const stamp = ++round;
    const queue: number[] = [];
    for (let u = 0; u < p.unitCount; u++) {
      if (second[u] || unitRow[u] >= 0) continue;
      for (const y of unitRows[u]) {
        if (seen[y] === stamp) continue;
        seen[y] = stamp;
        parentRow[y] = -1;
        parentUnit[y] = u;
        queue.push(y);
      }
    }
    let found = false;
    for (let head = 0; head < queue.length && !found; head++) {
      const y = queue[head];
      for (const w of members[y]) {
        if (second[w]) {
          unitRow[w] = -1;
          // The unit that asked to enter y moves in; its old row is refilled the same way.
          for (let z = y; z >= 0;) {
            const from = parentRow[z];
            unitRow[parentUnit[z]] = z;
            z = from;
          }
          found = true;
          break;
        }
        for (const z of unitRows[w]) {
          if (seen[z] === stamp) continue;
          seen[z] = stamp;
          parentRow[z] = y;
          parentUnit[z] = w;
          queue.push(z);
        }
      }
    }
    if (!found) return;
  }
}
