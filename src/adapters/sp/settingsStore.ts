// The SettingsStore port over the Process Settings list (one item). createProcessSource in core
// checks what it reads and writes; this only moves the item, with IF-Match on every update.
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ConflictError } from '../../core/errors';
import type { SettingsStore, StoredSettingsItem } from '../../core/ports/settings';
import { FRONTLINE_2025_SETTINGS, type ProcessSettings } from '../../core/settings';
import { LIST } from '../../lists/schema';
import { mapSpError } from './errors';
import { etagOf, type Item } from './mappers';

const FIELDS = ['Id', 'Settings', 'SettingsVersion', 'ChangedBy'];
const TITLE = 'Process settings';

function fromItem(i: Item): StoredSettingsItem {
  return {
    id: Number(i.Id),
    etag: etagOf(i),
    settings: typeof i.Settings === 'string' ? i.Settings : '',
    version: Number(i.SettingsVersion ?? 0),
    changedBy: typeof i.ChangedBy === 'string' ? i.ChangedBy : ''
  };
}

export class SpSettingsStore implements SettingsStore {
  public constructor(private readonly sp: SPFI) {}

  private get items() {
    return this.sp.web.lists.getByTitle(LIST.settings).items;
  }

  public async read(): Promise<StoredSettingsItem | undefined> {
    try {
      const found = (await this.items
        .select(...FIELDS)
        .orderBy('Id')
        .top(1)()) as Item[];
      return found.length ? fromItem(found[0]) : undefined;
    } catch (e) {
      return mapSpError(e, 'the process settings');
    }
  }

  public async write(
    current: { id: number; etag: string } | undefined,
    value: { settings: string; version: number; changedBy: string }
  ): Promise<StoredSettingsItem> {
    const fields = { Settings: value.settings, SettingsVersion: value.version, ChangedBy: value.changedBy };
    try {
      if (current) {
        await this.items.getById(current.id).update(fields, current.etag);
      } else {
        if (await this.read())
          throw new ConflictError('Someone else created the process settings meanwhile: reload them.');
        await this.items.add({ Title: TITLE, ...fields });
      }
    } catch (e) {
      return mapSpError(e, 'the process settings');
    }
    const stored = await this.read();
    if (!stored) throw new ConflictError('The process settings were removed while being saved: reload them.');
    return stored;
  }
}

/** Provisioning: the 2025 defaults, only when the site has no settings item; never overwrites one. */
export async function ensureDefaultSettings(
  sp: SPFI,
  defaults: ProcessSettings = FRONTLINE_2025_SETTINGS
): Promise<string[]> {
  const store = new SpSettingsStore(sp);
  if (await store.read()) return [];
  await store.write(undefined, {
    settings: JSON.stringify(defaults),
    version: 1,
    changedBy: 'provisioning'
  });
  return [`${LIST.settings}: wrote the defaults (${defaults.id})`];
}
