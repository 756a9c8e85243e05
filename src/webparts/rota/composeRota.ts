// The rota web part's one composition: what its React root gets, from the page's SharePoint
// session. The SPFx class and the local workbench both call it; neither builds services itself.
// The first screen reads only the rota: its reader (list definitions, mappers, paging) comes in a
// chunk of its own, fetched as the web part starts, so it downloads while the first screen draws.
// The scheduling actions, and with them the site's process (Process Settings), load when an officer
// first plans or opens a visit.
import type { SPFI } from '@pnp/sp';
import type { RotaReader } from '../../core/ports/rotaReader';
import type { IsoDateTime } from '../../core/model';
import { londonDate } from '../../core/time/london';
import { downloadFile } from '../shared/download';
import { lazyService, prefetch } from '../shared/lazyService';
import { loadOnce } from '../shared/loadOnce';
import type { RotaYearViewProps } from './components/RotaYearView';
import { lazyScheduling } from './lazyScheduling';

export interface RotaInputs {
  sp: SPFI;
  /** "Now" for the booking rules: real time on SharePoint, the workbench's day locally. */
  now: () => IsoDateTime;
  /** Officers (Manage Lists on the site) schedule; everyone else sees the rota read-only. */
  canManageLists: boolean;
  /** First month (1-12) of the rota year. */
  yearStartMonth: number;
}

/** The rota view's props but its title, which the host's page or properties give. */
export type RotaComposition = Omit<RotaYearViewProps, 'title'>;

export function composeRota(input: RotaInputs): RotaComposition {
  const { sp, now, yearStartMonth } = input;
  const reader = loadOnce((): Promise<RotaReader> =>
    import(/* webpackChunkName: 'rota-reader' */ './readerSetup').then((m) => m.spRotaReader(sp))
  );
  prefetch(reader);
  return {
    reader: lazyService(reader, ['readYear', 'plannedMonths'], {}),
    today: londonDate(now()),
    yearStartMonth,
    scheduling: input.canManageLists
      ? lazyScheduling(() =>
          import(/* webpackChunkName: 'rota-scheduling' */ './schedulingSetup').then((m) =>
            m.spRotaScheduling(sp, now, yearStartMonth)
          )
        )
      : undefined,
    onDownload: (invite) => downloadFile(invite.fileName, invite.text, invite.mimeType)
  };
}
