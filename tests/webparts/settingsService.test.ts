// The settings view's service over the in-memory Process Settings item: what loads (and why the
// stored settings are not used when they are bad), core's per-field check of a draft, a save at the
// ETag, a conflict that writes nothing, a refusal from the list, and the presets.
import { MemorySettingsStore } from '../kits/memory';
import { createProcessSource } from '../../src/core/settingsSource';
import { hasTemplate } from '../../src/core/forms';
import { AccessDeniedError } from '../../src/core/errors';
import {
  FRONTLINE_2025_SETTINGS,
  SIGNS_OF_SAFETY_2018_SETTINGS,
  validateSettings,
  type ProcessSettings
} from '../../src/core/settings';
import type { SettingsStore } from '../../src/core/ports/settings';
import { settingsService } from '../../src/webparts/dashboard/settingsService';
import {
  agendaMinutes,
  candidateOf,
  draftOf,
  errorsByField,
  newAgendaPart
} from '../../src/webparts/dashboard/settingsDraft';

const COUNCIL: ProcessSettings = {
  ...FRONTLINE_2025_SETTINGS,
  councilName: 'Anyshire',
  councilDomains: ['anyshire.gov.uk'],
  pointOfContactEmail: 'visits@anyshire.gov.uk'
};

async function setUp(settings: ProcessSettings | null = COUNCIL) {
  const store = new MemorySettingsStore();
  if (settings)
    await store.write(undefined, { settings: JSON.stringify(settings), version: 1, changedBy: 'provisioning' });
  const make = (s: SettingsStore = store, userEmail = 'officer@anyshire.gov.uk') =>
    settingsService({
      source: createProcessSource(s, { hasTemplate, ttlMs: 0 }),
      userEmail,
      hasTemplate,
      templates: [{ id: 'frontline-2025', name: 'Frontline 2025' }]
    });
  return { store, service: make(), make };
}

