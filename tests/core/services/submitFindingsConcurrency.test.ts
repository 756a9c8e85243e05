// submitFindings and other people's changes: stale ETags, drafts and forms sent from the other
// channel meanwhile (split from submitFindings.test.ts).
import { ConflictError } from '../../../src/core/errors';
import { submitFindings } from '../../../src/core/services';
import { ANNA, GOOD_ANSWERS, world } from './world';

describe("submitFindings and other people's changes", () => {
  it("re-reads the visit on a stale ETag and keeps the officer's change", async () => {
    const w = await world();
    let interfered = false;
    w.mem.hooks.before = (op) => {
      if (op === 'visits.update' && !interfered) {
        interfered = true;
        w.mem.tables.visits.touch(w.visit.id, { pointOfContactEmail: 'new.poc@example.gov.uk' });
      }
    };
    const result = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: GOOD_ANSWERS,
      channel: 'Teams'
    });
    expect(result.visit.status).toBe('FindingsReturned');
    expect(w.mem.tables.visits.get(w.visit.id)).toMatchObject({
      status: 'FindingsReturned',
      pointOfContactEmail: 'new.poc@example.gov.uk'
    });
    expect(w.mem.calls.filter((c) => c === 'visits.update')).toHaveLength(2);
  });

  it('gives up on a visit that keeps changing without overwriting it, and says so', async () => {
    const w = await world();
    w.mem.hooks.before = (op) => {
      if (op === 'visits.update') w.mem.tables.visits.touch(w.visit.id, { statusReason: `touched ${Math.random()}` });
    };
    const result = await submitFindings(w.submitDeps({ maxAttempts: 3 }), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: GOOD_ANSWERS,
      channel: 'Teams'
    });
    expect(result.outcome).toBe('submitted');
    expect(result.visit.status).toBe('Booked');
    expect(result.problems).toEqual([expect.stringMatching(/kept changing/)]);
    expect(w.mem.tables.visits.get(w.visit.id).status).toBe('Booked');
    expect(w.mem.calls.filter((c) => c === 'visits.update')).toHaveLength(3);
  });

  it('sends over a draft saved from the other channel meanwhile', async () => {
    const w = await world();
    const draft = w.mem.tables.findings.add({
      visitId: w.visit.id,
      councillorEmail: ANNA,
      status: 'Draft',
      channel: 'SharePoint',
      templateId: 'frontline-2025',
      answers: { qualityStrengths: 'old' }
    });
    let interfered = false;
    w.mem.hooks.before = (op) => {
      if (op === 'findings.update' && !interfered) {
        interfered = true;
        w.mem.tables.findings.touch(draft.id, { answers: { qualityStrengths: 'typed on the laptop' } });
      }
    };
    const result = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: GOOD_ANSWERS,
      channel: 'Teams'
    });
    expect(result.outcome).toBe('submitted');
    expect(w.mem.tables.findings.get(draft.id)).toMatchObject({
      status: 'Submitted',
      channel: 'Teams',
      answers: GOOD_ANSWERS
    });
  });

  it('never turns back a form sent from the other channel meanwhile', async () => {
    const w = await world();
    const draft = w.mem.tables.findings.add({
      visitId: w.visit.id,
      councillorEmail: ANNA,
      status: 'Draft',
      channel: 'SharePoint',
      templateId: 'frontline-2025',
      answers: { qualityStrengths: 'old' }
    });
    w.mem.hooks.before = (op) => {
      if (op === 'findings.update' && w.mem.tables.findings.get(draft.id).status === 'Draft') {
        w.mem.tables.findings.touch(draft.id, {
          status: 'Submitted',
          submittedAt: '2025-07-30T15:00:00.000Z',
          answers: { qualityStrengths: 'sent from the laptop' }
        });
      }
    };
    const result = await submitFindings(w.submitDeps(), {
      visitId: w.visit.id,
      councillorEmail: ANNA,
      answers: GOOD_ANSWERS,
      channel: 'Teams'
    });
    expect(result).toMatchObject({ outcome: 'already-submitted', ignoredChanges: true });
    expect(w.mem.tables.findings.get(draft.id).answers).toEqual({ qualityStrengths: 'sent from the laptop' });
    expect(result.request).toBeUndefined();
  });

  it('surfaces a non-conflict failure of the visit read unchanged', async () => {
    const w = await world();
    w.mem.hooks.before = (op) => {
      if (op === 'visits.get') throw new ConflictError('boom');
    };
    await expect(
      submitFindings(w.submitDeps(), {
        visitId: w.visit.id,
        councillorEmail: ANNA,
        answers: GOOD_ANSWERS,
        channel: 'Teams'
      })
    ).rejects.toThrow('boom');
  });
});
