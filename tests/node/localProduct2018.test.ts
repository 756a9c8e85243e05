// `npm start -- --process signs-of-safety-2018`: the 2018 demo council (seed 001) started through the
// same functions as `npm start`, on a free port and a temp folder; and the flag itself.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, type LocalProduct } from '../../src/node/local';
import { demoFromArgs, describeProcess, UsageError } from '../../src/node/demoProcess';
import { seed2018 } from '../../src/node/seed2018';
import { SpSettingsStore } from '../../src/adapters/sp/settingsStore';
import { createProcessSource } from '../../src/core/settingsSource';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { SpRotaReader } from '../../src/adapters/sp/rotaReader';
import { londonDate } from '../../src/core/time/london';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-2018-'));
const demo = demoFromArgs(['--process', 'signs-of-safety-2018']);
let local: LocalProduct;
const sp = () => nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });
const readRota = () => new SpRotaReader(sp()).readYear('2018-04', '2019-03');

beforeAll(async () => {
  local = await startLocalProduct({ port: 0, dataDir, demo });
});
afterAll(async () => {
  await local?.server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the 2018 demo council', () => {
  it('seeds the intake teams, the members of the paper and the 2018 rota', async () => {
    const data = await readRota();
    expect(data.teams.map((t) => t.name).sort()).toEqual(['ChECS', 'Crewe', 'Macclesfield']);
    expect(data.councillors).toHaveLength(9);
    expect(data.visits).toHaveLength(9);
    expect(data.visits.map((v) => londonDate(v.visitStart as string)).sort()[0]).toBe('2018-04-20');
    expect(local.seeded).toHaveLength(21);
  });

  it("writes the 2018 process into the site's Process Settings, which the bot and sweep then run", async () => {
    const { settings, problems, fromSite } = await createProcessSource(new SpSettingsStore(sp())).current();
    expect({ fromSite, problems }).toEqual({ fromSite: true, problems: [] });
    expect(settings).toMatchObject({
      id: 'signs-of-safety-2018',
      returnPeriodDays: 28,
      councillorsPerVisit: 2,
      formTemplate: 'signs-of-safety-2018'
    });
  });

  it('sends two councillors to every visit, on the Signs of Safety form, due 28 days later', async () => {
    const data = await readRota();
    const known = new Set(data.councillors.map((c) => c.email));
    expect(data.visits.length).toBeGreaterThan(0);
    for (const v of data.visits) {
      expect(v.councillorEmails).toHaveLength(2);
      expect(v.councillorEmails.every((e) => known.has(e))).toBe(true);
      expect(v.formTemplate).toBe('signs-of-safety-2018');
      expect(v.durationMinutes).toBe(60);
    }
    const crewe = data.visits.find((v) => londonDate(v.visitStart as string) === '2018-04-20');
    expect(londonDate(crewe?.findingsDueDate as string)).toBe('2018-05-18');
  });

  it('adds nothing when seeded again, or started again on the same folder', async () => {
    expect(await seed2018(sp())).toEqual([]);
    await local.server.close();
    local = await startLocalProduct({ port: 0, dataDir, demo });
    expect(local.provisioned.changes).toEqual([]);
    expect(local.seeded).toEqual([]);
    expect((await readRota()).visits).toHaveLength(9);
  });
});

describe('--process', () => {
  it('is the 2025 council by default and the 2018 one when named', () => {
    expect(demoFromArgs(['--once']).config.id).toBe('frontline-2025');
    expect(demoFromArgs(['--process', 'frontline-2025']).dataDir).toBe(path.join('.data', 'sp'));
    expect(demo.config.id).toBe('signs-of-safety-2018');
    expect(demo.dataDir).toBe(path.join('.data', 'sp-2018'));
  });

  it('refuses an unknown or missing value, listing the allowed ones', () => {
    expect(() => demoFromArgs(['--process', 'signs-of-safety'])).toThrow(UsageError);
    expect(() => demoFromArgs(['--process', 'signs-of-safety'])).toThrow(
      "--process must be one of frontline-2025, signs-of-safety-2018 (got 'signs-of-safety')"
    );
    expect(() => demoFromArgs(['--process'])).toThrow('(got nothing)');
  });

  it('describes the process in force: return period, councillors per visit, agenda with minutes', () => {
    expect(describeProcess(demo.config).join('\n')).toEqual(
      [
        'Process in force: signs-of-safety-2018',
        '  Findings due 28 days after the visit; 2 councillor(s) per visit; form signs-of-safety-2018',
        '  Agenda (60 minutes):',
        '     30 min  Discussion with service and team managers',
        '     30 min  Discussion with team members (as available)'
      ].join('\n')
    );
    expect(describeProcess(demoFromArgs([]).config)[1]).toContain('7 days after the visit; 1 councillor(s)');
  });

  it('npm start with an unknown value exits non-zero with the message, no stack trace', () => {
    const run = spawnSync(
      process.execPath,
      [
        require.resolve('ts-node/dist/bin'),
        '--transpile-only',
        '--project',
        'tsconfig.node.json',
        'src/node/start.ts',
        '--process',
        'nope',
        '--once'
      ],
      { encoding: 'utf8', timeout: 60000 }
    );
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      "Frontline Visits could not start: --process must be one of frontline-2025, signs-of-safety-2018 (got 'nope')."
    );
  });
});
