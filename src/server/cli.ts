// `npm run sp:local`: runs the local SharePoint list server until Ctrl+C.
// Environment: SP_LOCAL_PORT (4323), SP_LOCAL_DATA (./.data/sp), SP_LOCAL_DEFAULT_USER,
// SP_LOCAL_ADMINS (comma-separated e-mails), SP_LOCAL_HOST (127.0.0.1), SP_LOCAL_LOG=1,
// SP_LOCAL_FAULT_RATE / SP_LOCAL_FAULT_SEED / SP_LOCAL_LATENCY_MS, SP_LOCAL_REQUIRE_DIGEST=1,
// SP_LOCAL_DIRECTORY (comma-separated domains and addresses that may become site users),
// SP_LOCAL_ALLOWED_ORIGINS (comma-separated browser origins given CORS answers).
import { startListServer } from './server';

const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const num = (v: string | undefined): number | undefined => (v !== undefined && v.trim() !== '' ? Number(v) : undefined);

async function main(): Promise<void> {
  const env = process.env;
  const server = await startListServer({
    host: env.SP_LOCAL_HOST,
    defaultUser: env.SP_LOCAL_DEFAULT_USER,
    siteAdmins: list(env.SP_LOCAL_ADMINS ?? 'admin@frontline.local'),
    directory: env.SP_LOCAL_DIRECTORY
      ? {
          domains: list(env.SP_LOCAL_DIRECTORY).filter((x) => !x.includes('@')),
          users: list(env.SP_LOCAL_DIRECTORY).filter((x) => x.includes('@'))
        }
      : undefined,
    requireDigest: env.SP_LOCAL_REQUIRE_DIGEST === '1',
    allowedOrigins: list(env.SP_LOCAL_ALLOWED_ORIGINS),
    log: env.SP_LOCAL_LOG === '1',
    faults: {
      rate: num(env.SP_LOCAL_FAULT_RATE),
      seed: num(env.SP_LOCAL_FAULT_SEED),
      latencyMs: num(env.SP_LOCAL_LATENCY_MS)
    }
  });
  console.log(`Local SharePoint list server: ${server.url}`);
  console.log(`  data: ${server.dataDir}`);
  console.log(
    '  caller: X-Frontline-User header or frontline-user cookie' +
      (env.SP_LOCAL_DEFAULT_USER ? `, default ${env.SP_LOCAL_DEFAULT_USER}` : '')
  );
  const stop = (): void => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1)
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
