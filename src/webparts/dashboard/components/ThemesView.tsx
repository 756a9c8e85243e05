// Themes across visits and years: theme x period counts (strengths and areas for development), a
// chart (chart.js, loaded only here), and a drill-down to the statements with why each got its
// theme. Officers correct a theme in place; corrections are stored and win over the rules.
import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Spinner, Stack, Text } from '@fluentui/react';
import type { ThemesData, ThemesService } from '../themesService';
import type { TaggedStatement } from '../../../core/themes/types';
import { actionError } from '../../shared/errorText';

const KIND_LABEL: Record<string, string> = {
  strength: 'Strength',
  development: 'Area for development',
  escalation: 'Escalated issue',
  other: 'Other'
};
const AREA_LABEL: Record<string, string> = {
  quality: 'quality of practice',
  experience: 'experience of working here',
  other: ''
};

function ThemesChart(props: { data: ThemesData }): React.ReactElement {
  const canvas = React.useRef<HTMLCanvasElement>(null);
  React.useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    import(/* webpackChunkName: 'themes-chart' */ './themesChart').then(
      ({ drawThemesChart }) => {
        if (!live || !canvas.current) return;
        const { taxonomy, periods, table } = props.data;
        const count = (themeId: string, period: string): number =>
          table.find((r) => r.themeId === themeId && r.period === period)?.total ?? 0;
        chart = drawThemesChart(canvas.current, {
          labels: taxonomy.themes.map((t) => t.name),
          series: periods.map((p) => ({ label: p, values: taxonomy.themes.map((t) => count(t.id, p)) }))
        });
      },
      () => undefined
    );
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [props.data]);
  // The table below carries the same figures for screen readers.
  return (
    <div style={{ position: 'relative', height: 360 }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label="Bar chart of statements per theme and period; the figures are in the table below."
      />
    </div>
  );
}

function StatementItem(props: {
  item: TaggedStatement;
  themeId: string;
  data: ThemesData;
  onCorrect: (key: string, themeId: string, action: 'add' | 'remove') => void;
}): React.ReactElement {
  const { statement } = props.item;
  const match = props.item.themes.find((m) => m.themeId === props.themeId);
  const others = props.data.taxonomy.themes.filter((t) => !props.item.themes.some((m) => m.themeId === t.id));
  const where = [
    statement.teamName,
    statement.period,
    statement.source.paper
      ? `${statement.source.paper}${statement.source.ref ? `, ${statement.source.ref}` : ''}`
      : 'findings form'
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li style={{ marginBottom: 12 }}>
      <Text block>{statement.text}</Text>
      <Text block variant="small">
        {KIND_LABEL[statement.kind]}
        {AREA_LABEL[statement.area] ? `, ${AREA_LABEL[statement.area]}` : ''} · {where}
      </Text>
      {match && (
        <Text block variant="small">
          Why: {match.reasons.join('; ')}
        </Text>
      )}
      <Stack horizontal wrap tokens={{ childrenGap: 8 }} style={{ marginTop: 4 }}>
        <DefaultButton text="Not this theme" onClick={() => props.onCorrect(statement.key, props.themeId, 'remove')} />
        <Dropdown
          placeholder="Also about…"
          ariaLabel={`Add a theme to: ${statement.text.slice(0, 60)}`}
          options={others.map((t) => ({ key: t.id, text: t.name }))}
          onChange={(_e, o) => o && props.onCorrect(statement.key, String(o.key), 'add')}
          styles={{ root: { minWidth: 200 } }}
        />
      </Stack>
    </li>
  );
}

export function ThemesView(props: { service: ThemesService }): React.ReactElement {
  const [data, setData] = React.useState<ThemesData>();
  const [error, setError] = React.useState<string>();
  const [cell, setCell] = React.useState<{ themeId: string; period: string }>();
  const [loads, setLoads] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    props.service.load().then(
      (d) => live && setData(d),
      (e) => live && setError(actionError(e).message)
    );
    return () => {
      live = false;
    };
  }, [props.service, loads]);

  const correct = (key: string, themeId: string, action: 'add' | 'remove'): void => {
    props.service.correct(key, themeId, action).then(
      () => setLoads((n) => n + 1),
      (e) => setError(actionError(e).message)
    );
  };

  if (error) return <MessageBar messageBarType={MessageBarType.error}>{error}</MessageBar>;
  if (!data) return <Spinner label="Reading the findings and their themes..." />;
  const row = (themeId: string, period: string) => data.table.find((r) => r.themeId === themeId && r.period === period);
  const theme = cell && data.taxonomy.themes.find((t) => t.id === cell.themeId);
  const keys = new Set(cell ? (row(cell.themeId, cell.period)?.statementKeys ?? []) : []);
  const drilled = data.tagged.filter((t) => keys.has(t.statement.key));

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <ThemesChart data={data} />
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>
          Themes by period: statements (strengths / areas for development)
        </caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', padding: 4 }}>
              Theme
            </th>
            {data.periods.map((p) => (
              <th key={p} scope="col" style={{ textAlign: 'left', padding: 4 }}>
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.taxonomy.themes.map((t) => (
            <tr key={t.id}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, padding: 4 }} title={t.description}>
                {t.name}
              </th>
              {data.periods.map((p) => {
                const r = row(t.id, p);
                return (
                  <td key={p} style={{ padding: 4 }}>
                    {r && r.total > 0 ? (
                      <button
                        type="button"
                        onClick={() => setCell({ themeId: t.id, period: p })}
                        aria-label={`${t.name}, ${p}: ${r.total} statements, ${r.strengths} strengths, ${r.development} areas for development. Show them.`}
                      >
                        {r.total} ({r.strengths} / {r.development})
                      </button>
                    ) : (
                      '0'
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {cell && theme && (
        <section aria-labelledby="theme-statements">
          <h3 id="theme-statements">
            {theme.name}, {cell.period}: {drilled.length} statement{drilled.length === 1 ? '' : 's'}
          </h3>
          <Text block variant="small">
            {theme.description}
          </Text>
          <ul>
            {drilled.map((item) => (
              <StatementItem
                key={item.statement.key}
                item={item}
                themeId={cell.themeId}
                data={data}
                onCorrect={correct}
              />
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
