// The ProcessSource contract over any SettingsStore: checked loads and saves, the last good settings
// kept running when someone stores bad ones, a short cache, and ETags on every save.
import { ConflictError, SettingsError } from '../../../src/core/errors';
import { hasTemplate } from '../../../src/core/forms';
import type { SettingsStore } from '../../../src/core/ports/settings';
import { FRONTLINE_2025_SETTINGS, SIGNS_OF_SAFETY_2018_SETTINGS } from '../../../src/core/settings';
import { createProcessSource } from '../../../src/core/settingsSource';

export interface SettingsFixture {
  store: SettingsStore;
  /** Writes raw text into the Settings field, as an edit over REST would. */
  tamper(text: string): Promise<void>;
  /** Whether the site starts with the provisioned 2025 defaults. */
  provisioned: boolean;
}

const ANYSHIRE = {
  ...FRONTLINE_2025_SETTINGS,
  councilName: 'Anyshire',
  councilDomains: ['anyshire.gov.uk'],
  returnPeriodDays: 14
};

export function settingsContract(name: string, make: () => Promise<SettingsFixture>): void {
  describe(`process settings source: ${name}`, () => {
    let fx: SettingsFixture;
    let now: number;
    const source = () => createProcessSource(fx.store, { clock: () => now, hasTemplate });
    beforeEach(async () => {
      fx = await make();
      now = 1000;
      if (!fx.provisioned) await source().save(FRONTLINE_2025_SETTINGS, undefined, 'provisioning');
    });

    it('reads the 2025 defaults from the site', async () => {
      const current = await source().current();
      expect(current).toMatchObject({ settings: FRONTLINE_2025_SETTINGS, problems: [], fromSite: true });
      expect(current.etag).toEqual(expect.any(String));
    });

    it('saves valid settings at the ETag it read, and a stale ETag is a conflict that writes nothing', async () => {
      const s = source();
      const first = await s.current();
      const saved = await s.save(ANYSHIRE, first.etag, 'officer@example.gov.uk');
      expect(saved).toMatchObject({ settings: ANYSHIRE, fromSite: true, problems: [] });
      await expect(s.save(SIGNS_OF_SAFETY_2018_SETTINGS, first.etag, 'officer@example.gov.uk')).rejects.toBeInstanceOf(
        ConflictError
      );
      expect((await source().current()).settings).toEqual(ANYSHIRE);
      expect((await fx.store.read())?.changedBy).toBe('officer@example.gov.uk');
    });

    it('refuses invalid settings with every bad field, writing nothing', async () => {
      const s = source();
      const { etag } = await s.current();
      const refused = s.save({ ...ANYSHIRE, sendHour: 25, formTemplate: 'nope' }, etag, 'officer@example.gov.uk');
      await expect(refused).rejects.toBeInstanceOf(SettingsError);
      await expect(refused).rejects.toMatchObject({ errors: [{ field: 'sendHour' }, { field: 'formTemplate' }] });
      expect((await source().current()).settings).toEqual(FRONTLINE_2025_SETTINGS);
    });

    it('keeps the last good settings running when the stored ones are bad, naming the problems', async () => {
      const s = source();
      await s.save(ANYSHIRE, (await s.current()).etag, 'officer@example.gov.uk');
      await fx.tamper(JSON.stringify({ ...ANYSHIRE, returnPeriodDays: -1 }));
      now += 60000;
      expect(await s.current()).toMatchObject({
        settings: ANYSHIRE,
        fromSite: false,
        problems: [{ field: 'returnPeriodDays', message: 'must be a whole number from 1 to 365' }]
      });
      await fx.tamper('{not json');
      now += 60000;
      expect(await s.current()).toMatchObject({
        settings: ANYSHIRE,
        fromSite: false,
        problems: [{ field: 'Settings' }]
      });
    });

    it('falls back to the 2025 preset when it never had good settings', async () => {
      await fx.tamper('[]');
      expect(await source().current()).toMatchObject({
        settings: FRONTLINE_2025_SETTINGS,
        fromSite: false,
        problems: [{ field: '(settings)' }]
      });
    });

    it('reuses a read for 60 seconds, then reads again', async () => {
      const s = source();
      await s.current();
      await fx.tamper(JSON.stringify(ANYSHIRE));
      now += 59999;
      expect((await s.current()).settings).toEqual(FRONTLINE_2025_SETTINGS);
      now += 1;
      expect((await s.current()).settings).toEqual(ANYSHIRE);
    });
  });
}
