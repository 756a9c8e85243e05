// `npm run import:history` and the seeding `npm start` does, against a fresh local list server:
// the seed papers' findings arrive once, and running again adds nothing.
import { execFile } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { startSite, type Site } from '../adapters/sp/harness';
import {
  formatImport,
  importSeedHistory,
  readSeedPapers,
  REPO_SEEDS_DIR,
  seedsDir,
  SeedsMissingError
} from '../../src/node/importHistory';
import { seed } from '../../src/node/seed';
import { SpHistoryRepository } from '../../src/adapters/sp/historyStores';
import { LIST } from '../../src/lists/schema';

const ROOT = path.join(__dirname, '..', '..');
const run = promisify(execFile);
let site: Site;
const itemCount = async (): Promise<number> =>
  ((await site.sp().web.lists.getByTitle(LIST.history).items.select('Id').top(5000)()) as unknown[]).length;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());

describe('the history import', () => {
  it('imports the three papers once; a second run creates nothing and the list keeps its items', async () => {
    const first = await importSeedHistory(site.sp());
    expect(first.files.map((f) => f.file)).toEqual([
      '000_1290f69ea51aafb9.txt',
      '001_086ad33f1db9db76.txt',
      '004_612cc97b3255ff55.txt'
    ]);
    expect(first.result).toMatchObject({ created: 103, unchanged: 0, updated: 0 });
    expect(await itemCount()).toBe(103);
    const second = await importSeedHistory(site.sp());
    expect(second.result).toMatchObject({ created: 0, unchanged: 103, updated: 0 });
    expect(formatImport(second.result, second.files)).toEqual([
      expect.stringMatching(
        /^seed-000 \(000_1290f69ea51aafb9\.txt, Children and Families Committee, 9 June 2025.*\): created 0, unchanged 32, updated 0$/
      ),
      expect.stringMatching(
        /^seed-001 \(001_086ad33f1db9db76\.txt, .*2017-18 Annual Report.*\): created 0, unchanged 46, updated 0$/
      ),
      expect.stringMatching(/^seed-004 \(004_612cc97b3255ff55\.txt, .*\): created 0, unchanged 25, updated 0$/),
      'created 0, unchanged 103, updated 0'
    ]);
    expect(await itemCount()).toBe(103);
    expect(
      (await new SpHistoryRepository(site.sp()).byPeriod('2023-24')).filter((r) => r.paper === 'seed-000')
    ).toHaveLength(32);
  });

  it('is what `npm run import:history` runs, printing counts per paper and in total', async () => {
    const bin = path.join(ROOT, 'node_modules', '.bin', 'ts-node');
    const args = ['--transpile-only', '--project', 'tsconfig.node.json', 'src/node/importHistory.ts'];
    const env = { ...process.env, SP_SITE_URL: site.url, FRONTLINE_SEEDS_DIR: '' };
    const { stdout } = await run(bin, args, { cwd: ROOT, env });
    expect(stdout).toContain(`Importing history from ${REPO_SEEDS_DIR} into ${site.url}`);
    expect(stdout).toMatch(/^seed-001 \(001_086ad33f1db9db76\.txt, .*\): created 0, unchanged 46, updated 0$/m);
    expect(stdout.trim().split('\n').pop()).toBe('created 0, unchanged 103, updated 0');
    const missing = path.join(os.tmpdir(), 'no-such-seeds-folder');
    const failed = await run(bin, args, { cwd: ROOT, env: { ...env, FRONTLINE_SEEDS_DIR: missing } }).catch(
      (e: { code: number; stderr: string }) => e
    );
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`The seed papers folder ${missing} does not exist`)
    });
  }, 60000);

  it('reads data/seeds by default, FRONTLINE_SEEDS_DIR when set, and says which paper is missing', () => {
    expect(seedsDir({})).toBe(REPO_SEEDS_DIR);
    expect(seedsDir({ FRONTLINE_SEEDS_DIR: '../shared/seeds' })).toBe(path.resolve('../shared/seeds'));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seeds-'));
    try {
      // A copy under another name is found by its paper number.
      fs.copyFileSync(path.join(REPO_SEEDS_DIR, '000_1290f69ea51aafb9.txt'), path.join(dir, '000_renamed.txt'));
      expect(() => readSeedPapers(dir)).toThrow(
        new SeedsMissingError(
          `${dir} has no 001_086ad33f1db9db76.txt (${'Children and Families Overview and Scrutiny Committee, 16 July 2018: 2017-18 Annual Report of Member Frontline Visits'}).`
        )
      );
      for (const f of ['001_086ad33f1db9db76.txt', '004_612cc97b3255ff55.txt'])
        fs.copyFileSync(path.join(REPO_SEEDS_DIR, f), path.join(dir, f));
      expect(readSeedPapers(dir).map((p) => `${p.paper} ${p.file}`)).toEqual([
        'seed-000 000_renamed.txt',
        'seed-001 001_086ad33f1db9db76.txt',
        'seed-004 004_612cc97b3255ff55.txt'
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('seeding (npm start)', () => {
  let fresh: Site;
  beforeAll(async () => {
    fresh = await startSite();
  });
  afterAll(() => fresh?.close());

  it('imports the history with the rest, and adds nothing when seeded again', async () => {
    const done = await seed(fresh.sp());
    expect(done.filter((d) => d.startsWith('history'))).toEqual([
      'history seed-000: 32 created, 0 updated',
      'history seed-001: 46 created, 0 updated',
      'history seed-004: 25 created, 0 updated'
    ]);
    expect(await new SpHistoryRepository(fresh.sp()).all()).toHaveLength(103);
    expect(await seed(fresh.sp())).toEqual([]);
  }, 60000);
});
