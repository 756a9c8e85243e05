// The pack's "Themes across the years" on the page, as the report words it (core/pack/scopedThemes.ts):
// each theme raised at this meeting, against the same period last year and each seed paper.
import * as React from 'react';
import type { PackThemes as Themes, ScopedCount } from '../../../core/pack/scopedThemes';

const cellStyle: React.CSSProperties = { textAlign: 'left', padding: 4 };
const shown = (c: ScopedCount): string => (c.total ? `${c.total} (${c.strengths} / ${c.development})` : '0');

export function PackThemes(props: { themes: Themes }): React.ReactElement {
  const { themes } = props;
  const columns = [themes.thisMeetingLabel, themes.lastYearLabel, ...themes.seedPapers.map((p) => `Seed papers: ${p}`)];
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-label="Themes across the years">
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>
        Themes across the years: statements (strengths / areas for development)
      </caption>
      <thead>
        <tr>
          <th scope="col" style={cellStyle}>
            Theme
          </th>
          {columns.map((c) => (
            <th key={c} scope="col" style={cellStyle}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {themes.themes.map((t) => (
          <tr key={t.themeId} title={t.sentence}>
            <th scope="row" style={{ ...cellStyle, fontWeight: 400 }}>
              {t.name}
            </th>
            {[t.thisMeeting, t.lastYear, ...t.seedPapers].map((c, i) => (
              <td key={columns[i]} style={cellStyle}>
                {shown(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
