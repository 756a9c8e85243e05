// The dashboard's service as a stand-in while its chunk loads (see dashboardSetup.ts). Its async
// methods wait for the chunk; the few it answers at once (rows and their councillors, meetings,
// report periods) take the data load() returned, so the service is there by the time they are called.
import { lazyService } from '../shared/lazyService';
import type { DashboardRow } from '../../core/dashboard/types';
import type { DashboardData, DashboardService } from './dashboardService';

export function lazyDashboardService(get: () => Promise<DashboardService>): DashboardService {
  let loaded: DashboardService | undefined;
  const ready = async (): Promise<DashboardService> => (loaded = await get());
  const now = (): DashboardService => {
    if (!loaded) throw new Error('The dashboard service was used before its data was loaded.');
    return loaded;
  };
  return lazyService(
    ready,
    [
      'load',
      'pack',
      'packResponse',
      'savePackResponse',
      'packDraft',
      'savePackDraft',
      'docx',
      'csv',
      'periodReport',
      'periodDocx',
      'deliveryProblems'
    ],
    {
      rows: (data: DashboardData) => now().rows(data),
      councillorsLabel: (row: DashboardRow) => now().councillorsLabel(row),
      meetings: (data: DashboardData) => now().meetings(data),
      reportPeriods: (data: DashboardData) => now().reportPeriods(data)
    }
  );
}
