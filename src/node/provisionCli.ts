// `npm run provision`: creates or upgrades every list and field on SP_SITE_URL (default: the local
// list server, which must be running: `npm run sp:local`). Idempotent; prints what it changed.
import { provision } from '../adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../adapters/sp/provision/permissions';
import { connect } from './connection';

async function main(): Promise<void> {
  const connection = connect();
  const officers = (process.env.FRONTLINE_OFFICERS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  console.log(`Provisioning ${connection.siteUrl}${connection.local ? ' (local list server)' : ''}`);
  const report = await provision(connection.sp, { ...DEFAULT_PERMISSION_PLAN, officers });
  console.log(`Schema version ${report.fromVersion} -> ${report.toVersion}; ${report.changes.length} change(s).`);
  for (const line of report.changes) console.log(`  ${line}`);
}

main().catch((e: Error) => {
  console.error(`Provisioning failed: ${e.message}`);
  process.exitCode = 1;
});
