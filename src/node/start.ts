// `npm start`: plans the 2025/26 rota from the seed papers with the core planner and prints it, then
// the reminders that would be due at a moment (`--now <ISO>`). Later issues start the local list
// server, the web part host and the bot from here.
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../core/calendar/bankHolidays';
import { FRONTLINE_2025 } from '../core/config';
import { planRota } from '../core/planner';
import { dueNotifications } from '../core/reminders';
import { BEN_WYE, CFCCL_MEMBERS_2025, QA_2025, ROTA_2025, TEAMS_2025 } from '../core/samples/rota2025';
import { POINT_OF_CONTACT } from '../core/samples/visits2025';
import type { Visit } from '../core/model';
import { describeDue, describePlan } from './printPlan';

/** A moment in the sample year, so the demo has something due; override with --now. */
const SAMPLE_NOW = '2025-07-22T09:00:00.000Z';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const now = argValue('--now') ?? SAMPLE_NOW;
  if (Number.isNaN(Date.parse(now))) {
    console.error(`--now must be a date and time such as 2025-07-22T09:00:00Z (got '${now}').`);
    process.exitCode = 2;
    return;
  }
  const councillors = [...CFCCL_MEMBERS_2025, BEN_WYE];
  const names = new Map(councillors.map((c) => [c.email, c.name]));
  const plan = planRota({ slots: ROTA_2025, teams: TEAMS_2025, councillors, qaCalendar: QA_2025, bankHolidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS], config: FRONTLINE_2025 });
  console.log('Frontline Visits: the 2025/26 rota planned from the seed papers');
  console.log(describePlan(plan, (e) => names.get(e) ?? e).join('\n'));

  // Treat the plan as booked, so the reminder rules have visits to work on.
  const visits: Visit[] = plan.visits.map((v, i) => ({ ...v, id: i + 1, status: 'Booked', pointOfContactEmail: POINT_OF_CONTACT }));
  const due = dueNotifications({ visits, submitted: [], config: FRONTLINE_2025, now: new Date(Date.parse(now)).toISOString(), sent: new Set() });
  console.log('');
  console.log(describeDue(due, new Date(Date.parse(now)).toISOString()).join('\n'));
}

main();
