// The SettingsStore port (core/ports/settings.ts) over a memory list holding the Process Settings
// item, as SpSettingsStore behaves: the first item only when there is none, updates at the ETag
// read (IF-Match; stale: ConflictError, nothing written), and the item read back after a write.
import { ConflictError } from '../../../src/core/errors';
import type { SettingsStore, StoredSettingsItem } from '../../../src/core/ports/settings';
import { MemoryList } from './list';

type SettingsFields = Omit<StoredSettingsItem, 'id' | 'etag'>;

export class MemorySettingsStore implements SettingsStore {
  public readonly list = new MemoryList<SettingsFields>({ noun: 'the process settings' });
  public reads = 0;

  /** Stores raw text as someone editing the list over REST would, bypassing every check. */
  public tamper(settings: string): void {
    const item = this.first();
    if (!item) throw new Error('No settings item to tamper with.');
    this.list.touch(item.id, { settings });
  }

  public async read(): Promise<StoredSettingsItem | undefined> {
    this.reads += 1;
    return this.first();
  }

  public async write(
    current: { id: number; etag: string } | undefined,
    value: SettingsFields
  ): Promise<StoredSettingsItem> {
    if (current) this.list.update(current, value);
    else if (this.first()) throw new ConflictError('Someone else created the process settings meanwhile: reload them.');
    else this.list.add(value);
    const stored = this.first();
    if (!stored) throw new ConflictError('The process settings were removed while being saved: reload them.');
    return stored;
  }

  /** The item with the lowest id, as SpSettingsStore reads it. */
  private first(): StoredSettingsItem | undefined {
    return this.list.find(1);
  }
}
