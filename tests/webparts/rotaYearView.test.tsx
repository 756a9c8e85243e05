/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import '@testing-library/jest-dom';
import { RotaYearView } from '../../src/webparts/rota/components/RotaYearView';
import type { RotaReader } from '../../src/core/ports/rotaReader';
import { BEN_WYE, CFCCL_MEMBERS_2025, QA_2025, TEAMS_2025 } from '../../src/core/samples/rota2025';
import { VISITS_2025 } from '../../src/core/samples/visits2025';
import { MemoryStore } from '../kits/memory';

/** The 2025/26 sample rota in the in-memory store, read as the SharePoint reader reads the lists. */
function sampleReader(): RotaReader {
  const store = new MemoryStore();
  for (const t of TEAMS_2025) store.tables.teams.add(t);
  for (const v of VISITS_2025) store.tables.visits.add(v);
  for (const q of QA_2025) store.tables.qa.add(q);
  for (const c of [...CFCCL_MEMBERS_2025, BEN_WYE]) store.tables.councillors.add(c);
  return store.rotaReader();
}

describe('Rota web part React root', () => {
  it('opens on the latest year with visits and says so when the current year is empty', async () => {
    render(<RotaYearView title="Rota" reader={sampleReader()} today="2026-11-23" yearStartMonth={5} />);
    expect(await screen.findByRole('heading', { name: /Rota: 2025\/26/ })).toBeInTheDocument();
    expect(await screen.findByText(/Nothing is planned for 2026\/27 yet, so 2025\/26 is shown/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Frontline visits 2025/26' });
    const court = within(table).getByRole('row', { name: /Court Team/ });
    expect(within(court).getByText('Ben Wye')).toBeInTheDocument();
    expect(within(court).getByText('Thu 24 Jul')).toBeInTheDocument();
    expect(table.querySelectorAll('th[scope="row"]')).toHaveLength(16);
    expect(table.querySelectorAll('th[scope="rowgroup"]')).toHaveLength(6);
    expect(within(table).getByRole('columnheader', { name: /Sep 2025/ })).toHaveTextContent('Committee meeting');
  });

  it('moves between years with the buttons', async () => {
    render(<RotaYearView title="Rota" reader={sampleReader()} today="2025-08-01" yearStartMonth={5} />);
    await screen.findByRole('heading', { name: /2025\/26/ });
    expect(screen.queryByText(/Nothing is planned/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next year' }));
    expect(await screen.findByRole('heading', { name: /2026\/27/ })).toBeInTheDocument();
    expect(await screen.findByText('No visits are planned for 2026/27.')).toBeInTheDocument();
  });

  it('shows a clear error when the reader fails', async () => {
    const failing: RotaReader = {
      plannedMonths: async () => ['2025-07'],
      readYear: async () => {
        throw new Error('The list Visit Rota does not exist');
      }
    };
    render(<RotaYearView title="Rota" reader={failing} today="2025-08-01" yearStartMonth={5} />);
    expect(
      await screen.findByText(/The rota could not be loaded: The list Visit Rota does not exist/)
    ).toBeInTheDocument();
  });
});
