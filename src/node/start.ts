// `npm start`: runs the product locally. `--process <id>` picks the demo council (demoProcess.ts: the
// 2025 one by default, or signs-of-safety-2018 in .data/sp-2018; `--data <dir>` overrides the folder).
// Starts the local SharePoint list server, provisions and seeds it, prints the process in force, the
// rota read back through @pnp/sp, a plan for the year from the core planner (2025), and the messages
// due at `--now`. Keeps serving until Ctrl+C (`--once` exits).
import * as path from 'path';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../core/calendar/bankHolidays';
import { planRota } from '../core/planner';
import { dueNotifications } from '../core/reminders';
import { awaitsFindings } from '../core/visitStatus';
import { rotaYearOf } from '../core/rota/rotaYear';
import { formatLondon, londonDate } from '../core/time/london';
import { SpRotaReader } from '../adapters/sp/rotaReader';
import { SpFindingsRepository } from '../adapters/sp/repositories';
import { describeDue, describePlan } from './printPlan';
import { LOCAL_OFFICER, startLocalProduct, startLocalService } from './local';
import { afterReplyRunner } from '../bot/app/afterReply';
import { demoFromArgs, describeProcess } from './demoProcess';
import type { ServiceHandle } from '../service/app';
import { startPlayground, type PlaygroundHandle } from './playground';
import { nodeSp } from './sp';
import { LOCAL_ADMIN } from './connection';
import { startHost, type HostHandle } from '../host/server';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const demo = demoFromArgs(process.argv);
  const config = demo.config;
  const dataArg = argValue('--data');
  // A moment in the sample year, so the demo has something due; override with --now.
  const nowArg = argValue('--now') ?? demo.sampleNow;
  if (Number.isNaN(Date.parse(nowArg)))
    throw new Error(`--now must be a date and time such as 2025-07-22T09:00:00Z (got '${nowArg}').`);
  const now = new Date(Date.parse(nowArg)).toISOString();

  const local = await startLocalProduct({ demo, dataDir: dataArg ? path.resolve(dataArg) : undefined });
  console.log(describeProcess(config).join('\n'));
  console.log(`Local SharePoint list server: ${local.server.url} (data in ${local.server.dataDir})`);
  console.log(
    `Provisioned: schema ${local.provisioned.toVersion}, ${local.provisioned.changes.length} change(s); seeded ${local.seeded.length} item(s).`
  );

  const sp = nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
  const year = rotaYearOf(demo.month, demo.yearStartMonth);
  const data = await new SpRotaReader(sp).readYear(year.start, year.end);
  const names = new Map(data.councillors.map((c) => [c.email, c.name]));
  const teamName = new Map(data.teams.map((t) => [t.id, t.name]));
  console.log(`\nThe ${year.label} rota in the Visit Rota list (${data.visits.length} visits):`);
  const byDate = [...data.visits].sort((a, b) =>
    (a.visitStart ?? a.visitMonth).localeCompare(b.visitStart ?? b.visitMonth)
  );
  for (const v of byDate) {
    const when = v.visitStart ? formatLondon(v.visitStart, 'EEE d MMM yyyy HH:mm') : `${v.visitMonth} (month only)`;
    const who = v.councillorEmails.map((e) => names.get(e) ?? e).join(', ') || 'no councillor yet';
    console.log(`  ${when.padEnd(22)} ${String(teamName.get(v.teamId)).padEnd(34)} ${v.status.padEnd(16)} ${who}`);
  }

  if (demo.slots) {
    const plan = planRota({
      slots: demo.slots,
      teams: data.teams,
      councillors: data.councillors,
      qaCalendar: data.qa,
      bankHolidays: [...ENGLAND_AND_WALES_BANK_HOLIDAYS],
      config
    });
    console.log(`\nA fresh plan for ${year.label} from the core planner:`);
    console.log(describePlan(plan, (e) => names.get(e) ?? e).join('\n'));
  }

  // Only visits still waiting for forms can have reminders, so only their findings are read.
  const findingsRepo = new SpFindingsRepository(sp);
  const waiting = data.visits.filter((v) => awaitsFindings(v.status));
  const findings = (await Promise.all(waiting.map((v) => findingsRepo.forVisit(v.id)))).flat();
  const due = dueNotifications({ visits: data.visits, submitted: findings, config, now, sent: new Set() });
  console.log('');
  console.log(describeDue(due, now).join('\n'));

  // The local workbench (the web parts on a page) in front of the list server; its "today" is
  // --now's London day, so the page shows the same moment as the messages above.
  let host: HostHandle;
  let service: ServiceHandle | undefined;
  const afterReply = afterReplyRunner((task, e) =>
    console.warn(
      `After a reply, ${task} failed (${e instanceof Error ? e.message : String(e)}); the next sweep finishes it.`
    )
  );
  try {
    // The service's clock is --now too, so a form for a July 2025 visit can be sent in the demo.
    // The reminder sweep runs inside the bot every FRONTLINE_SWEEP_MINUTES (default 15) at --now.
    // As the service runs: a Send or an answer replies after its durable write, the rest follows.
    service = await startLocalService(local, {
      now: () => now,
      sweepIntervalMs: Number(process.env.FRONTLINE_SWEEP_MINUTES ?? 15) * 60000,
      afterReply
    });
    host = await startHost({ listServerUrl: local.server.url, today: londonDate(now), serviceUrl: service.url });
  } catch (e) {
    await service?.close();
    await local.server.close();
    throw e;
  }
  const svc = service;
  console.log(`Frontline service: findings API ${svc.url}/api/findings, Teams bot ${svc.url}/api/messages`);
  console.log(`\nLocal workbench (the web parts, as ${LOCAL_OFFICER} by default): ${host.url}`);
  let playground: PlaygroundHandle | undefined;
  const closeAll = (): Promise<void> => {
    playground?.stop();
    return host
      .close()
      .then(() => svc.close())
      .then(() => afterReply.idle(10000))
      .then(() => local.server.close());
  };
  if (process.argv.includes('--once')) {
    await closeAll();
    return;
  }
  if (!process.argv.includes('--no-playground')) {
    try {
      playground = await startPlayground(`${svc.url}/api/messages`, '.data');
      console.log(`Microsoft 365 Agents Playground (local Teams client, as Sarah Bennett-Wake): ${playground.url}`);
    } catch (e) {
      console.warn(
        `The Agents Playground did not start (${(e as Error).message}); the bot still answers on ${svc.url}/api/messages.`
      );
    }
  }
  console.log(
    `Serving ${host.url} and ${local.server.url} until Ctrl+C. Try: curl -H 'X-Frontline-User: ${LOCAL_ADMIN}' "${local.server.url}/_api/web/lists/getByTitle('Visit%20Rota')/items?\\$top=3"`
  );
  const stop = (): void => {
    closeAll().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error & { code?: string }) => {
  const busy =
    e.code === 'EADDRINUSE'
      ? ' The port is in use: stop the other server or set SP_LOCAL_PORT (list server), FRONTLINE_SERVICE_PORT (service) or FRONTLINE_HOST_PORT (workbench).'
      : '';
  console.error(`Frontline Visits could not start: ${e.message}.${busy}`);
  process.exitCode = 1;
});
