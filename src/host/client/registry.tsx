// The web parts the local workbench hosts: one entry each, rendering a React root with what the web
// part's compose function (the one the SPFx class calls too) makes from the host context.
// Add a web part with one line: { id, title, render: (ctx) => <Root {...composeX(ctx's inputs)} /> }.
import * as React from 'react';
import { RotaYearView } from '../../webparts/rota/components/RotaYearView';
import { composeRota } from '../../webparts/rota/composeRota';
import { londonInstant } from '../../core/time/london';
import { DEFAULT_YEAR_START_MONTH } from '../../core/rota/rotaYear';
import type { HostContext } from './context';
import { DashboardView } from '../../webparts/dashboard/components/DashboardView';
import { composeDashboard } from '../../webparts/dashboard/composeDashboard';
import { VisitFormView } from '../../webparts/visitForm/components/VisitFormView';
import { composeVisitForm } from '../../webparts/visitForm/composeVisitForm';
import { HttpFindingsApi, type ApiFetch } from '../../adapters/service/findingsApi';
import { HttpRequestsApi } from '../../adapters/service/requestsApi';
import { visitIdFromLink } from '../../adapters/teams/links';
import { USER_HEADER } from './context';

export interface HostedWebPart {
  /** URL path of its page: /<id>. */
  id: string;
  /** Page heading, navigation label and document title. */
  title: string;
  render(ctx: HostContext): React.ReactElement;
}

/** "Now" follows the workbench's day, so a demo set in 2025 is not all "in the past". */
const clockOf = (ctx: HostContext) => (): string => londonInstant(ctx.today, '09:00');

/** As the web part class does: scheduling for officers, the rota read-only for everyone else. */
function RotaForUser({ ctx }: { ctx: HostContext }): React.ReactElement {
  const [view] = React.useState(() =>
    composeRota({
      sp: ctx.sp,
      now: clockOf(ctx),
      canManageLists: ctx.pageContext.web.canManageLists,
      yearStartMonth: DEFAULT_YEAR_START_MONTH
    })
  );
  return <RotaYearView {...view} title="Frontline visits rota" />;
}

/** The Frontline service, proxied at /api by the workbench; the identity header stands in for the Entra token. */
const localApi =
  (ctx: HostContext): ApiFetch =>
  (url, init) =>
    fetch(url, { ...init, headers: { ...init.headers, [USER_HEADER]: ctx.pageContext.user.email } });

function DashboardForUser({ ctx }: { ctx: HostContext }): React.ReactElement {
  const [view] = React.useState(() =>
    composeDashboard({
      sp: ctx.sp,
      userEmail: ctx.pageContext.user.email,
      now: clockOf(ctx),
      connectService: () => Promise.resolve({ fetch: localApi(ctx), baseUrl: '' })
    })
  );
  return <DashboardView {...view} />;
}

/** As the web part class does: reads over the page's session, writes through the Frontline service. */
function VisitFormForUser({ ctx }: { ctx: HostContext }): React.ReactElement {
  const api = localApi(ctx);
  const [view] = React.useState(() =>
    composeVisitForm({
      sp: ctx.sp,
      userEmail: ctx.pageContext.user.email,
      findings: new HttpFindingsApi(api, ''),
      requests: new HttpRequestsApi(api, '')
    })
  );
  return <VisitFormView {...view} initialVisitId={visitIdFromLink(undefined, window.location.search)} />;
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
    render: (ctx) => <DashboardForUser ctx={ctx} />
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
