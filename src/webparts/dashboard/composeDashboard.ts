// The dashboard web part's one composition: what its React root gets, from the page's SharePoint
// session. The SPFx class and the local workbench both call it; neither builds services itself.
// The status table's service (repositories, list definitions, mappers, core rules) comes in a chunk
// of its own, fetched as the web part starts, so it downloads while the first screen draws. What
// the status table does not need (themes, Teams delivery stores, the integrity check's version
// reader, the settings checks) loads on first use, and the site's process (Process Settings) is
// read alongside the dashboard's first lists.
import type { SPFI } from '@pnp/sp';
import type { IsoDateTime } from '../../core/model';
import { downloadFile } from '../shared/download';
import { siteProcess } from '../shared/siteProcess';
import type { DashboardViewProps } from './components/DashboardView';
import type { DashboardService } from './dashboardService';
import { lazyDashboardService } from './lazyDashboard';
import { prefetch } from '../shared/lazyService';
import { lazyDeliveryStores, lazyIntegrity, lazyThemesService } from './lazyServices';
import { loadOnce } from '../shared/loadOnce';
import type { ServiceConnection } from './privacyService';

export interface DashboardInputs {
  sp: SPFI;
  userEmail: string;
  /** "Now" for due dates and lateness: real time on SharePoint, the workbench's day locally. */
  now: () => IsoDateTime;
  /** Reaches the Frontline service (the Privacy tab's calls); absent, no Privacy tab. Called on first use. */
  connectService?: () => Promise<ServiceConnection | undefined>;
}

export function composeDashboard(input: DashboardInputs): DashboardViewProps {
  const { sp, userEmail, now, connectService } = input;
  // One ProcessSource for the page (its 60 s cache shared by every load).
  const process = siteProcess(() =>
    import(/* webpackChunkName: 'process-settings' */ '../shared/processSetup').then((m) => m.spProcessSource(sp))
  );
  const delivery = lazyDeliveryStores(() =>
    import(/* webpackChunkName: 'delivery-stores' */ './deliverySetup').then((m) => m.spDeliveryStores(sp))
  );
  const integrity = lazyIntegrity(() =>
    import(/* webpackChunkName: 'integrity' */ '../../adapters/sp/integrity').then((m) => new m.SpIntegrityCheck(sp))
  );
  const service = loadOnce((): Promise<DashboardService> =>
    import(/* webpackChunkName: 'dashboard-service' */ './dashboardSetup').then((m) =>
      m.spDashboardService(sp, process, now, delivery, integrity)
    )
  );
  prefetch(service);
  return {
    service: lazyDashboardService(service),
    themes: lazyThemesService(() =>
      import(/* webpackChunkName: 'themes-service' */ './themesSetup').then((m) =>
        m.spThemesService(sp, userEmail, now)
      )
    ),
    // The officers' Settings tab: its own uncached source, so "Reload" shows what is stored now.
    settings: loadOnce(() =>
      import(/* webpackChunkName: 'settings-service' */ './settingsSetup').then((m) =>
        m.spSettingsService(sp, userEmail)
      )
    ),
    // The Retention tab: the retention sweep's dry run, over the lists as this officer reads them.
    retention: () =>
      import(/* webpackChunkName: 'retention-preview-service' */ './retentionSetup').then((m) =>
        m.retentionPreview(sp, now())
      ),
    // The officers' Privacy tab: subject access and erasure through the service, loaded with the tab.
    privacy:
      connectService &&
      loadOnce(() =>
        import(/* webpackChunkName: 'privacy-service' */ './privacySetup').then((m) =>
          m.spPrivacyService(sp, connectService)
        )
      ),
    onDownload: (file) => downloadFile(file.fileName, file.content, file.mimeType)
  };
}
