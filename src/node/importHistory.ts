// `npm run import:history`: the findings of the seed papers into the Findings History list, on the
// local list server by default or the tenant named by SP_SITE_URL (connection.ts). Reads the text
// copies in data/seeds/ (FRONTLINE_SEEDS_DIR overrides; ../shared/seeds beside the repo is the
// fallback). Idempotent: a second run reports everything unchanged. `npm start` runs it too (seed.ts).
import * as fs from 'fs';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import { importHistory, SEED_PAPERS, type ImportResult, type PaperText } from '../core/history';
import { SpHistoryRepository } from '../adapters/sp/historyStores';
import { NotFoundError } from '../core/errors';
import { connect, type Connection } from './connection';

const ROOT = path.resolve(__dirname, '..', '..');
export const REPO_SEEDS_DIR = path.join(ROOT, 'data', 'seeds');
export const SHARED_SEEDS_DIR = path.join(ROOT, '..', 'shared', 'seeds');

export class SeedsMissingError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SeedsMissingError';
  }
}

export interface SeedFile extends PaperText {
  /** The paper's original file name. */
  file: string;
  title: string;
}

/** FRONTLINE_SEEDS_DIR when set (used as given), else data/seeds, else ../shared/seeds. */
export function seedsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.FRONTLINE_SEEDS_DIR) return path.resolve(env.FRONTLINE_SEEDS_DIR);
  return fs.existsSync(REPO_SEEDS_DIR) ? REPO_SEEDS_DIR : SHARED_SEEDS_DIR;
}

export function readSeedPapers(dir: string): SeedFile[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new SeedsMissingError(
      `The seed papers folder ${dir} does not exist. It should hold ${SEED_PAPERS.map((p) => p.file).join(', ')} ` +
        `(data/seeds/ in the repo has them); set FRONTLINE_SEEDS_DIR to the folder that does.`
    );
  }
  const names = fs.readdirSync(dir);
  return SEED_PAPERS.map((p) => {
    // Exactly the original name, else the same paper number ("001_…txt") if a copy was renamed.
    const file =
      names.indexOf(p.file) >= 0 ? p.file : names.find((n) => n.startsWith(p.file.slice(0, 4)) && n.endsWith('.txt'));
    if (!file) throw new SeedsMissingError(`${dir} has no ${p.file} (${p.title}).`);
    return { paper: p.id, file, title: p.title, text: fs.readFileSync(path.join(dir, file), 'utf8') };
  });
}

export function formatImport(result: ImportResult, files: SeedFile[]): string[] {
  const counts = (c: { created: number; unchanged: number; updated: number }): string =>
    `created ${c.created}, unchanged ${c.unchanged}, updated ${c.updated}`;
  return [
    ...files.map(
      (f) =>
        `${f.paper} (${f.file}, ${f.title}): ${counts(result.byPaper[f.paper] ?? { created: 0, unchanged: 0, updated: 0 })}`
    ),
    counts(result)
  ];
}

export async function importSeedHistory(
  sp: SPFI,
  dir: string = seedsDir()
): Promise<{ result: ImportResult; files: SeedFile[] }> {
  const files = readSeedPapers(dir);
  return { result: await importHistory(new SpHistoryRepository(sp), files), files };
}

/** For `npm start`: one line per paper that gained or changed records; none when nothing did. */
export async function seedHistory(sp: SPFI): Promise<string[]> {
  const { result } = await importSeedHistory(sp);
  return Object.entries(result.byPaper)
    .filter(([, c]) => c.created || c.updated)
    .map(([paper, c]) => `history ${paper}: ${c.created} created, ${c.updated} updated`);
}

function reason(e: unknown, connection: Connection | undefined): string {
  const err = e as Error & { cause?: { code?: string } };
  if (/fetch failed|ECONNREFUSED/.test(`${err?.message} ${err?.cause?.code ?? ''}`) && connection) {
    return connection.local
      ? `the local list server at ${connection.siteUrl} is not reachable. Start it (npm start, or npm run sp:local) or set SP_SITE_URL.`
      : `SharePoint at ${connection.siteUrl} is not reachable (${err.message}).`;
  }
  if (e instanceof NotFoundError)
    return `${err.message} Run npm run provision first (schema version 3 adds the Findings History list).`;
  return err instanceof Error ? err.message : String(e);
}

async function main(): Promise<number> {
  let connection: Connection | undefined;
  try {
    const dir = seedsDir();
    const files = readSeedPapers(dir);
    connection = connect();
    console.log(`Importing history from ${dir} into ${connection.siteUrl}`);
    const result = await importHistory(new SpHistoryRepository(connection.sp), files);
    for (const line of formatImport(result, files)) console.log(line);
    return 0;
  } catch (e) {
    console.error(e instanceof SeedsMissingError ? e.message : `The history import failed: ${reason(e, connection)}`);
    return 1;
  }
}

if (require.main === module) {
  main().then((code) => process.stdout.write('', () => process.exit(code)));
}
