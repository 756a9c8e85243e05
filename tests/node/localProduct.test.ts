// What `npm start` sets up: the list server provisioned and seeded from the seed papers, through
// @pnp/sp, idempotently and durably.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, type LocalProduct } from '../../src/node/local';
import { seed } from '../../src/node/seed';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { SpRotaReader } from '../../src/adapters/sp/rotaReader';
import { SpFindingsRepository, SpHeadOfServiceRequestRepository } from '../../src/adapters/sp/repositories';
import { validateFindings, FRONTLINE_2025_TEMPLATE } from '../../src/core/forms';
import { londonDate } from '../../src/core/time/london';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-start-'));
let local: LocalProduct;
const sp = () => nodeSp(local.server.url, { kind: 'local', user: LOCAL_ADMIN });

beforeAll(async () => {
  local = await startLocalProduct({ port: 0, dataDir });
});
afterAll(async () => {
  await local?.server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the local product', () => {
  it('seeds the 2025/26 rota, teams, members and calendar', async () => {
    const data = await new SpRotaReader(sp()).readYear('2025-05', '2026-04');
    expect(data.teams).toHaveLength(16);
    expect(data.visits).toHaveLength(16);
    expect(data.councillors).toHaveLength(13);
    expect(data.qa.filter((q) => q.kind === 'Committee meeting').map((q) => londonDate(q.start))).toEqual(
      expect.arrayContaining(['2025-09-15', '2025-11-10', '2026-01-19', '2026-02-16', '2026-04-13', '2025-09-02'])
    );
    const july = data.visits.filter((v) => v.visitMonth === '2025-07');
    expect(july.map((v) => londonDate(v.visitStart as string)).sort()).toEqual([
      '2025-07-14',
      '2025-07-17',
      '2025-07-24'
    ]);
    expect(july.every((v) => v.status === 'Reported')).toBe(true);
  });

  it('seeds the three July 2025 forms, valid under the 2025 template, and the escalations', async () => {
    const data = await new SpRotaReader(sp()).readYear('2025-07', '2025-07');
    const forms = (await Promise.all(data.visits.map((v) => new SpFindingsRepository(sp()).forVisit(v.id)))).flat();
    expect(forms).toHaveLength(3);
    for (const f of forms) {
      expect(f.status).toBe('Submitted');
      expect(validateFindings(FRONTLINE_2025_TEMPLATE, f.answers, 'submit').errors).toEqual([]);
    }
    const requests = (
      await Promise.all(data.visits.map((v) => new SpHeadOfServiceRequestRepository(sp()).forVisit(v.id)))
    ).flat();
    expect(requests.map((r) => r.request).join('\n')).toContain('How do we assess the quality of new foster carers?');
    expect(requests).toHaveLength(2);
  });

  it('adds nothing when seeded or provisioned again', async () => {
    expect(await seed(sp())).toEqual([]);
    expect(local.provisioned.changes.length).toBeGreaterThan(0);
  });

  it('keeps everything after a restart on the same data directory', async () => {
    await local.server.close();
    local = await startLocalProduct({ port: 0, dataDir });
    expect(local.provisioned.changes).toEqual([]);
    expect(local.seeded).toEqual([]);
    expect((await new SpRotaReader(sp()).readYear('2025-05', '2026-04')).visits).toHaveLength(16);
  });
});
