// Loaded on first use (chunk 'process-settings'): the page's ProcessSource over the Process
// Settings list, with the form registry to check the template. Kept apart so a web part's first
// download holds none of the settings checks or the form templates.
import type { SPFI } from '@pnp/sp';
import { SpSettingsStore } from '../../adapters/sp/settingsStore';
import { AccessDeniedError, NotFoundError } from '../../core/errors';
import { hasTemplate } from '../../core/forms/registry';
import type { ProcessSource, SettingsStore } from '../../core/ports/settings';
import { createProcessSource } from '../../core/settingsSource';

/**
 * For reading only. Someone who may not read the list (a delegate outside the site's readers), or a
 * site without it yet, is treated as a site without settings: the source then runs on the last good
 * or preset settings, as it does for bad ones. Any other failure (e.g. the network) is reported.
 */
export function spProcessSource(sp: SPFI): ProcessSource {
  const store = new SpSettingsStore(sp);
  const readable: SettingsStore = {
    read: () =>
      store.read().catch((e: unknown) => {
        if (e instanceof AccessDeniedError || e instanceof NotFoundError) return undefined;
        throw e;
      }),
    write: (current, value) => store.write(current, value)
  };
  return createProcessSource(readable, { hasTemplate });
}
