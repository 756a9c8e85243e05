// `npm run provision`: creates or upgrades every list and field on SP_SITE_URL (default: the local
// list server, which must be running: `npm run sp:local`). Idempotent; prints what it changed.
import { provision } from '../adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../adapters/sp/provision/permissions';
import { connect } from './connection';

async function main(): Promise<void> {
  const connection = connect();
  const list = (name: string): string[] =>
    (process.env[name] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const officers = list('FRONTLINE_OFFICERS');
  // Councillors, service managers and heads of service: readers of the site, not of others' forms.
  const readers = list('FRONTLINE_READERS');
  const readersGroup = process.env.FRONTLINE_READERS_GROUP ?? DEFAULT_PERMISSION_PLAN.readersGroup;
  console.log(`Provisioning ${connection.siteUrl}${connection.local ? ' (local list server)' : ''}`);
  const report = await provision(connection.sp, { ...DEFAULT_PERMISSION_PLAN, officers, readers, readersGroup });
  console.log(`Schema version ${report.fromVersion} -> ${report.toVersion}; ${report.changes.length} change(s).`);
  for (const line of report.changes) console.log(`  ${line}`);
}

main().catch((e: Error) => {
  console.error(`Provisioning failed: ${e.message}`);
  process.exitCode = 1;
});
