// Where the process comes from: the site's Process Settings item, checked on every load and save.
// A store reads and writes the raw item; createProcessSource (core/settingsSource.ts) makes it a
// ProcessSource that keeps the last good settings running when someone stores bad ones.
import type { FieldError, ProcessSettings } from '../settings';

/** The one settings item as stored: `settings` is the text of the Settings field (JSON). */
export interface StoredSettingsItem {
  id: number;
  etag: string;
  settings: string;
  version: number;
  changedBy: string;
}

export interface SettingsStore {
  /** The item, or undefined when the site has none (not provisioned at schema 5 yet). */
  read(): Promise<StoredSettingsItem | undefined>;
  /**
   * Writes the item: an update with IF-Match `current.etag` (stale: ConflictError, nothing written),
   * or, when `current` is undefined, the first item (ConflictError if one exists meanwhile).
   */
  write(
    current: { id: number; etag: string } | undefined,
    value: { settings: string; version: number; changedBy: string }
  ): Promise<StoredSettingsItem>;
}

export interface CurrentProcess {
  /** The settings to run with: the site's, the last good ones, or the 2025 preset. */
  settings: ProcessSettings;
  /** Why the stored settings were not used (empty when they were). */
  problems: FieldError[];
  /** The settings came from the site's item as it is now. */
  fromSite: boolean;
  /** The item's ETag, for save (undefined when the site has no item). */
  etag?: string;
}

export interface ProcessSource {
  current(): Promise<CurrentProcess>;
  /** Validates first (SettingsError with every bad field; nothing written), then writes at `etag`. */
  save(settings: unknown, etag: string | undefined, changedBy: string): Promise<CurrentProcess>;
}
