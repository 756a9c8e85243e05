// The settings view's data (loaded with the Settings tab, chunk 'settings-service'): the site's
// process settings through a ProcessSource, core's check of a draft, a save at the item's ETag, and
// the presets. Every rule is core's (validateSettings); this only says what an outcome means.
import { AccessDeniedError, ConflictError, SettingsError } from '../../core/errors';
import {
  FRONTLINE_2025_SETTINGS,
  SIGNS_OF_SAFETY_2018_SETTINGS,
  validateSettings,
  type FieldError,
  type ProcessSettings
} from '../../core/settings';
import type { CurrentProcess, ProcessSource } from '../../core/ports/settings';
import { candidateOf, draftOf, type SettingsDraft } from './settingsDraft';

export interface SettingsPreset {
  id: string;
  name: string;
  settings: ProcessSettings;
}

export const SETTINGS_PRESETS: SettingsPreset[] = [
  { id: FRONTLINE_2025_SETTINGS.id, name: 'Frontline 2025', settings: FRONTLINE_2025_SETTINGS },
  { id: SIGNS_OF_SAFETY_2018_SETTINGS.id, name: 'Signs of Safety 2018', settings: SIGNS_OF_SAFETY_2018_SETTINGS }
];

export interface TemplateChoice {
  id: string;
  name: string;
}

export type SaveOutcome =
  | { kind: 'saved'; current: CurrentProcess }
  /** Core refused the draft: every bad field (nothing was written). */
  | { kind: 'invalid'; errors: FieldError[]; message: string }
  /** Someone else saved first: reload to see theirs (nothing was written; the draft is the caller's). */
  | { kind: 'conflict'; message: string }
  /** The list refused the write: the person may not edit the settings. */
  | { kind: 'denied'; message: string }
  | { kind: 'failed'; message: string };

export interface SettingsService {
  /** The settings running now, whether they are the site's, and why not when they are not. */
  load(): Promise<CurrentProcess>;
  /** Core's check of a draft: every bad field, or none. */
  validate(draft: SettingsDraft): FieldError[];
  save(draft: SettingsDraft, etag: string | undefined): Promise<SaveOutcome>;
  presets: SettingsPreset[];
  /** The preset's process as a draft, keeping the draft's council name, domains and point of contact. */
  applyPreset(presetId: string, draft: SettingsDraft): SettingsDraft;
  /** The findings form templates a council may choose. */
  templates: TemplateChoice[];
}

export interface SettingsDeps {
  source: ProcessSource;
  /** Who saves (recorded as ChangedBy). */
  userEmail: string;
  hasTemplate: (id: string) => boolean;
  templates: TemplateChoice[];
}

export function settingsService(deps: SettingsDeps): SettingsService {
  const check = { hasTemplate: deps.hasTemplate };
  return {
    load: () => deps.source.current(),
    validate(draft) {
      const result = validateSettings(candidateOf(draft), check);
      return result.ok ? [] : result.errors;
    },
    async save(draft, etag) {
      const result = validateSettings(candidateOf(draft), check);
      if (!result.ok) return invalid(result.errors);
      try {
        return { kind: 'saved', current: await deps.source.save(result.settings, etag, deps.userEmail) };
      } catch (e) {
        if (e instanceof SettingsError) return invalid(e.errors);
        if (e instanceof ConflictError) {
          return {
            kind: 'conflict',
            message:
              'Someone else saved the process settings after you opened them, so yours were not saved. ' +
              'Your changes are still here: reload to see theirs, then make your changes again and save.'
          };
        }
        if (e instanceof AccessDeniedError) {
          return {
            kind: 'denied',
            message:
              'Not saved: you may read the process settings but not change them. Only the officers who run the visits can.'
          };
        }
        const why = e instanceof Error ? e.message : String(e);
        return { kind: 'failed', message: `The settings could not be saved: ${why}. Nothing was changed; try again.` };
      }
    },
    presets: SETTINGS_PRESETS,
    applyPreset(presetId, draft) {
      const preset = SETTINGS_PRESETS.find((p) => p.id === presetId);
      if (!preset) throw new Error(`There is no preset '${presetId}'.`);
      // A preset is a process; who the council is, and how its committee reports read, stay as typed.
      const { councilName, councilDomains, pointOfContactEmail, pack } = draft;
      return { ...draftOf(preset.settings), councilName, councilDomains, pointOfContactEmail, pack };
    },
    templates: deps.templates
  };
}

function invalid(errors: FieldError[]): SaveOutcome {
  const n = errors.length;
  return {
    kind: 'invalid',
    errors,
    message: `Not saved: ${n} ${n === 1 ? 'field needs' : 'fields need'} fixing first (listed above).`
  };
}
