// The Settings tab's committee report defaults: the defaults in force shown for settings saved
// before `pack` existed, edits (text, an implication added, moved and removed) turned into settings
// core accepts, and core's refusal beside the field that is wrong, named as the officer reads it.
import { FRONTLINE_2025_SETTINGS, validateSettings, type ProcessSettings } from '../../src/core/settings';
import { DEFAULT_PACK_SETTINGS, IMPLICATIONS_MAX } from '../../src/core/pack/settings';
import {
  candidateOf,
  draftOf,
  errorsByField,
  moveItem,
  newImplication,
  type SettingsDraft
} from '../../src/webparts/dashboard/settingsDraft';
import { fieldLabel } from '../../src/webparts/dashboard/components/settingsFields';

const check = (d: SettingsDraft) => validateSettings(candidateOf(d));

describe('the committee report on the Settings tab', () => {
  it('shows the defaults in force for older settings, and saves them as they are', () => {
    const { pack: _p, ...older } = FRONTLINE_2025_SETTINGS;
    const draft = draftOf(older as ProcessSettings);
    expect(draft.pack.marking).toBe('OPEN');
    expect(draft.pack.implications.map((i) => i.heading)).toEqual(
      DEFAULT_PACK_SETTINGS.implications.map((i) => i.heading)
    );
    expect(new Set(draft.pack.implications.map((i) => i.id)).size).toBe(DEFAULT_PACK_SETTINGS.implications.length);
    const result = check(draft);
    expect(result.ok && result.settings.pack).toEqual(DEFAULT_PACK_SETTINGS);
  });

  it('turns edited text and an implication added, moved and removed into settings core accepts', () => {
    const draft = draftOf(FRONTLINE_2025_SETTINGS);
    const [legal, finance, ...rest] = draft.pack.implications;
    const added = { ...newImplication(draft.pack.implications), heading: 'Climate', text: 'None identified.' };
    const implications = moveItem(
      [legal, { ...finance, text: 'Costs met from the existing budget.' }, ...rest.slice(1), added],
      0,
      1
    );
    const result = check({
      ...draft,
      pack: { ...draft.pack, marking: 'Part 2 - exempt', reportOf: 'The Director', implications }
    });
    expect(result.ok).toBe(true);
    const pack = result.ok ? result.settings.pack! : DEFAULT_PACK_SETTINGS;
    expect(pack).toMatchObject({ marking: 'Part 2 - exempt', reportOf: 'The Director', reportKind: 'BRIEFING REPORT' });
    expect(pack.implications.map((i) => i.heading)).toEqual([
      'Section 151 Officer/Finance',
      'Monitoring Officer/Legal',
      ...rest.slice(1).map((i) => i.heading),
      'Climate'
    ]);
    expect(pack.implications[0]).toEqual({
      heading: 'Section 151 Officer/Finance',
      text: 'Costs met from the existing budget.'
    });
    // What is saved is only heading and text: the draft's keys stay on the page.
    expect(Object.keys(pack.implications[0]).sort()).toEqual(['heading', 'text']);
    expect(draftOf(result.ok ? result.settings : FRONTLINE_2025_SETTINGS).pack.marking).toBe('Part 2 - exempt');
  });

  it('gives a new implication a key no other has, and moves nothing past either end', () => {
    const list = [
      { id: 'imp-2', heading: 'A', text: '' },
      { id: 'imp-3', heading: 'B', text: '' }
    ];
    expect(newImplication(list)).toEqual({ id: 'imp-4', heading: '', text: '' });
    expect(moveItem(list, 0, -1)).toBe(list);
    expect(moveItem(list, 1, 1)).toBe(list);
    expect(moveItem(list, 1, -1).map((i) => i.id)).toEqual(['imp-3', 'imp-2']);
  });

  it("puts core's refusal beside the field: an empty heading, a marking too long, too many implications", () => {
    const draft = draftOf(FRONTLINE_2025_SETTINGS);
    const implications = draft.pack.implications.map((i, n) => (n === 2 ? { ...i, heading: '  ' } : i));
    const bad = { ...draft, pack: { ...draft.pack, marking: 'x'.repeat(256), implications } };
    const result = check(bad);
    const errors = errorsByField(result.ok ? [] : result.errors, bad);
    expect(errors.get('pack.implications[2].heading')).toBe('must be a non-empty text of at most 255 characters');
    expect(errors.get('pack.marking')).toBe('must be a text of at most 255 characters');
    expect(fieldLabel('pack.implications[2].heading')).toBe('Implication 3: heading');
    expect(fieldLabel('pack.marking')).toBe('Committee report: Marking');
    expect(fieldLabel('pack')).toBe('Committee report');

    let many = draft.pack.implications;
    while (many.length <= IMPLICATIONS_MAX) many = [...many, { ...newImplication(many), heading: 'More' }];
    const tooMany = { ...draft, pack: { ...draft.pack, implications: many } };
    const refused = check(tooMany);
    expect(errorsByField(refused.ok ? [] : refused.errors, tooMany).get('pack.implications')).toMatch(
      /^must be a list of at most 20 implications/
    );
  });
});
