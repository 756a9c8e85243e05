// An in-memory SettingsStore: the Process Settings item as the list holds it, ETags included.
import { ConflictError } from '../../src/core/errors';
import type { SettingsStore, StoredSettingsItem } from '../../src/core/ports/settings';

export class MemorySettingsStore implements SettingsStore {
  private item: StoredSettingsItem | undefined;
  private etagCount = 0;
  public reads = 0;

  /** Stores raw text as someone editing the list over REST would, bypassing every check. */
  public tamper(settings: string): void {
    if (!this.item) throw new Error('No settings item to tamper with.');
    this.item = { ...this.item, settings, etag: this.nextEtag() };
  }

  public async read(): Promise<StoredSettingsItem | undefined> {
    this.reads += 1;
    return this.item && { ...this.item };
  }

  public async write(
    current: { id: number; etag: string } | undefined,
    value: { settings: string; version: number; changedBy: string }
  ): Promise<StoredSettingsItem> {
    if (
      current
        ? !this.item || this.item.id !== current.id || (current.etag !== '*' && this.item.etag !== current.etag)
        : this.item
    ) {
      throw new ConflictError('Someone else changed the process settings since they were opened.');
    }
    this.item = { id: this.item?.id ?? 1, etag: this.nextEtag(), ...value };
    return { ...this.item };
  }

  private nextEtag(): string {
    this.etagCount += 1;
    return `"${this.etagCount}"`;
  }
}
