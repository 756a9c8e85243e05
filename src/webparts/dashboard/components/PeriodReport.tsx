// The period report on the officers' page (2025: "Yearly report"; 2018: "Six-monthly report", from
// the process settings): pick a period, read its figures as core words them (visits against the
// rota, forms on time, head-of-service response times, themes by meeting) and download the .docx
// that `npm run report` writes, through the same service.
import * as React from 'react';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { Text } from '@fluentui/react/lib/Text';
import { reportPeriodMonths } from '../../../core/report/period';
import type { PeriodReport as Report } from '../../../core/report/periodReport';
import { composePeriodReport, periodKind } from '../../../core/report/periodWording';
import type { DashboardData, DashboardService, PackFile } from '../dashboardService';
import type { ThemesData } from '../themesService';
import { Flex } from '../../shared/ui/Flex';
import { LightButton } from '../../shared/ui/LightButton';
import { Notice } from '../../shared/ui/Notice';
import { Select } from '../../shared/ui/Select';

export interface PeriodReportProps {
  service: DashboardService;
  data: DashboardData;
  onDownload: (file: PackFile) => void;
  /** The tagged statements, for the themes by meeting (read once a period is chosen). */
  loadThemes?: () => Promise<ThemesData>;
}

const cellStyle: React.CSSProperties = { textAlign: 'left', padding: 4 };

function ThemesByMeeting(props: { report: Report }): React.ReactElement | null {
  const themes = props.report.themes;
  if (!themes?.rows.length) return null;
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Themes by meeting">
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>Themes by meeting: statements</caption>
      <thead>
        <tr>
          {['Theme', ...themes.columns.map((c) => c.label), 'Total'].map((h) => (
            <th key={h} scope="col" style={cellStyle}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {themes.rows.map((r) => (
          <tr key={r.themeId}>
            <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
              {r.name}
            </th>
            {r.counts.map((n, i) => (
              <td key={themes.columns[i].key} style={cellStyle}>
                {n}
              </td>
            ))}
            <td style={cellStyle}>{r.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PeriodReport(props: PeriodReportProps): React.ReactElement {
  const { service, data } = props;
  const { periods, current } = React.useMemo(() => service.reportPeriods(data), [service, data]);
  const [choice, setChoice] = React.useState<string>();
  const [themes, setThemes] = React.useState<ThemesData>();
  const [report, setReport] = React.useState<Report>();
  const [error, setError] = React.useState<string>();
  React.useEffect(() => {
    if (!choice || themes || !props.loadThemes) return;
    // The report works without themes; a failed read only leaves them out.
    props.loadThemes().then(setThemes, () => undefined);
  }, [choice]);
  React.useEffect(() => {
    setReport(undefined);
    setError(undefined);
    if (!choice) return;
    let live = true;
    const themesArg = themes && { tagged: themes.tagged, taxonomy: themes.taxonomy };
    service.periodReport(data, choice, themesArg).then(
      (built) => live && setReport(built),
      (e: Error) => live && setError(`The report could not be made: ${e.message}`)
    );
    return () => {
      live = false;
    };
  }, [service, data, choice, themes]);

  const kind = periodKind(reportPeriodMonths(data.process));
  const title = `${kind[0].toUpperCase()}${kind.slice(1)} report`;
  const shown = report && report.period.start === choice ? report : undefined;
  const words = shown && composePeriodReport(shown);
  const download = async (r: Report): Promise<void> => {
    setError(undefined);
    try {
      props.onDownload(await service.periodDocx(data, r));
    } catch (e) {
      setError(`The report could not be made: ${(e as Error).message}`);
    }
  };
  return (
    <section aria-labelledby="period-report-heading">
      <Flex gap={8}>
        <Text variant="large" as="h3" id="period-report-heading">
          {title}
        </Text>
        <Select
          label="Report period"
          placeholder="Choose a period"
          options={periods.map((p) => ({
            key: p.start,
            text: `${p.label}${p.start === current?.start ? ' (current)' : ''}`
          }))}
          value={choice}
          onChange={(key) => setChoice(key || undefined)}
        />
        {choice && !shown && !error && <Spinner label="Building the report..." />}
        {shown && words && (
          <>
            <Text as="h4" style={{ fontWeight: 600 }}>
              {words.title}
            </Text>
            <Text>
              {words.periodLine}. {words.asOfLine}.
            </Text>
            <ul aria-label="Figures">
              <li>{words.summary.visits}</li>
              <li>{words.summary.forms}</li>
              <li>{words.summary.responses}</li>
            </ul>
            <ThemesByMeeting report={shown} />
            <Flex horizontal gap={8}>
              <LightButton primary text="Download report (.docx)" onClick={() => void download(shown)} />
            </Flex>
          </>
        )}
        {error && <Notice kind="error">{error}</Notice>}
      </Flex>
    </section>
  );
}
