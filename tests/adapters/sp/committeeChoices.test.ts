// The committee fields follow the site's Process Settings: provisioning gives Councillors.Committees
// and Visit Rota.Committee the settings' committees as choices (added, never removed) and
// FillInChoice, so a committee added to the settings later can be stored before the next run.
import '@pnp/sp/fields';
import { OFFICER, startSite, type Site } from './harness';
import { provision } from '../../../src/adapters/sp/provision/provision';
import { DEFAULT_PERMISSION_PLAN } from '../../../src/adapters/sp/provision/permissions';
import { SpSettingsStore } from '../../../src/adapters/sp/settingsStore';
import { createProcessSource } from '../../../src/core/settingsSource';
import { SIGNS_OF_SAFETY_2018_SETTINGS } from '../../../src/core/settings';
import { COMMITTEES_2025 } from '../../../src/core/config';
import { LIST } from '../../../src/lists/schema';

const OSC_2018 = 'Children and Families Overview and Scrutiny Committee';
const PANEL = 'Corporate Parenting Panel';
const HAND_ADDED = 'Schools Forum';

let site: Site;
beforeAll(async () => {
  site = await startSite({}, SIGNS_OF_SAFETY_2018_SETTINGS);
});
afterAll(() => site?.close());

const plan = { ...DEFAULT_PERMISSION_PLAN, officers: [OFFICER] };
const field = (list: string, name: string) =>
  site.sp().web.lists.getByTitle(list).fields.getByInternalNameOrTitle(name);

async function choices(list: string, name: string): Promise<{ Choices: string[]; FillInChoice: boolean }> {
  const f = (await field(list, name).select('Choices', 'FillInChoice')()) as {
    Choices: string[] | { results: string[] };
    FillInChoice: boolean;
  };
  return { Choices: Array.isArray(f.Choices) ? f.Choices : f.Choices.results, FillInChoice: f.FillInChoice };
}

describe('committee choices from the Process Settings', () => {
  it("a 2018 council's first provisioning offers its committee on both fields, with fill-in allowed", async () => {
    expect(await choices(LIST.councillors, 'Committees')).toEqual({ Choices: [OSC_2018], FillInChoice: true });
    expect(await choices(LIST.visits, 'Committee')).toEqual({ Choices: [OSC_2018], FillInChoice: true });
    expect(site.provisionReport.changes).toContain('Process Settings: wrote the defaults (signs-of-safety-2018)');
  });

  it('a second run changes nothing', async () => {
    expect((await provision(site.sp(), plan)).changes).toEqual([]);
  });

  it("adds a committee the settings gained, keeping the old ones and the council's own choice", async () => {
    await field(LIST.visits, 'Committee').update({ Choices: [OSC_2018, HAND_ADDED] }, 'SP.FieldChoice');
    const source = createProcessSource(new SpSettingsStore(site.sp()), { ttlMs: 0 });
    const current = await source.current();
    expect(current.fromSite).toBe(true);
    await source.save({ ...current.settings, committees: [PANEL, OSC_2018] }, current.etag, OFFICER);

    // Provisioning without defaults: the site's settings decide, not the 2025 preset.
    const report = await provision(site.sp(), plan);
    expect(report.changes).toEqual([
      `${LIST.councillors}: updated field Committees (Choices)`,
      `${LIST.visits}: updated field Committee (Choices)`
    ]);
    expect((await choices(LIST.councillors, 'Committees')).Choices).toEqual([OSC_2018, PANEL]);
    expect((await choices(LIST.visits, 'Committee')).Choices).toEqual([OSC_2018, HAND_ADDED, PANEL]);
    for (const c of COMMITTEES_2025) expect((await choices(LIST.visits, 'Committee')).Choices).not.toContain(c);
  });

  it('never removes a choice the settings dropped', async () => {
    const source = createProcessSource(new SpSettingsStore(site.sp()), { ttlMs: 0 });
    const current = await source.current();
    await source.save({ ...current.settings, committees: [PANEL] }, current.etag, OFFICER);
    expect((await provision(site.sp(), plan)).changes).toEqual([]);
    expect((await choices(LIST.visits, 'Committee')).Choices).toEqual([OSC_2018, HAND_ADDED, PANEL]);
  });

  it('turns FillInChoice back on for a field provisioned before it (schema 5), and leaves it on', async () => {
    await field(LIST.visits, 'Committee').update({ FillInChoice: false }, 'SP.FieldChoice');
    const report = await provision(site.sp(), plan);
    expect(report.changes).toEqual([`${LIST.visits}: updated field Committee (FillInChoice)`]);
    expect((await choices(LIST.visits, 'Committee')).FillInChoice).toBe(true);
  });

  it('with unreadable settings, says so and adds the defaults the service then runs with', async () => {
    const item = await new SpSettingsStore(site.sp()).read();
    await site.sp().web.lists.getByTitle(LIST.settings).items.getById(item!.id).update({ Settings: '{ not json' });
    const report = await provision(site.sp(), plan, SIGNS_OF_SAFETY_2018_SETTINGS);
    expect(report.changes).toEqual([
      'Process Settings: not valid (Settings: not JSON); committee choices taken from the defaults (signs-of-safety-2018)'
    ]);
    // The 2018 committee is already a choice, so nothing else changed; the item is left for the officer.
    expect((await new SpSettingsStore(site.sp()).read())?.settings).toBe('{ not json');
  });
});
