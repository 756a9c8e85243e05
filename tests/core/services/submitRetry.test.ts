// A submission cut short at any step (the bot's process dies, a network call fails) is completed by
// running the same call again: the end state equals a clean run's, with nothing duplicated.
import { submitFindings } from '../../../src/core/services';
import { ANNA, GOOD_ANSWERS, world } from './world';

const STEPS = [
  'findings.create',
  'sharing.shareFindings',
  'findings.update',
  'requests.create',
  'sharing.shareRequest',
  'visits.update'
];

async function cleanRun(): Promise<unknown> {
  const w = await world();
  await submitFindings(w.submitDeps(), {
    visitId: w.visit.id,
    councillorEmail: ANNA,
    answers: GOOD_ANSWERS,
    channel: 'Teams'
  });
  return w.mem.snapshot({ etags: false });
}

describe('submitFindings after a crash', () => {
  it.each(STEPS)('converges when the first call dies just after %s', async (step) => {
    const expected = await cleanRun();
    const w = await world();
    let crashed = false;
    w.mem.hooks.after = (op) => {
      if (op === step && !crashed) {
        crashed = true;
        throw new Error(`crash after ${op}`);
      }
    };
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: GOOD_ANSWERS, channel: 'Teams' as const };
    await expect(submitFindings(w.submitDeps(), input)).rejects.toThrow(`crash after ${step}`);
    const retry = await submitFindings(w.submitDeps(), input);
    // The form is created as a draft and shared with its author before the intent (Submitted) is
    // written: a crash before that leaves a draft, which the retry sends.
    expect(retry.outcome).toBe(
      step === 'findings.create' || step === 'sharing.shareFindings' ? 'submitted' : 'already-submitted'
    );
    expect(w.mem.snapshot({ etags: false })).toEqual(expected);
    expect(w.mem.tables.requests.all()).toHaveLength(1);
    expect(w.mem.tables.findings.all()).toHaveLength(1);
    // The retry names the same messages, so a caller recording sent keys sends each once.
    expect(retry.notices.map((n) => n.key)).toHaveLength(4);
  });

  it('converges when the draft existed and the crash follows its update to Submitted', async () => {
    const expected = await cleanRun();
    const w = await world();
    await w.submitDeps().findings.create({
      visitId: w.visit.id,
      councillorEmail: ANNA,
      status: 'Draft',
      channel: 'Teams',
      templateId: 'frontline-2025',
      answers: {}
    });
    let crashed = false;
    w.mem.hooks.after = (op) => {
      if (op === 'findings.update' && !crashed) {
        crashed = true;
        throw new Error('crash');
      }
    };
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: GOOD_ANSWERS, channel: 'Teams' as const };
    await expect(submitFindings(w.submitDeps(), input)).rejects.toThrow('crash');
    expect((await submitFindings(w.submitDeps(), input)).outcome).toBe('already-submitted');
    expect(w.mem.snapshot({ etags: false })).toEqual(expected);
  });

  it('running it twice in a row equals running it once', async () => {
    const expected = await cleanRun();
    const w = await world();
    const input = { visitId: w.visit.id, councillorEmail: ANNA, answers: GOOD_ANSWERS, channel: 'Teams' as const };
    await submitFindings(w.submitDeps(), input);
    await submitFindings(w.submitDeps(), input);
    expect(w.mem.snapshot({ etags: false })).toEqual(expected);
  });
});
