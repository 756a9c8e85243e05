// Loaded as the web part starts (chunk 'dashboard-service'): the status table's service over the
// repositories, with the list definitions, mappers and core rules (rows, due dates, pack settings)
// they need, kept out of the first download (see composeDashboard.ts).
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../../adapters/sp/repositories';
import type { IntegrityCheck } from '../../core/ports/integrity';
import type { IsoDateTime } from '../../core/model';
import { dashboardService, type DashboardProcess, type DashboardService } from './dashboardService';
import type { DeliveryStores } from './lazyServices';

export function spDashboardService(
  sp: SPFI,
  process: () => Promise<DashboardProcess>,
  now: () => IsoDateTime,
  delivery: DeliveryStores,
  integrity: IntegrityCheck
): DashboardService {
  return dashboardService(spRepositories(sp), process, now, delivery, integrity);
}
