// The forms a meeting still waits for, and those that came back after their due day: officers name
// them in the report ("the form from the Court Team visit is outstanding") rather than leave a
// silent gap. Also the "During each visit ..." paragraph, from the process settings' agenda.
import { daysOverdue, effectiveDueDate } from '../deadlines';
import type { Councillor, Findings, IsoDateTime, Team, Visit } from '../model';
import { councillorsOf } from '../visitStatus';
import { normalizeEmail } from '../email';
import { count } from '../text/plural';
import { londonDate, londonInstant } from '../time/london';
import type { PackOutstanding } from './types';
import { councillorTitle, listJoin, longDay } from './wording';

interface OutstandingInput {
  committeeDay: string;
  findings: readonly Findings[];
  teams: readonly Team[];
  councillors: readonly Councillor[];
  returnPeriodDays?: number;
  asOf?: IsoDateTime;
}

/** One row per councillor on a visit whose form is not sent, or was sent after its due day. */
export function outstandingForms(input: OutstandingInput, visits: readonly Visit[]): PackOutstanding[] {
  const asOf = input.asOf ?? londonInstant(input.committeeDay, '09:00');
  const config = { returnPeriodDays: input.returnPeriodDays ?? 7 };
  const out: PackOutstanding[] = [];
  for (const visit of visits) {
    const teamName = input.teams.find((t) => t.id === visit.teamId)?.name ?? `Team ${visit.teamId}`;
    const due = effectiveDueDate(visit, config);
    for (const email of councillorsOf(visit)) {
      const councillorName = input.councillors.find((c) => normalizeEmail(c.email) === email)?.name ?? email;
      const form = input.findings.find(
        (f) => f.visitId === visit.id && normalizeEmail(f.councillorEmail) === email && f.status === 'Submitted'
      );
      const who = `${councillorTitle(councillorName)}, ${teamName}`;
      const base = { visitId: visit.id, teamName, councillorName };
      if (!visit.visitStart || !due || visit.visitStart > asOf) {
        if (form) continue;
        out.push({ ...base, state: 'not visited', daysLate: 0, text: `${who}: the visit has not yet taken place.` });
        continue;
      }
      const visitDay = londonDate(visit.visitStart);
      const dueDay = londonDate(due);
      const late = daysOverdue(due, form ? (form.submittedAt ?? asOf) : asOf);
      if (form && late === 0) continue;
      const text = form
        ? `${who} (visited ${longDay(visitDay)}): form returned ${count(late, 'day')} after it was due on ${longDay(dueDay)}.`
        : `${who} (visited ${longDay(visitDay)}): form outstanding, due ${longDay(dueDay)}${late > 0 ? `, ${count(late, 'day')} late` : ''}.`;
      out.push({ ...base, state: form ? 'late' : 'outstanding', visitDay, dueDay, daysLate: late, text });
    }
  }
  return out;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const NUMBERS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** "During each visit, the councillors undertook four meetings: the first, Meeting with ...; ...". */
export function visitFormatOf(agenda: readonly { title: string }[]): string {
  if (agenda.length === 0) return '';
  const n = agenda.length;
  const howMany = n < NUMBERS.length ? `${NUMBERS[n]} ${n === 1 ? 'meeting' : 'meetings'}` : count(n, 'meeting');
  const parts = agenda.map(
    (p, i) => `${i < ORDINALS.length ? `the ${ORDINALS[i]}` : `part ${i + 1}`}, ${p.title.trim()}`
  );
  return `During each visit, the councillors undertook ${howMany}: ${listJoin(parts)}. After the visits, each councillor completed a report of their findings.`;
}
