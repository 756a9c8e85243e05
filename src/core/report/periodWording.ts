// The period report's words and numbers, as the page shows them and the .docx lays them out: core
// decides them once, from buildPeriodReport's figures. Numbered paragraphs under headings, as the
// committee pack (pack/report.ts) and seed 004 number theirs.
import type { ReportBlock } from '../pack/report';
import { longDay } from '../pack/wording';
import { count } from '../text/plural';
import { londonDate } from '../time/london';
import type { PeriodReport } from './periodReport';

export interface PeriodDocument {
  /** "Frontline visits: yearly report 2025/26". */
  title: string;
  /** "May 2025 to April 2026 (12 months)". */
  periodLine: string;
  /** "Figures as at 3 December 2026". */
  asOfLine: string;
  /** One sentence each: visits, forms, responses (the page's figures). */
  summary: { visits: string; forms: string; responses: string };
  body: ReportBlock[];
  /** Under the body's last heading: themes by meeting, as a chart and a table (none: no themes raised). */
  themesIntro: string;
  /** The visits as a table: header, then one row per visit. */
  visitTable: string[][];
}

const KIND: Record<number, string> = {
  1: 'monthly',
  2: 'two-monthly',
  3: 'quarterly',
  4: 'four-monthly',
  6: 'six-monthly',
  12: 'yearly'
};

/** "yearly", "six-monthly". */
export const periodKind = (months: number): string => KIND[months] ?? `${months}-monthly`;

const monthName = (ym: string): string => longDay(`${ym}-01`).replace(/^1 /, '');
const days = (n: number | undefined): string => (n === undefined ? '' : count(Math.round(n * 10) / 10, 'day'));

export function visitsSentence(r: PeriodReport): string {
  const n = (s: string): number => r.visits.filter((v) => v.state === s).length;
  const rearranged = r.visits.filter((v) => v.rearranged).length;
  return (
    `${count(r.visits.length, 'visit')} on the rota for ${r.period.label}: ${n('made')} made, ` +
    `${n('to come')} still to come, ${n('cancelled')} cancelled; ${rearranged} rearranged.`
  );
}

export function formsSentence(r: PeriodReport): string {
  const f = r.forms;
  return (
    `${count(f.expected, 'findings form')} expected from the visits made: ${f.onTime} returned on time ` +
    `(within ${count(f.returnPeriodDays, 'day')} of the visit), ${f.late.length} returned late, ` +
    `${f.overdue.length} outstanding and overdue, ${f.notYetDue.length} not yet due.`
  );
}

export function responsesSentence(r: PeriodReport): string {
  const s = r.responses;
  if (s.rows.length === 0) return 'No issues were escalated to a head of service from the visits made.';
  const times = s.answered > 0 ? ` (median ${days(s.medianDays)}, longest ${days(s.longestDays)})` : '';
  return (
    `${count(s.rows.length, 'head-of-service request')}: ${s.answered} answered${times}, ` +
    `${s.withinTime} within the ${s.responsePeriodDays}-day response period; ${s.awaiting} awaiting an answer, ` +
    `${s.overdue} of them overdue.`
  );
}

const visitLine = (v: PeriodReport['visits'][number]): string => `${v.teamName} (planned ${monthName(v.plannedMonth)})`;

export function composePeriodReport(r: PeriodReport): PeriodDocument {
  const body: ReportBlock[] = [];
  const summary = { visits: visitsSentence(r), forms: formsSentence(r), responses: responsesSentence(r) };
  const cancelled = r.visits.filter((v) => v.cancelled);
  const rearranged = r.visits.filter((v) => v.rearranged);
  body.push(
    { kind: 'heading', level: 2, text: 'Visits against the rota' },
    { kind: 'para', number: '1', text: summary.visits }
  );
  if (cancelled.length) {
    body.push({ kind: 'para', number: '1.1', text: 'Cancelled:' });
    body.push({ kind: 'bullets', items: cancelled.map((v) => `${visitLine(v)}: ${v.cancelled}`) });
  }
  if (rearranged.length) {
    body.push({ kind: 'para', number: cancelled.length ? '1.2' : '1.1', text: 'Rearranged:' });
    body.push({
      kind: 'bullets',
      items: rearranged.map(
        (v) => `${visitLine(v)}: ${v.rearranged}${v.day ? `; now ${longDay(v.day)}` : '; awaiting a new date'}`
      )
    });
  }
  body.push(
    { kind: 'heading', level: 2, text: 'Findings forms returned' },
    { kind: 'para', number: '2', text: summary.forms }
  );
  const late = [...r.forms.late, ...r.forms.overdue];
  if (late.length) {
    body.push({ kind: 'para', number: '2.1', text: 'Forms returned late or outstanding:' });
    body.push({ kind: 'bullets', items: late.map((o) => o.text) });
  }
  body.push(
    { kind: 'heading', level: 2, text: 'Head of service response times' },
    { kind: 'para', number: '3', text: summary.responses }
  );
  if (r.responses.rows.length) {
    body.push({
      kind: 'bullets',
      items: r.responses.rows.map((x) => {
        const who = `${x.teamName}${x.councillorName ? `, Councillor ${x.councillorName}` : ''}: asked ${longDay(x.requestedDay)}`;
        return x.respondedDay
          ? `${who}, answered ${longDay(x.respondedDay)} after ${count(x.days ?? 0, 'day')} (${x.state}).`
          : `${who}, ${x.state === 'overdue' ? 'overdue' : 'awaiting an answer'}, due ${longDay(x.dueDay)}.`;
      })
    });
  }
  const themes = r.themes;
  body.push({ kind: 'heading', level: 2, text: 'Themes by meeting' });
  const themesIntro = themes?.rows.length
    ? `Themes raised by the period's findings forms, counted per committee meeting the forms were reported to (${themes.columns.map((c) => c.label).join('; ')}):`
    : 'No themes were raised by findings forms in this period.';
  body.push({ kind: 'para', number: '4', text: themesIntro, placeholder: !themes?.rows.length });
  const visitTable = [
    ['Team', 'Planned', 'Visited', 'Councillors', 'Where it stands'],
    ...r.visits.map((v) => [
      v.teamName,
      monthName(v.plannedMonth),
      v.state === 'made' && v.day ? longDay(v.day) : '',
      v.councillorNames.join(', '),
      v.state === 'cancelled'
        ? `Cancelled: ${v.cancelled ?? ''}`
        : v.state === 'made'
          ? 'Made'
          : v.rearranged
            ? `To come (rearranged: ${v.rearranged})`
            : 'To come'
    ])
  ];
  return {
    title: `Frontline visits: ${periodKind(r.period.months)} report ${r.period.label}`,
    periodLine: `${monthName(r.period.start)} to ${monthName(r.period.end)} (${count(r.period.months, 'month')})`,
    asOfLine: `Figures as at ${longDay(londonDate(r.asOf))}`,
    summary,
    body,
    themesIntro,
    visitTable
  };
}
