// `npm run reminders -- --now <ISO time>`: one reminder sweep, as the bot's timer runs it. Against the
// local list server by default, or the tenant named by SP_SITE_URL (see connection.ts). Safe beside a
// running bot: every message is claimed in the send log before it is sent. Exit code 1 only when the
// sweep could not run at all (bad --now, lists unreachable); undelivered messages are in the report.
import * as os from 'os';
import { credentialsFromEnv } from '../bot/botframework/adapter';
import { runSweep } from '../bot/app/sweep';
import { formatSweepReport } from '../bot/app/sweepReport';
import { botFromSite, linksFromEnv, siteSweepLease, sweepDeps, sweepSettingsFromEnv } from './bot';
import type { SweepReport } from '../bot/app/sweepReport';
import type { SweepLeaseHolder } from '../bot/app/sweepLease';
import { failure, runMain, unreachable, type Script } from './cli';
import { type Connection } from './connection';

/** The sweep's instant: --now (any form Date.parse reads), else the real time. */
export function sweepInstant(argv: string[], realNow: number = Date.now()): string {
  const i = argv.indexOf('--now');
  if (i < 0) return new Date(realNow).toISOString();
  const raw = argv[i + 1];
  if (!raw || raw.startsWith('--') || Number.isNaN(Date.parse(raw))) {
    throw new Error(`--now must be a date and time such as 2025-11-05T09:30:00Z (got '${raw ?? ''}').`);
  }
  return new Date(Date.parse(raw)).toISOString();
}

function reason(e: unknown, connection: Connection | undefined): string {
  if (connection && !connection.local && unreachable(e))
    return `SharePoint at ${connection.siteUrl} is not reachable (${(e as Error).message}).`;
  return failure(e, connection);
}

/** How often a run kept out by another instance's sweep looks at the lease again. */
const LEASE_POLL_MS = 1000;

function printed(report: SweepReport): number {
  console.log(formatSweepReport(report).join('\n'));
  return 0;
}

async function remind(now: string, connection: Connection): Promise<number> {
  const settings = sweepSettingsFromEnv();
  // Log times run on from --now, so a demo at a chosen moment records sensible claim and send times.
  const offset = Date.parse(now) - Date.now();
  // The process from the site's Process Settings (the last good ones, if someone stored bad ones).
  const bot = await botFromSite(connection.sp, {
    credentials: credentialsFromEnv(),
    links: linksFromEnv(process.env, connection.local),
    contactEmail: process.env.FRONTLINE_CONTACT_EMAIL,
    now: () => new Date(Date.now() + offset).toISOString()
  });
  const deps = sweepDeps(bot.deps, settings, `reminders-${os.hostname()}-${process.pid}`);
  console.log(`Reminder sweep at ${now} against ${connection.siteUrl}`);
  // One instance sweeps at a time (the sweep lease): wait while a running service sweeps.
  const lease = siteSweepLease(connection.sp, deps.instanceId);
  // SIGTERM or SIGINT: start no new send, finish the one in flight, release the lease, print the report.
  let stopping = false;
  const stop = (): void => {
    stopping = true;
    lease.stop();
  };
  process.once('SIGTERM', stop).once('SIGINT', stop);
  try {
    return await leasedSweep(
      lease,
      () => stopping,
      (leaseHeld) => runSweep({ ...deps, leaseHeld }, now)
    );
  } finally {
    process.off('SIGTERM', stop).off('SIGINT', stop);
  }
}

/** Runs the sweep under the lease, waiting (FRONTLINE_LEASE_WAIT_SECONDS) while another instance sweeps. */
async function leasedSweep(
  lease: SweepLeaseHolder,
  stopping: () => boolean,
  sweep: (leaseHeld: () => boolean) => Promise<SweepReport>
): Promise<number> {
  const waitUntil = Date.now() + Number(process.env.FRONTLINE_LEASE_WAIT_SECONDS ?? 600) * 1000;
  for (;;) {
    const run = await lease.run(sweep);
    if (run.ran) return printed(run.result);
    if (stopping()) {
      console.error('The reminder sweep did not run: stopped while waiting for the sweep lease.');
      return 1;
    }
    if (Date.now() > waitUntil) {
      console.error(`The reminder sweep did not run: ${run.holder} holds the sweep lease (until ${run.expiresAt}).`);
      return 1;
    }
    console.log(`Waiting: ${run.holder} is sweeping (lease until ${run.expiresAt}).`);
    await new Promise((resolve) => setTimeout(resolve, LEASE_POLL_MS));
  }
}

/** No usage: a bad --now is exit code 1, as the sweep not running. */
export const REMINDERS_SCRIPT: Script<string> = {
  failed: 'The reminder sweep could not run',
  parse: (argv) => sweepInstant(argv),
  run: remind,
  reason
};

if (require.main === module) runMain(REMINDERS_SCRIPT);
