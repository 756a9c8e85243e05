// The ProcessSource over a settings store: validated on every load and save, cached for a short
// time, and the last good settings kept running when the stored ones are bad.
import { ConflictError, SettingsError } from './errors';
import type { CurrentProcess, ProcessSource, SettingsStore, StoredSettingsItem } from './ports/settings';
import { FRONTLINE_2025_SETTINGS, validateSettings, type FieldError, type ProcessSettings } from './settings';

export interface ProcessSourceOptions {
  /** How long a read is reused (default 60 s). */
  ttlMs?: number;
  /** Milliseconds now (default Date.now). */
  clock?: () => number;
  /** Whether a form template id exists (the form registry). */
  hasTemplate?: (id: string) => boolean;
  /** What runs before the site has good settings (default: the 2025 preset). */
  fallback?: ProcessSettings;
}

function parse(text: string): { value?: unknown; error?: FieldError } {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return { error: { field: 'Settings', message: 'must be the settings as JSON (the stored text is not JSON)' } };
  }
}

export function createProcessSource(store: SettingsStore, options: ProcessSourceOptions = {}): ProcessSource {
  const ttl = options.ttlMs ?? 60000;
  const clock = options.clock ?? (() => Date.now());
  let lastGood: ProcessSettings = options.fallback ?? FRONTLINE_2025_SETTINGS;
  let cached: { at: number; value: CurrentProcess } | undefined;

  const judge = (item: StoredSettingsItem | undefined): CurrentProcess => {
    if (!item) {
      return {
        settings: lastGood,
        problems: [
          { field: '(settings)', message: 'must be on the site: no Process Settings item (provision the site)' }
        ],
        fromSite: false
      };
    }
    const parsed = parse(item.settings);
    if (parsed.error) return { settings: lastGood, problems: [parsed.error], fromSite: false, etag: item.etag };
    const result = validateSettings(parsed.value, { hasTemplate: options.hasTemplate });
    if (!result.ok) return { settings: lastGood, problems: result.errors, fromSite: false, etag: item.etag };
    lastGood = result.settings;
    return { settings: result.settings, problems: [], fromSite: true, etag: item.etag };
  };

  return {
    async current(): Promise<CurrentProcess> {
      const now = clock();
      if (cached && now - cached.at < ttl) return cached.value;
      const value = judge(await store.read());
      cached = { at: now, value };
      return value;
    },
    async save(settings: unknown, etag: string | undefined, changedBy: string): Promise<CurrentProcess> {
      const result = validateSettings(settings, { hasTemplate: options.hasTemplate });
      if (!result.ok) throw new SettingsError(result.errors);
      const existing = await store.read();
      if (existing && etag === undefined) {
        throw new ConflictError('The process settings already exist: reload them and save with their ETag.');
      }
      const written = await store.write(existing ? { id: existing.id, etag: etag as string } : undefined, {
        settings: JSON.stringify(result.settings),
        version: (existing?.version ?? 0) + 1,
        changedBy
      });
      const value = judge(written);
      cached = { at: clock(), value };
      return value;
    }
  };
}
