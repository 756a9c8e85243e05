// The web parts the local workbench hosts: one entry each, wiring a React root to services built
// from the host context exactly as the web part class does on SharePoint (adapters over an SPFI).
// Add a web part with one line: { id, title, render: (ctx) => <Root ...services from ctx /> }.
import * as React from 'react';
import { RotaYearView } from '../../webparts/rota/components/RotaYearView';
import { SpRotaReader } from '../../adapters/sp/rotaReader';
import { spRepositories } from '../../adapters/sp/repositories';
import { FRONTLINE_2025 } from '../../core/config';
import { SpIntegrityCheck } from '../../adapters/sp/integrity';
import { londonInstant } from '../../core/time/london';
import { rotaScheduling } from '../../webparts/rota/rotaScheduling';
import { downloadFile } from '../../webparts/shared/download';
import { DEFAULT_YEAR_START_MONTH } from '../../core/rota/rotaYear';
import type { HostContext } from './context';
import { DashboardView } from '../../webparts/dashboard/components/DashboardView';
import { dashboardService } from '../../webparts/dashboard/dashboardService';
import { VisitFormView } from '../../webparts/visitForm/components/VisitFormView';
import { visitFormService } from '../../webparts/visitForm/visitFormService';
import { HttpFindingsApi, type ApiFetch } from '../../adapters/service/findingsApi';
import { HttpRequestsApi } from '../../adapters/service/requestsApi';
import { escalationsService } from '../../webparts/visitForm/escalationsService';
import { currentUserIsOfficer } from '../../adapters/sp/officers';
import { SpConversationStore, SpSendLog } from '../../adapters/sp/messagingStores';
import { SpHistoryRepository, SpThemeCorrectionRepository } from '../../adapters/sp/historyStores';
import { themesService } from '../../webparts/dashboard/themesService';
import { visitIdFromLink } from '../../adapters/teams/links';
import { USER_HEADER } from './context';

export interface HostedWebPart {
  /** URL path of its page: /<id>. */
  id: string;
  /** Page heading, navigation label and document title. */
  title: string;
  render(ctx: HostContext): React.ReactElement;
}

/** As the web part class does: scheduling for officers, the rota read-only for everyone else. */
function RotaForUser({ ctx }: { ctx: HostContext }): React.ReactElement {
  return (
    <RotaYearView
      title="Frontline visits rota"
      reader={new SpRotaReader(ctx.sp)}
      today={ctx.today}
      yearStartMonth={DEFAULT_YEAR_START_MONTH}
      // "Now" follows the workbench's day, so a demo set in 2025 is not all "in the past".
      scheduling={
        ctx.pageContext.web.canManageLists
          ? rotaScheduling(
              spRepositories(ctx.sp),
              FRONTLINE_2025,
              () => londonInstant(ctx.today, '09:00'),
              DEFAULT_YEAR_START_MONTH
            )
          : undefined
      }
      onDownload={(invite) => downloadFile(invite.fileName, invite.text, invite.mimeType)}
    />
  );
}

/** As the web part class does: reads over the page's session, writes through the Frontline service. */
function VisitFormForUser({ ctx }: { ctx: HostContext }): React.ReactElement {
  // The Frontline service, proxied at /api by the workbench; the identity header stands in for the Entra token.
  const api: ApiFetch = (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, [USER_HEADER]: ctx.pageContext.user.email } });
  const [services] = React.useState(() => ({
    form: visitFormService({
      repos: spRepositories(ctx.sp),
      api: new HttpFindingsApi(api, ''),
      config: FRONTLINE_2025,
      userEmail: ctx.pageContext.user.email,
      isOfficer: () => currentUserIsOfficer(ctx.sp)
    }),
    escalations: escalationsService({
      repos: spRepositories(ctx.sp),
      api: new HttpRequestsApi(api, ''),
      config: FRONTLINE_2025,
      userEmail: ctx.pageContext.user.email
    })
  }));
  return (
    <VisitFormView
      service={services.form}
      escalations={services.escalations}
      initialVisitId={visitIdFromLink(undefined, window.location.search)}
    />
  );
}

export const WEB_PARTS: HostedWebPart[] = [
  {
    id: 'rota',
    title: 'Rota',
    render: (ctx) => <RotaForUser ctx={ctx} />
  },
  {
    id: 'dashboard',
    title: 'Dashboard',
    render: (ctx) => (
      <DashboardView
        service={dashboardService(
          spRepositories(ctx.sp),
          FRONTLINE_2025,
          () => londonInstant(ctx.today, '09:00'),
          { conversations: new SpConversationStore(ctx.sp), sendLog: new SpSendLog(ctx.sp) },
          new SpIntegrityCheck(ctx.sp)
        )}
        onDownload={(file) => downloadFile(file.fileName, file.content, file.mimeType)}
        themes={themesService({
          repos: spRepositories(ctx.sp),
          history: new SpHistoryRepository(ctx.sp),
          corrections: new SpThemeCorrectionRepository(ctx.sp),
          userEmail: ctx.pageContext.user.email,
          now: () => new Date().toISOString()
        })}
        settings={() =>
          import('../../webparts/dashboard/settingsSetup').then((m) =>
            m.spSettingsService(ctx.sp, ctx.pageContext.user.email)
          )
        }
      />
    )
  },
  {
    id: 'form',
    title: 'Visit form',
    render: (ctx) => <VisitFormForUser ctx={ctx} />
  }
];

/** The web part for a path: `/` is the first one; undefined for an unknown path. */
export function webPartFor(pathname: string): HostedWebPart | undefined {
  const id = pathname.replace(/^\/+|\/+$/g, '');
  return id === '' ? WEB_PARTS[0] : WEB_PARTS.find((w) => w.id === id);
}
