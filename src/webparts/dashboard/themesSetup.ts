// Loaded with the Themes tab or a committee pack (chunk 'themes-service'): the themes service over
// the page's SharePoint session. Kept apart so the dashboard's first download holds none of it.
import type { SPFI } from '@pnp/sp';
import { spRepositories } from '../../adapters/sp/repositories';
import { SpHistoryRepository, SpThemeCorrectionRepository } from '../../adapters/sp/historyStores';
import type { IsoDateTime } from '../../core/model';
import { themesService, type ThemesService } from './themesService';

export function spThemesService(sp: SPFI, userEmail: string, now: () => IsoDateTime): ThemesService {
  return themesService({
    repos: spRepositories(sp),
    history: new SpHistoryRepository(sp),
    corrections: new SpThemeCorrectionRepository(sp),
    userEmail,
    now
  });
}
