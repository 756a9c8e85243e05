// The year grid as an accessible table: a caption, header cells with scope, and text for every
// status so nothing depends on colour alone.
import * as React from 'react';
import { mergeStyleSets } from '@fluentui/merge-styles';
import type { GridVisit, RotaYearGrid } from '../../../core/rota/yearGrid';
import { formatLondon, londonInstant } from '../../../core/time/london';
import { LightLink } from '../../shared/ui/LightLink';

const css = mergeStyleSets({
  wrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', fontSize: 13, minWidth: '100%' },
  cell: { border: '1px solid #c8c6c4', padding: '4px 6px', verticalAlign: 'top', minWidth: 96 },
  area: { background: '#f3f2f1', fontWeight: 600, textAlign: 'left', padding: '6px' },
  team: { textAlign: 'left', fontWeight: 400, border: '1px solid #c8c6c4', padding: '4px 6px' },
  note: { display: 'block', fontSize: 11, fontWeight: 400, color: '#605e5c' },
  visit: { display: 'block', marginBottom: 4 },
  status: { fontWeight: 600 }
});

export interface RotaGridProps {
  grid: RotaYearGrid;
  caption: string;
  councillorName: (email: string) => string;
  /** When given, each visit opens for editing. */
  onSelectVisit?: (visitId: number) => void;
}

const monthLabel = (m: string): string => formatLondon(londonInstant(`${m}-01`, '12:00'), 'MMM yyyy');
const dayLabel = (d: string): string => formatLondon(londonInstant(d, '12:00'), 'EEE d MMM');

const STATUS_TEXT: Record<GridVisit['status'], string> = {
  Planned: 'Planned',
  Booked: 'Booked',
  Briefed: 'Briefed',
  Visited: 'Visited',
  FindingsReturned: 'Findings returned',
  Responded: 'Head of service responded',
  Reported: 'Reported',
  Rearranged: 'Rearranged',
  Cancelled: 'Cancelled'
};

function VisitCell(props: {
  visits: GridVisit[];
  teamName: string;
  councillorName: (email: string) => string;
  onSelect?: (id: number) => void;
}): React.ReactElement {
  return (
    <>
      {props.visits.map((v) => (
        <span key={v.visitId} className={css.visit} data-visit-id={v.visitId}>
          {props.onSelect ? (
            <LightLink
              className={css.status}
              onClick={() => props.onSelect?.(v.visitId)}
              ariaLabel={`${props.teamName}: ${STATUS_TEXT[v.status]}${v.day ? `, ${dayLabel(v.day)}` : ''}. Open the visit`}
            >
              {STATUS_TEXT[v.status]}
            </LightLink>
          ) : (
            <span className={css.status}>{STATUS_TEXT[v.status]}</span>
          )}
          {v.day && <span className={css.note}>{dayLabel(v.day)}</span>}
          {v.councillorEmails.length > 0 && (
            <span className={css.note}>{v.councillorEmails.map(props.councillorName).join(', ')}</span>
          )}
          {v.committeeDate && <span className={css.note}>Committee {dayLabel(v.committeeDate)}</span>}
        </span>
      ))}
    </>
  );
}

export function RotaGrid(props: RotaGridProps): React.ReactElement {
  const { grid } = props;
  return (
    // Focusable and named, so keyboard users can scroll a wide year sideways.
    <div className={css.wrap} tabIndex={0} role="region" aria-label={props.caption}>
      <table className={css.table}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={css.cell}>
              Team
            </th>
            {grid.months.map((m) => (
              <th scope="col" key={m} className={css.cell}>
                {monthLabel(m)}
                {grid.notes[m].map((n, i) => (
                  <span key={i} className={css.note} title={n.areas.length ? n.areas.join(', ') : 'All areas'}>
                    {n.kind}: {n.title} ({dayLabel(n.firstDay)}
                    {n.lastDay !== n.firstDay ? ` to ${dayLabel(n.lastDay)}` : ''})
                  </span>
                ))}
              </th>
            ))}
          </tr>
        </thead>
        {grid.areas.map((area) => (
          <tbody key={area.area}>
            <tr>
              <th scope="rowgroup" colSpan={grid.months.length + 1} className={css.area}>
                {area.area}
              </th>
            </tr>
            {area.teams.map((row) => (
              <tr key={row.teamId}>
                <th scope="row" className={css.team}>
                  {row.teamName}
                </th>
                {grid.months.map((m) => (
                  <td key={m} className={css.cell}>
                    {row.cells[m] && (
                      <VisitCell
                        visits={row.cells[m]}
                        teamName={row.teamName}
                        councillorName={props.councillorName}
                        onSelect={props.onSelectVisit}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
