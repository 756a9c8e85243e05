// The Node composition root takes the process from the site's settings: at start-up, before each
// sweep, before each bot turn; the council's domains and contact from them when set.
import { botFromSite, sweepDeps } from '../../src/node/bot';
import { siteProcess } from '../../src/node/process';
import { nodeSp } from '../../src/node/sp';
import { LOCAL_ADMIN } from '../../src/node/connection';
import { hasTemplate } from '../../src/core/forms';
import { FRONTLINE_2025_SETTINGS } from '../../src/core/settings';
import { createProcessSource } from '../../src/core/settingsSource';
import { MemorySettingsStore } from '../kits/memory';

const ANYSHIRE = {
  ...FRONTLINE_2025_SETTINGS,
  id: 'anyshire-2026',
  returnPeriodDays: 14,
  councilName: 'Anyshire',
  councilDomains: ['anyshire.gov.uk'],
  pointOfContactEmail: 'visits@anyshire.gov.uk'
};

async function sourceWith(settings: unknown, clock: () => number) {
  const store = new MemorySettingsStore();
  const source = createProcessSource(store, { clock, hasTemplate });
  await source.save(settings, undefined, 'officer@example.gov.uk');
  return { store, source };
}

const options = {
  credentials: { appId: '', appPassword: '' },
  links: { form: (id: number) => `http://x/form?visit=${id}`, dashboard: 'http://x/dashboard' },
  contactEmail: 'officers@env.gov.uk',
  councilDomains: ['env.gov.uk']
};
const sp = () => nodeSp('http://127.0.0.1:9', { kind: 'local', user: LOCAL_ADMIN });

describe('the bot and the sweep take the process from the site', () => {
  it('at start-up: the settings, their domains and contact', async () => {
    const { source } = await sourceWith(ANYSHIRE, () => 0);
    const bot = await botFromSite(sp(), { ...options, source, log: () => undefined });
    expect(bot.deps.config).toEqual(ANYSHIRE);
    expect(bot.deps.councilDomains).toEqual(['anyshire.gov.uk']);
    expect(bot.deps.contact.email).toBe('visits@anyshire.gov.uk');
  });

  it('falls back to the environment when the settings name no domains or contact', async () => {
    const { source } = await sourceWith(FRONTLINE_2025_SETTINGS, () => 0);
    const bot = await botFromSite(sp(), { ...options, source, log: () => undefined });
    expect(bot.deps.config.returnPeriodDays).toBe(7);
    expect(bot.deps.councilDomains).toEqual(['env.gov.uk']);
    expect(bot.deps.contact.email).toBe('officers@env.gov.uk');
  });

  it('before each sweep: a change on the site reaches the sweep; bad settings keep the last good ones, said once', async () => {
    let now = 0;
    const { store, source } = await sourceWith(FRONTLINE_2025_SETTINGS, () => now);
    const log = jest.fn();
    const bot = await botFromSite(sp(), { ...options, source, log });
    const sweeper = sweepDeps(bot.deps, { options: {}, overallPerSecond: 10 });
    store.tamper(JSON.stringify(ANYSHIRE));
    now += 60000;
    await bot.process.apply(sweeper);
    expect(sweeper.config.returnPeriodDays).toBe(14);
    store.tamper(JSON.stringify({ ...ANYSHIRE, returnPeriodDays: 0 }));
    for (const _ of [1, 2]) {
      now += 60000;
      await bot.process.apply(sweeper);
    }
    expect(sweeper.config).toEqual(ANYSHIRE);
    expect(log).toHaveBeenCalledTimes(1);
    expect(log.mock.calls[0][0]).toContain('returnPeriodDays: must be a whole number from 1 to 365');
  });

  it('a failed read keeps what the deps had', async () => {
    const log = jest.fn();
    const failing = {
      current: () => Promise.reject(new Error('unreachable')),
      save: () => Promise.reject(new Error('no'))
    };
    const target = { config: ANYSHIRE, councilDomains: ['a.gov.uk'], contact: { email: 'c@a.gov.uk' } };
    expect(
      await siteProcess(failing, { councilDomains: [], contactEmail: 'x@y.gov.uk' }, log).apply(target)
    ).toBeUndefined();
    expect(target.config).toBe(ANYSHIRE);
    expect(log.mock.calls[0][0]).toContain('unreachable');
  });

  it("for each service call: the settings now, the last read on a failed read, the read's own error before any", async () => {
    let fail = false;
    const { source } = await sourceWith(ANYSHIRE, () => 0);
    const flaky = { ...source, current: () => (fail ? Promise.reject(new Error('unreachable')) : source.current()) };
    const fallbacks = { councilDomains: ['env.gov.uk'], contactEmail: 'x@y.gov.uk' };
    fail = true;
    await expect(siteProcess(flaky, fallbacks, () => undefined).inForce()).rejects.toThrow('unreachable');
    fail = false;
    const site = siteProcess(flaky, fallbacks, () => undefined);
    expect(await site.inForce()).toMatchObject({ config: ANYSHIRE, councilDomains: ['anyshire.gov.uk'] });
    fail = true;
    expect((await site.inForce()).config).toEqual(ANYSHIRE);
  });
});
