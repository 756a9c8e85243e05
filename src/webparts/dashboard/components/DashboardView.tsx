// The officers' dashboard: every visit's status at a glance, filtered by area, committee meeting
// and councillor, and the committee pack for a meeting. Services come in through props.
import * as React from 'react';
import { Loading } from '../../shared/ui/Loading';
import { Flex } from '../../shared/ui/Flex';
import { LightText } from '../../shared/ui/LightText';
import { Notice } from '../../shared/ui/Notice';
import { Select, type SelectOption } from '../../shared/ui/Select';
import { Tabs, type Tab } from '../../shared/ui/Tabs';
// The filters and labels by file: the rows' own code (core/dashboard/rows.ts) comes with the service.
import { countByStatus, filterRows } from '../../../core/dashboard/filters';
import { DISPLAY_LABELS, DISPLAY_STATUSES, type RowFilter } from '../../../core/dashboard/types';
import { formatLondon, londonInstant } from '../../../core/time/london';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import { describeOutsideChange } from '../../../core/ports/integrity';
import type { ThemesService } from '../themesService';
import type { SettingsLoader } from './SettingsView';
import type { RetentionLoader } from './RetentionPreview';
import type { PrivacyLoader } from '../privacyService';
// The undelivered Teams messages are read after the status table, so their section loads with their
// stores' chunk rather than in the first download.
const DeliveryProblems = React.lazy(() =>
  import(/* webpackChunkName: 'delivery-stores' */ './DeliveryProblems').then((m) => ({ default: m.DeliveryProblems }))
);

// The themes view (and its chart) is its own chunk: officers who only check statuses never load it.
// The first screen uses the light controls of shared/ui, so it loads no Fluent button or menu code.
const ThemesView = React.lazy(() =>
  import(/* webpackChunkName: 'themes-view' */ './ThemesView').then((m) => ({ default: m.ThemesView }))
);
// The settings form, like the themes view, loads with its tab; its service loads when the tab opens.
const SettingsView = React.lazy(() =>
  import(/* webpackChunkName: 'settings-view' */ './SettingsView').then((m) => ({ default: m.SettingsView }))
);
// The committee pack and the period report sit below the visits table: their code (and core's pack
// and report wording) follows the table in chunks of their own, so the table is the first screen.
const PackBuilder = React.lazy(() =>
  import(/* webpackChunkName: 'pack-builder' */ './PackBuilder').then((m) => ({ default: m.PackBuilder }))
);
const PeriodReport = React.lazy(() =>
  import(/* webpackChunkName: 'period-report-view' */ './PeriodReport').then((m) => ({ default: m.PeriodReport }))
);
const RetentionPreview = React.lazy(() =>
  import(/* webpackChunkName: 'retention-preview' */ './RetentionPreview').then((m) => ({
    default: m.RetentionPreview
  }))
);
const PrivacyView = React.lazy(() =>
  import(/* webpackChunkName: 'privacy-view' */ './PrivacyView').then((m) => ({ default: m.PrivacyView }))
);

export interface DashboardViewProps {
  service: DashboardService;
  onDownload: (file: PackFile) => void;
  /** Themes across visits and years; absent, the tab is not shown. */
  themes?: ThemesService;
  /** Loads the process settings service (on first opening of the Settings tab); absent, the tab is not shown. */
  settings?: SettingsLoader;
  /** What the next retention sweep would delete (read when the Retention tab opens); absent, no tab. */
  retention?: RetentionLoader;
  /** Subject access and erasure through the Frontline service (officers only); absent, no tab. */
  privacy?: PrivacyLoader;
}

const ALL = '';
const dayLabel = (day: string): string => formatLondon(londonInstant(day, '12:00'), 'EEE d MMM yyyy');

