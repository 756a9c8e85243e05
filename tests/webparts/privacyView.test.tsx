/**
 * @jest-environment jsdom
 */
// The dashboard's Privacy tab over a fake privacy API: a bad address said with what is allowed,
// subject access with its summary and downloads, a dry run, a wrong confirmation refused without a
// call, the erasure, a second attempt that changes nothing, a service refusal, and a councillor refused.
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PrivacyView, REFUSAL } from '../../src/webparts/dashboard/components/PrivacyView';
import { privacyService } from '../../src/webparts/dashboard/privacyService';
import type { ErasureReply, PrivacyApi } from '../../src/adapters/service/privacyApi';
import type { SubjectAccessExport } from '../../src/core/privacy/subjectAccess';
import type { PackFile } from '../../src/webparts/dashboard/dashboardService';
import { AccessDeniedError } from '../../src/core/errors';

const ALICE = 'alice.able@example.gov.uk';
const exported: SubjectAccessExport = {
  subject: { email: ALICE, names: ['Alice Able'] },
  generatedAt: '2025-09-01T09:00:00.000Z',
  summary: [{ list: 'Visit Findings', items: 1 }],
  records: [
    {
      list: 'Visit Findings',
      itemId: 4,
      roles: ['the councillor who wrote the findings'],
      fields: { Title: 'Court Team - 15/07/2025 - Alice Able' },
      versions: []
    }
  ],
  unreadable: [],
  limits: ['Names are found where the lists know them.']
};
const KEPT = [
  { list: 'Visit Findings', id: 4, title: 'Court Team', reason: 'findings are part of the committee record' }
];
const plan = (dryRun: boolean): ErasureReply => ({
  lines: [
    `${dryRun ? 'Dry run, nothing changed. ' : ''}Pseudonym: Former councillor 7F3A09C2 (former-7f3a09c2@pseudonym.invalid)`,
    `${dryRun ? 'Would delete' : 'Deleted'} 1 Teams conversation or send-log item.`,
    '  deleted: Bot Send Log item 9',
    `Kept (1):`,
    '  Visit Findings item 4 "Court Team": findings are part of the committee record'
  ],
  kept: KEPT,
  pseudonym: 'Former councillor 7F3A09C2'
});
const NOTHING: ErasureReply = {
  lines: ['Nothing to change: nothing names the person any more (pseudonym Former councillor 7F3A09C2).', 'Kept (0):'],
  kept: [],
  pseudonym: 'Former councillor 7F3A09C2'
};

function setup(options: { officer?: boolean; api?: Partial<PrivacyApi> } = {}) {
  const calls: { email: string; confirm?: string }[] = [];
  let erased = false;
  const api: PrivacyApi = {
    subjectAccess: async (email) => ({
      summary: ['Visit Findings: 1 item'],
      export: { ...exported, subject: { email, names: [] } }
    }),
    erase: async (email, confirm) => {
      calls.push({ email, confirm });
      if (erased) return NOTHING;
      if (confirm !== undefined) erased = true;
      return plan(confirm === undefined);
    },
    ...options.api
  };
  const files: PackFile[] = [];
  const service = privacyService({
    api,
    isOfficer: async () => options.officer ?? true,
    docx: async () => new Uint8Array([80, 75])
  });
  render(<PrivacyView load={() => Promise.resolve(service)} onDownload={(f) => files.push(f)} />);
  return { calls, files };
}

const address = () => screen.findByRole('textbox', { name: 'E-mail address of the person' });
/** What the live regions of that role say now (empty regions left out). */
const said = (role: 'alert' | 'status') =>
  screen
    .getAllByRole(role)
    .map((e) => e.textContent ?? '')
    .filter(Boolean);
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('the Privacy tab', () => {
  it('says what an e-mail address must look like, and searches nothing until it does', async () => {
    const search = jest.fn();
    setup({ api: { subjectAccess: search } });
    fireEvent.change(await address(), { target: { value: 'alice' } });
    press('Find everything held');
    expect(said('alert')).toContain(
      "Not searched: the e-mail address must be an e-mail address such as name@council.gov.uk (got 'alice')."
    );
    expect((await address()).getAttribute('aria-invalid')).toBe('true');
    press('Erase or restrict...');
    expect(said('alert').some((t) => t.startsWith('Not erased: the e-mail address must be'))).toBe(true);
    expect(search).not.toHaveBeenCalled();
  });

  it('shows what is held and why, and downloads it as JSON and .docx', async () => {
    const { files } = setup();
    fireEvent.change(await address(), { target: { value: ' Alice.Able@EXAMPLE.gov.uk ' } });
    press('Find everything held');
    const table = await screen.findByRole('table', { name: 'What was found and why' });
    expect(within(table).getByText('the councillor who wrote the findings')).toBeTruthy();
    expect(said('status')).toEqual(['Found: Visit Findings: 1 item.']);
    press('Download JSON');
    press('Download .docx');
    await screen.findByText('Downloaded subject-access-alice.able-example.gov.uk.docx.');
    expect(files.map((f) => f.fileName)).toEqual([
      'subject-access-alice.able-example.gov.uk.json',
      'subject-access-alice.able-example.gov.uk.docx'
    ]);
    expect(JSON.parse(files[0].content as string).subject.email).toBe(ALICE);
  });

  it('erases only after a dry run and the address typed again; a second attempt changes nothing', async () => {
    const { calls } = setup();
    fireEvent.change(await address(), { target: { value: ALICE } });
    press('Erase or restrict...');
    await screen.findByText('Would delete 1 Teams conversation or send-log item.');
    expect(screen.getByText('deleted: Bot Send Log item 9')).toBeTruthy();
    const kept = screen.getByRole('table', { name: /^Kept as part of the record \(1\)/ });
    expect(within(kept).getByText('findings are part of the committee record')).toBeTruthy();
    expect(calls).toEqual([{ email: ALICE, confirm: undefined }]);

    press('Continue to erasure...');
    const confirm = screen.getByRole('textbox', { name: 'Type the e-mail address again to confirm' });
    expect(document.activeElement).toBe(confirm);
    fireEvent.change(confirm, { target: { value: 'bob.bold@example.gov.uk' } });
    press('Erase now');
    expect(said('alert')).toEqual([
      `Not erased: type the address being erased, ${ALICE}, exactly (you typed 'bob.bold@example.gov.uk').`
    ]);
    expect(calls).toHaveLength(1);

    fireEvent.change(confirm, { target: { value: 'ALICE.able@example.gov.uk' } });
    press('Erase now');
    await screen.findByText(`Erased: ${ALICE} is now Former councillor 7F3A09C2 in the records kept.`);
    expect(calls[1]).toEqual({ email: ALICE, confirm: 'ALICE.able@example.gov.uk' });
    expect(screen.getByText('Deleted 1 Teams conversation or send-log item.')).toBeTruthy();

    press('Close');
    press('Erase or restrict...');
    await screen.findByText(`Nothing to erase: nothing in the lists names ${ALICE} any more.`);
    expect(screen.queryByRole('button', { name: 'Continue to erasure...' })).toBeNull();
  });

  it("says the service's refusal beside the button", async () => {
    setup({ api: { subjectAccess: () => Promise.reject(new AccessDeniedError('Only officers may ask.')) } });
    fireEvent.change(await address(), { target: { value: ALICE } });
    press('Find everything held');
    await screen.findByText('Not searched: Only officers may ask.');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells a councillor the tab is for officers and offers nothing', async () => {
    setup({ officer: false });
    expect((await screen.findByText(REFUSAL)).textContent).toBe(REFUSAL);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
