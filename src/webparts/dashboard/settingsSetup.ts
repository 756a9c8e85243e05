// Loaded with the Settings tab (chunk 'settings-service'): the settings service over the page's
// SharePoint session and the form template registry. Kept apart so the dashboard's first download
// holds none of it. Every read goes to the list (no cache): "Reload" must show what is stored now.
import type { SPFI } from '@pnp/sp';
import { SpSettingsStore } from '../../adapters/sp/settingsStore';
import { hasTemplate, listTemplates } from '../../core/forms';
import { createProcessSource } from '../../core/settingsSource';
import { settingsService, type SettingsService } from './settingsService';

export function spSettingsService(sp: SPFI, userEmail: string): SettingsService {
  return settingsService({
    source: createProcessSource(new SpSettingsStore(sp), { hasTemplate, ttlMs: 0 }),
    userEmail,
    hasTemplate,
    templates: listTemplates().map((t) => ({ id: t.id, name: `${t.title} (${t.id})` }))
  });
}
