/**
 * @jest-environment jsdom
 */
// The dashboard's Retention tab: counts per list, the first items with why, and what is due next,
// from the sweep's own dry run; the Purview label said when it replaces the sweep.
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { RetentionPreview } from '../../src/webparts/dashboard/components/RetentionPreview';
import { runRetention } from '../../src/core/retention/sweep';
import { DEFAULT_RETENTION } from '../../src/core/retention/settings';
import type { RetentionStore } from '../../src/core/retention/store';

const store: RetentionStore = {
  snapshot: async () => ({
    facts: [
      {
        list: 'findings',
        id: 1,
        etag: '"1"',
        title: 'Court Team - 15/07/2018 - A',
        visitId: 1,
        status: 'Submitted',
        submittedAt: '2018-07-15T10:00:00Z'
      },
      { list: 'audit', id: 2, etag: '"1"', title: 'audit 2020', at: '2020-02-01T12:00:00.000Z' }
    ],
    context: {
      visits: new Map([[1, { committeeDate: '2019-01-15T18:00:00.000Z' }]]),
      findings: new Map(),
      current: new Set(),
      left: new Set()
    }
  }),
  reread: () => Promise.reject(new Error('not in a dry run')),
  remove: () => Promise.reject(new Error('not in a dry run'))
};
const audit = { record: () => Promise.reject(new Error('not in a dry run')) };

describe('the Retention tab', () => {
  it('shows what the next sweep would delete and why, and what is due next', async () => {
    const report = await runRetention({ store, audit }, DEFAULT_RETENTION, '2026-06-01T00:00:00Z', {
      dryRun: true,
      keptSample: 5
    });
    render(<RetentionPreview load={() => Promise.resolve(report)} />);
    expect(await screen.findByText('Findings forms and drafts: 1 of 1 past their period')).toBeTruthy();
    expect(screen.getByText('Audit trail: 0 of 1 past their period')).toBeTruthy();
    expect(screen.getByText('Court Team - 15/07/2018 - A')).toBeTruthy();
    expect(
      screen.getByText('submitted form: 6 years after the committee meeting of 2019-01-15 (due 2025-01-15)')
    ).toBeTruthy();
    expect(screen.getByText('audit entry: 7 years (due 2027-02-01)')).toBeTruthy();
  });

  it('says when a Purview label keeps the lists instead', async () => {
    const report = await runRetention(
      { store, audit },
      { ...DEFAULT_RETENTION, retentionLabel: 'Records 6y' },
      '2026-06-01T00:00:00Z'
    );
    render(<RetentionPreview load={() => Promise.resolve(report)} />);
    expect(await screen.findByText(/Purview retention label 'Records 6y' keeps these lists/)).toBeTruthy();
  });
});
