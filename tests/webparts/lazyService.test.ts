// The stand-ins web parts hand their views while a service's chunk loads (shared/lazyService.ts,
// dashboard/lazyDashboard.ts): calls wait for the chunk and reach the real service, a failed load is
// tried again, and the dashboard's answers-at-once need the data load() gave.
import { lazyService, prefetch } from '../../src/webparts/shared/lazyService';
import { loadOnce } from '../../src/webparts/shared/loadOnce';
import { lazyDashboardService } from '../../src/webparts/dashboard/lazyDashboard';
import type { DashboardData, DashboardService } from '../../src/webparts/dashboard/dashboardService';

interface Greeter {
  userEmail: string;
  greet(name: string): Promise<string>;
  count(): Promise<number>;
}

function realGreeter(): Greeter {
  let n = 0;
  return {
    userEmail: 'real@example.org',
    greet: async (name) => `hello ${name} from ${(n += 1)}`,
    count: async () => n
  };
}

describe('lazyService', () => {
  it('forwards each call, with its arguments, to the one service the load gives', async () => {
    let loads = 0;
    const get = loadOnce(async () => {
      loads += 1;
      return realGreeter();
    });
    const g = lazyService(get, ['greet', 'count'], { userEmail: 'known@example.org' });
    expect(g.userEmail).toBe('known@example.org');
    expect(await g.greet('Ann')).toBe('hello Ann from 1');
    expect(await g.greet('Bob')).toBe('hello Bob from 2');
    expect(await g.count()).toBe(2);
    expect(loads).toBe(1);
  });

  it('tries a failed load again on the next call, also after a prefetch that failed', async () => {
    let attempts = 0;
    const get = loadOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk load failed');
      return realGreeter();
    });
    prefetch(get);
    const g = lazyService(get, ['greet', 'count'], { userEmail: 'x@example.org' });
    await new Promise((r) => setTimeout(r, 0));
    expect(attempts).toBe(1);
    expect(await g.greet('Cy')).toBe('hello Cy from 1');
    expect(attempts).toBe(2);
  });

  it('passes the load failure to the caller', async () => {
    const g = lazyService<Greeter, 'greet' | 'count'>(() => Promise.reject(new Error('offline')), ['greet', 'count'], {
      userEmail: 'x@example.org'
    });
    await expect(g.count()).rejects.toThrow('offline');
  });
});

describe('lazyDashboardService', () => {
  const data = { visits: [] } as unknown as DashboardData;

  it('answers rows and meetings from the loaded service once load() has resolved, and not before', async () => {
    const real = {
      load: async () => data,
      rows: (d: DashboardData) => (d === data ? [] : undefined),
      meetings: () => [{ committee: 'Children', day: '2026-01-05' }]
    } as unknown as DashboardService;
    const lazy = lazyDashboardService(async () => real);
    expect(() => lazy.meetings(data)).toThrow('before its data was loaded');
    expect(await lazy.load()).toBe(data);
    expect(lazy.rows(data)).toEqual([]);
    expect(lazy.meetings(data)).toEqual([{ committee: 'Children', day: '2026-01-05' }]);
  });
});
