// The officers' dashboard: every visit's status at a glance, filtered by area, committee meeting
// and councillor, and the committee pack for a meeting. Services come in through props.
import * as React from 'react';
import { Dropdown, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, Stack, Text, type IDropdownOption } from '@fluentui/react';
import { countByStatus, DISPLAY_LABELS, DISPLAY_STATUSES, filterRows, type RowFilter } from '../../../core/dashboard';
import { formatLondon, londonInstant } from '../../../core/time/london';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import { PackBuilder } from './PackBuilder';
import { DeliveryProblems } from './DeliveryProblems';
import type { ThemesService } from '../themesService';

// The themes view (and its chart) is its own chunk: officers who only check statuses never load it.
const ThemesView = React.lazy(() => import(/* webpackChunkName: 'themes-view' */ './ThemesView').then((m) => ({ default: m.ThemesView })));

export interface DashboardViewProps {
  service: DashboardService;
  onDownload: (file: PackFile) => void;
  /** Themes across visits and years; absent, the tab is not shown. */
  themes?: ThemesService;
}

const ALL = '';
const dayLabel = (day: string): string => formatLondon(londonInstant(day, '12:00'), 'EEE d MMM yyyy');

export function DashboardView(props: DashboardViewProps): React.ReactElement {
  if (!props.themes) return <VisitsView {...props} />;
  const themes = props.themes;
  return (
    <Pivot aria-label="Dashboard views">
      <PivotItem headerText="Visits">
        <VisitsView {...props} />
      </PivotItem>
      <PivotItem headerText="Themes">
        <React.Suspense fallback={<Spinner label="Loading the themes view..." />}>
          <ThemesView service={themes} />
        </React.Suspense>
      </PivotItem>
    </Pivot>
  );
}

function VisitsView(props: DashboardViewProps): React.ReactElement {
  const { service } = props;
  const [data, setData] = React.useState<DashboardData | undefined>(undefined);
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [filter, setFilter] = React.useState<RowFilter>({});

  React.useEffect(() => {
    let live = true;
    service.load().then(
      (d) => live && setData(d),
      (e: Error) => live && setError(e.message)
    );
    return () => {
      live = false;
    };
  }, [service]);

  if (error) return <MessageBar messageBarType={MessageBarType.error}>The dashboard could not be loaded: {error}</MessageBar>;
  if (!data) return <Spinner label="Loading the dashboard" />;

  const all = service.rows(data);
  const rows = filterRows(all, filter);
  const counts = countByStatus(rows);
  const option = (key: string, text: string): IDropdownOption => ({ key, text });
  const areas = [option(ALL, 'All areas'), ...Array.from(new Set(all.map((r) => r.area))).map((a) => option(a, a))];
  const meetings = service.meetings(data);
  const days = [option(ALL, 'All meetings'), ...meetings.map((m) => option(m.day, `${dayLabel(m.day)}: ${m.committee}`))];
  const people = [option(ALL, 'All councillors'), ...data.councillors.map((c) => option(c.email, c.name))];
  const set = (key: keyof RowFilter) => (_: unknown, o?: IDropdownOption) => setFilter({ ...filter, [key]: o && o.key !== ALL ? String(o.key) : undefined });

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Dropdown label="Area" options={areas} selectedKey={filter.area ?? ALL} onChange={set('area')} styles={{ root: { minWidth: 220 } }} />
        <Dropdown label="Committee meeting" options={days} selectedKey={filter.committeeDay ?? ALL} onChange={set('committeeDay')} styles={{ root: { minWidth: 260 } }} />
        <Dropdown label="Councillor" options={people} selectedKey={filter.councillorEmail ?? ALL} onChange={set('councillorEmail')} styles={{ root: { minWidth: 220 } }} />
      </Stack>
      <Text role="status">
        {rows.length} visits:{' '}
        {DISPLAY_STATUSES.filter((s) => counts[s] > 0)
          .map((s) => `${counts[s]} ${DISPLAY_LABELS[s].toLowerCase()}`)
          .join(', ')}
        .
      </Text>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>Visit status</caption>
        <thead>
          <tr>
            {['Team', 'Area', 'Visit', 'Councillors', 'Status', 'Committee'].map((h) => (
              <th key={h} scope="col" style={{ textAlign: 'left', borderBottom: '1px solid #c8c6c4', padding: 4 }}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.visitId} data-status={r.status}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: 4 }}>
                {r.teamName}
              </th>
              <td style={{ padding: 4 }}>{r.area}</td>
              <td style={{ padding: 4 }}>{r.visitDay ? dayLabel(r.visitDay) : formatLondon(londonInstant(`${r.visitMonth}-01`, '12:00'), 'MMM yyyy')}</td>
              <td style={{ padding: 4 }}>{r.councillors.map((c) => c.name).join(', ') || 'None yet'}</td>
              <td style={{ padding: 4 }}>{r.label}</td>
              <td style={{ padding: 4 }}>{r.committeeDay ? dayLabel(r.committeeDay) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DeliveryProblems load={service.deliveryProblems} />
      <PackBuilder service={service} data={data} meetings={meetings} onDownload={props.onDownload} loadThemes={props.themes?.load} />
    </Stack>
  );
}
