/**
 * @jest-environment node
 */
import { startSweepTimer } from '../../src/bot/app/sweepTimer';

describe('sweep timer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('skips a tick while the last sweep still runs, then runs again', async () => {
    let finish: () => void = () => undefined;
    const run = jest.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const timer = startSweepTimer(run, 1000, { log: jest.fn() });
    await jest.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(3000);
    expect(run).toHaveBeenCalledTimes(1);
    finish();
    await jest.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(2);
    finish();
    timer.stop();
    await timer.idle();
  });

  it('logs a failed sweep and keeps going; stop ends it', async () => {
    const log = jest.fn();
    const run = jest.fn().mockRejectedValueOnce(new Error('list server down')).mockResolvedValue(undefined);
    const timer = startSweepTimer(run, 500, { log });
    await jest.advanceTimersByTimeAsync(500);
    expect(log).toHaveBeenCalledWith('sweep failed', expect.objectContaining({ message: 'list server down' }));
    await jest.advanceTimersByTimeAsync(500);
    expect(run).toHaveBeenCalledTimes(2);
    timer.stop();
    await jest.advanceTimersByTimeAsync(5000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('runs at once when asked, and idle() waits for the sweep in flight', async () => {
    let done = false;
    const timer = startSweepTimer(
      async () => {
        await new Promise((r) => setTimeout(r, 200));
        done = true;
      },
      60000,
      { immediate: true }
    );
    timer.stop();
    const idle = timer.idle();
    await jest.advanceTimersByTimeAsync(200);
    await idle;
    expect(done).toBe(true);
  });

  it('refuses an interval that is not a positive number', () => {
    expect(() => startSweepTimer(async () => undefined, 0)).toThrow(/interval/);
  });
});
