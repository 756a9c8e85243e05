// Child process for bench/botLatency.ts: the local list server (on disk, provisioned and seeded as
// `npm start` does), in a process of its own as on a tenant, where SharePoint is another machine.
// Adds one bench councillor per conversation, each with a visit held yesterday (a findings form to
// fill in) and one booked next month (a briefing to ask for), so every turn reads and writes real
// list items and no two conversations write the same item.
// Prints one JSON line {url, users} when ready; exits on SIGTERM or stdin end.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct } from '../src/node/local';
import { nodeSp } from '../src/node/sp';
import { LOCAL_ADMIN } from '../src/node/connection';
import { spRepositories } from '../src/adapters/sp/repositories';
import type { Repositories } from '../src/core/ports/repositories';

export interface BenchUser {
  id: string;
  name: string;
  email: string;
  aadObjectId: string;
  /** The visit held yesterday, awaiting this councillor's form. */
  heldVisitId: number;
}

/** Bench "today" is 2025-07-29; the held visit is the day before, the booked one in August. */
export const BENCH_NOW = '2025-07-29T09:00:00.000Z';

/** Adds `conversations` bench councillors, each with a held and a booked visit (see above). */
export async function seedBenchUsers(repos: Repositories, conversations: number): Promise<BenchUser[]> {
  const [pattern] = (await repos.visits.query()).filter((v) => v.formTemplate && v.teamId);
  if (!pattern) throw new Error('the seeded rota has no visit to copy');
  const { id: _omit, ...base } = pattern;
  const users: BenchUser[] = [];
  for (let i = 1; i <= conversations; i++) {
    const n = String(i).padStart(3, '0');
    const email = `bench.cllr${n}@example.gov.uk`;
    const aadObjectId = `00000000-0000-4000-8000-000000000${n}`;
    await repos.councillors.add({
      name: `Bench Councillor ${n}`,
      email,
      aadObjectId,
      committees: [base.committee],
      secondVisitVolunteer: false,
      active: true,
      dataProtectionTrainingDate: '2025-04-01T09:00:00.000Z'
    });
    const held = await repos.visits.add({
      ...base,
      title: `Bench held ${n}`,
      councillorEmails: [email],
      status: 'Visited',
      visitMonth: '2025-07',
      visitStart: '2025-07-28T09:00:00.000Z',
      findingsDueDate: '2025-08-04T09:00:00.000Z'
    });
    await repos.visits.add({
      ...base,
      title: `Bench booked ${n}`,
      councillorEmails: [email],
      status: 'Booked',
      visitMonth: '2025-08',
      visitStart: '2025-08-20T09:00:00.000Z',
      findingsDueDate: '2025-08-27T09:00:00.000Z'
    });
    users.push({ id: `29:bench-${n}`, name: `Bench Councillor ${n}`, email, aadObjectId, heldVisitId: held.id });
  }
  return users;
}

async function main(): Promise<void> {
  const conversations = Number(process.argv[2] ?? 50);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-bench-sp-'));
  const local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  const repos = spRepositories(nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN }));
  const users = await seedBenchUsers(repos, conversations);
  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + '\n');
    await local.server.close().catch(() => undefined);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  process.stdout.write(JSON.stringify({ url: local.server.url, users }) + '\n');
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`listServer: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
