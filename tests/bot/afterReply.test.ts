// The runner that owns a turn's work after its reply: idle() waits for every task (those started
// meanwhile too), a failure is reported by the task's name and never thrown, and without a runner
// the work runs before the reply, its failure the turn's.
import { afterReplyRunner, afterTheReply, afterTheReplyRuns } from '../../src/bot/app/afterReply';
import { currentCorrelationId, runWithCorrelation } from '../../src/service/logger';

/** A task the test finishes when it chooses. */
function gate(): { task: () => Promise<void>; open: () => void; started: () => boolean } {
  let open = (): void => undefined;
  let started = false;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    task: async () => {
      started = true;
      await opened;
    },
    open: () => open(),
    started: () => started
  };
}

test('a task starts after the turn, not within it, and idle waits for it and for what it starts', async () => {
  const failed: string[] = [];
  const runner = afterReplyRunner((task) => failed.push(task));
  const first = gate();
  const second = gate();
  let finished = false;
  runner.run('first', async () => {
    await first.task();
    runner.run('second', async () => {
      await second.task();
      finished = true;
    });
  });
  expect(first.started()).toBe(false);
  expect(runner.pending).toBe(1);
  const idle = runner.idle();
  first.open();
  second.open();
  expect(await idle).toBe(true);
  expect(finished).toBe(true);
  expect(runner.pending).toBe(0);
  expect(failed).toEqual([]);
});

test('a failure is reported by name and not thrown; a logger that throws does not leave it pending', async () => {
  const failed: { task: string; error: unknown }[] = [];
  const runner = afterReplyRunner((task, error) => failed.push({ task, error }));
  const boom = new Error('list unavailable');
  runner.run('findings.submit', async () => Promise.reject(boom));
  const throwing = afterReplyRunner(() => {
    throw new Error('logger down');
  });
  throwing.run('hos.respond', async () => Promise.reject(boom));
  expect(await runner.idle()).toBe(true);
  expect(await throwing.idle()).toBe(true);
  expect(failed).toEqual([{ task: 'findings.submit', error: boom }]);
  expect(throwing.pending).toBe(0);
});

test('idle with a time limit says false while a task is still running', async () => {
  const runner = afterReplyRunner(() => undefined);
  const stuck = gate();
  runner.run('stuck', stuck.task);
  expect(await runner.idle(1)).toBe(false);
  expect(runner.pending).toBe(1);
  stuck.open();
  expect(await runner.idle()).toBe(true);
});

test('without a runner the work runs before the reply, and its failure is the turn’s', async () => {
  expect(afterTheReplyRuns({})).toBe(false);
  const done: string[] = [];
  await afterTheReply({}, 'inline', async () => void done.push('ran'));
  expect(done).toEqual(['ran']);
  await expect(afterTheReply({}, 'inline', async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
  const runner = afterReplyRunner(() => undefined);
  expect(afterTheReplyRuns({ afterReply: runner })).toBe(true);
  await afterTheReply({ afterReply: runner }, 'later', async () => void done.push('later'));
  expect(done).toEqual(['ran']);
  await runner.idle();
  expect(done).toEqual(['ran', 'later']);
});

test('a failure is reported under the correlation id of the turn that left the task', async () => {
  const seen: string[] = [];
  const runner = afterReplyRunner((task) => seen.push(`${task} ${currentCorrelationId()}`));
  runWithCorrelation('turn-7', () => runner.run('findings.submit', async () => Promise.reject(new Error('x'))));
  runWithCorrelation('turn-8', () => runner.run('hos.respond', async () => Promise.reject(new Error('y'))));
  await runner.idle();
  expect(seen.sort()).toEqual(['findings.submit turn-7', 'hos.respond turn-8']);
});