export function DashboardView(props: DashboardViewProps): React.ReactElement {
  const { themes, settings } = props;
  if (!themes && !settings) return <VisitsView {...props} />;
  const tabs: Tab[] = [{ key: 'visits', title: 'Visits', render: () => <VisitsView {...props} /> }];
  if (themes) {
    tabs.push({
      key: 'themes',
      title: 'Themes',
      render: () => (
        <React.Suspense fallback={<Loading label="Loading the themes view..." />}>
          <ThemesView service={themes} />
        </React.Suspense>
      )
    });
  }
  if (props.retention) {
    const load = props.retention;
    tabs.push({
      key: 'retention',
      title: 'Retention',
      render: () => (
        <React.Suspense fallback={<Loading label="Loading the retention preview..." />}>
          <RetentionPreview load={load} />
        </React.Suspense>
      )
    });
  }
  if (props.privacy) {
    const load = props.privacy;
    tabs.push({
      key: 'privacy',
      title: 'Privacy',
      render: () => (
        <React.Suspense fallback={<Loading label="Loading the privacy requests..." />}>
          <PrivacyView load={load} onDownload={props.onDownload} />
        </React.Suspense>
      )
    });
  }
  // Settings stay the last tab (End in the tab list reaches them), whatever tabs come before.
  if (settings) {
    tabs.push({
      key: 'settings',
      title: 'Settings',
      render: () => (
        <React.Suspense fallback={<Loading label="Loading the settings view..." />}>
          <SettingsView load={settings} />
        </React.Suspense>
      )
    });
  }
  return <Tabs ariaLabel="Dashboard views" tabs={tabs} />;
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

  if (error) return <Notice kind="error">The dashboard could not be loaded: {error}</Notice>;
  if (!data) return <Loading label="Loading the dashboard" />;

  const all = service.rows(data);
  const rows = filterRows(all, filter);
  const counts = countByStatus(rows);
  const option = (key: string, text: string): SelectOption => ({ key, text });
  const areas = [option(ALL, 'All areas'), ...Array.from(new Set(all.map((r) => r.area))).map((a) => option(a, a))];
  const meetings = service.meetings(data);
  const days = [
    option(ALL, 'All meetings'),
    ...meetings.map((m) => option(m.day, `${dayLabel(m.day)}: ${m.committee}`))
  ];
  const people = [option(ALL, 'All councillors'), ...data.councillors.map((c) => option(c.email, c.name))];
  const set = (key: keyof RowFilter) => (value: string) =>
    setFilter({ ...filter, [key]: value !== ALL ? value : undefined });

  return (
    <Flex gap={16}>
      {data.outsideChanges.length > 0 && (
        <Notice kind="error">
          <strong>
            Changed outside the Frontline service: not trusted until an officer checks the version history.
          </strong>
          <ul>
            {data.outsideChanges.map((c) => (
              <li key={`${c.list}:${c.id}`}>{describeOutsideChange(c)}</li>
            ))}
          </ul>
        </Notice>
      )}
      <Flex horizontal wrap gap={12}>
        <Select label="Area" options={areas} value={filter.area ?? ALL} onChange={set('area')} minWidth={220} />
        <Select
          label="Committee meeting"
          options={days}
          value={filter.committeeDay ?? ALL}
          onChange={set('committeeDay')}
          minWidth={260}
        />
        <Select
          label="Councillor"
          options={people}
          value={filter.councillorEmail ?? ALL}
          onChange={set('councillorEmail')}
          minWidth={220}
        />
      </Flex>
      <LightText role="status">
        {rows.length} visits:{' '}
        {DISPLAY_STATUSES.filter((s) => counts[s] > 0)
          .map((s) => `${counts[s]} ${DISPLAY_LABELS[s].toLowerCase()}`)
          .join(', ')}
        .
      </LightText>
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
              <td style={{ padding: 4 }}>
                {r.visitDay
                  ? dayLabel(r.visitDay)
                  : formatLondon(londonInstant(`${r.visitMonth}-01`, '12:00'), 'MMM yyyy')}
              </td>
              <td style={{ padding: 4 }}>{service.councillorsLabel(r)}</td>
              <td style={{ padding: 4 }}>
                {r.label}
                {r.briefingLine && <div style={{ fontSize: 12 }}>{r.briefingLine}</div>}
              </td>
              <td style={{ padding: 4 }}>{r.committeeDay ? dayLabel(r.committeeDay) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <React.Suspense fallback={null}>
        <DeliveryProblems load={service.deliveryProblems} />
      </React.Suspense>
      <React.Suspense fallback={<Loading label="Loading the committee pack and period report..." />}>
        <PackBuilder
          service={service}
          data={data}
          meetings={meetings}
          onDownload={props.onDownload}
          loadThemes={props.themes?.load}
        />
        <PeriodReport service={service} data={data} onDownload={props.onDownload} loadThemes={props.themes?.load} />
      </React.Suspense>
    </Flex>
  );
}