describe('settingsService', () => {
  it("loads the site's settings with their ETag", async () => {
    const { service } = await setUp();
    const current = await service.load();
    expect(current).toMatchObject({ fromSite: true, problems: [], etag: '"1"' });
    expect(current.settings.councilName).toBe('Anyshire');
  });

  it('says why stored settings are not used, and what runs instead', async () => {
    const { store, service } = await setUp();
    store.tamper(JSON.stringify({ ...COUNCIL, returnPeriodDays: 0, councilDomains: ['x@anyshire.gov.uk'] }));
    const current = await service.load();
    expect(current.fromSite).toBe(false);
    expect(current.settings.returnPeriodDays).toBe(7);
    expect(current.problems.map((p) => p.field)).toEqual(['returnPeriodDays', 'councilDomains[0]']);
    store.tamper('{not json');
    expect((await service.load()).problems).toEqual([
      { field: 'Settings', message: expect.stringMatching(/not JSON/) }
    ]);
  });

  it("checks a draft with core's rules, naming each field, the typed item and what it allows", async () => {
    const { service } = await setUp();
    const draft = draftOf(COUNCIL);
    expect(service.validate(draft)).toEqual([]);
    const bad = {
      ...draft,
      returnPeriodDays: '0',
      briefingLeadDays: 'seven',
      councilDomains: 'anyshire.gov.uk, visits@anyshire.gov.uk',
      reminderOffsetsDays: '-2, 3',
      agenda: [...draft.agenda.slice(0, 1), { ...draft.agenda[1], minutes: '1.5', title: ' ' }],
      committees: ['']
    };
    const errors = service.validate(bad);
    expect(errors.map((e) => e.field)).toEqual([
      'returnPeriodDays',
      'briefingLeadDays',
      'agenda[1].title',
      'agenda[1].minutes',
      'committees[0]',
      'reminderOffsetsDays[1]',
      'councilDomains[1]'
    ]);
    const byField = errorsByField(errors, bad);
    expect(byField.get('returnPeriodDays')).toBe('must be a whole number from 1 to 365');
    expect(byField.get('councilDomains')).toMatch(/^'visits@anyshire.gov.uk' must be a lower-case e-mail domain/);
    expect(byField.get('reminderOffsetsDays')).toMatch(/^'3' must be a whole number of days from -60 to 0/);
    expect(service.validate({ ...draft, formTemplate: 'nope' })[0]).toMatchObject({ field: 'formTemplate' });
  });

  it('turns the draft back into exactly the settings it came from', () => {
    expect(candidateOf(draftOf(COUNCIL))).toEqual(JSON.parse(JSON.stringify(COUNCIL)));
    const agenda = draftOf(COUNCIL).agenda;
    expect(agendaMinutes(agenda)).toBe(150);
    expect(agendaMinutes([...agenda, { ...newAgendaPart(agenda), minutes: 'x' }])).toBe(150);
    expect(newAgendaPart([{ ...agenda[0], id: 'part-2' }]).id).toBe('part-3');
  });

  it('shows the report period in force: the 2018 preset six-monthly from April, older settings yearly from May', () => {
    const d2018 = draftOf(SIGNS_OF_SAFETY_2018_SETTINGS);
    expect([d2018.reportPeriodMonths, d2018.reportYearStartMonth]).toEqual(['6', '4']);
    const { reportPeriodMonths: _m, reportYearStartMonth: _s, ...older } = COUNCIL;
    const d = draftOf(older);
    expect([d.reportPeriodMonths, d.reportYearStartMonth]).toEqual(['12', '5']);
    const result = validateSettings({ ...candidateOf({ ...d, reportPeriodMonths: '5' }) });
    const errors = result.ok ? [] : result.errors;
    expect(errorsByField(errors, d).get('reportPeriodMonths')).toMatch(/^must be one of 1, 2, 3, 4, 6, 12 months/);
  });

  it('saves at the ETag, recording who saved, and loads what was saved', async () => {
    const { store, service } = await setUp();
    const current = await service.load();
    const draft = {
      ...draftOf(current.settings),
      returnPeriodDays: '14',
      committees: ['Corporate Parenting Committee']
    };
    const outcome = await service.save(draft, current.etag);
    expect(outcome).toMatchObject({ kind: 'saved', current: { fromSite: true, etag: '"2"' } });
    const stored = await store.read();
    expect(stored).toMatchObject({ version: 2, changedBy: 'officer@anyshire.gov.uk' });
    expect(JSON.parse(stored!.settings)).toMatchObject({
      returnPeriodDays: 14,
      committees: ['Corporate Parenting Committee']
    });
    expect((await service.load()).settings.returnPeriodDays).toBe(14);
  });

  it('refuses an invalid draft before writing anything', async () => {
    const { store, service } = await setUp();
    const current = await service.load();
    const outcome = await service.save({ ...draftOf(current.settings), returnPeriodDays: '0' }, current.etag);
    expect(outcome).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'returnPeriodDays' }],
      message: /1 field needs fixing/
    });
    expect((await store.read())?.etag).toBe('"1"');
  });

  it('reports a conflict when someone else saved first, writing nothing', async () => {
    const { store, service, make } = await setUp();
    const mine = await service.load();
    const theirs = make(store, 'other.officer@anyshire.gov.uk');
    await theirs.save(
      { ...draftOf((await theirs.load()).settings), returnPeriodDays: '10' },
      (await theirs.load()).etag
    );
    const outcome = await service.save({ ...draftOf(mine.settings), returnPeriodDays: '21' }, mine.etag);
    expect(outcome).toMatchObject({
      kind: 'conflict',
      message: expect.stringMatching(/Someone else saved.*Your changes are still here: reload/)
    });
    expect(JSON.parse((await store.read())!.settings).returnPeriodDays).toBe(10);
    // After a reload, the same draft saves at the new ETag.
    const reloaded = await service.load();
    expect((await service.save({ ...draftOf(mine.settings), returnPeriodDays: '21' }, reloaded.etag)).kind).toBe(
      'saved'
    );
  });

  it('says plainly when the list refuses the write', async () => {
    const { store, make } = await setUp();
    const readOnly: SettingsStore = {
      read: () => store.read(),
      write: async () => {
        throw new AccessDeniedError('You do not have permission to change the process settings.');
      }
    };
    const service = make(readOnly, 'cllr@anyshire.gov.uk');
    const current = await service.load();
    const outcome = await service.save(draftOf(current.settings), current.etag);
    expect(outcome).toMatchObject({ kind: 'denied', message: expect.stringMatching(/Not saved: .*Only the officers/) });
    const failing: SettingsStore = {
      read: () => store.read(),
      write: async () => Promise.reject(new Error('offline'))
    };
    expect(await make(failing).save(draftOf(current.settings), current.etag)).toMatchObject({
      kind: 'failed',
      message: /offline.*Nothing was changed/
    });
  });

  it('applies a preset, keeping the council name, domains, contact and committee report defaults as typed', async () => {
    const { service } = await setUp();
    expect(service.presets.map((p) => p.name)).toEqual(['Frontline 2025', 'Signs of Safety 2018']);
    const typed = draftOf(COUNCIL);
    const pack = { ...typed.pack, marking: 'Part 2 - exempt', contactOfficer: 'Jo Bloggs' };
    const draft = { ...typed, councilDomains: 'anyshire.gov.uk, any.gov.uk', pack };
    const applied = service.applyPreset('signs-of-safety-2018', draft);
    expect(applied).toMatchObject({
      id: 'signs-of-safety-2018',
      returnPeriodDays: '28',
      councillorsPerVisit: '2',
      formTemplate: 'signs-of-safety-2018'
    });
    expect(applied).toMatchObject({
      councilName: 'Anyshire',
      councilDomains: 'anyshire.gov.uk, any.gov.uk',
      pointOfContactEmail: 'visits@anyshire.gov.uk'
    });
    expect(applied.pack).toEqual(pack);
    expect(applied.agenda.map((p) => p.title)).toEqual([
      'Discussion with service and team managers',
      'Discussion with team members (as available)'
    ]);
    expect(() => service.applyPreset('nope', draft)).toThrow(/no preset 'nope'/);
  });

  it('creates the first item when the site has none', async () => {
    const { store, service } = await setUp(null);
    const current = await service.load();
    expect(current.fromSite).toBe(false);
    expect(current.etag).toBeUndefined();
    expect((await service.save(draftOf(COUNCIL), current.etag)).kind).toBe('saved');
    expect((await store.read())?.version).toBe(1);
  });
});
