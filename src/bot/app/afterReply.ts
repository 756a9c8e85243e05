// Work a turn leaves for after its reply (issue 18): the reply goes as soon as the durable write is
// made (a form's intent, a head of service's answer), and the idempotent steps after it run here.
// The runner owns them: the composition root's shutdown waits for them (idle), tests await them,
// and a failure is logged (by name, never form text) and left to the sweep, which resumes it.

export interface AfterReply {
  /** Starts `task` once the turn has answered, without waiting for it. A failure goes to the runner's `failed`, never thrown. */
  run(name: string, task: () => Promise<unknown>): void;
  /** Resolves true once no task is running (those started meanwhile included), false after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<boolean>;
  /** Tasks started and not yet settled. */
  readonly pending: number;
}

/** `failed`: how a task's failure is reported (the composition root logs it with the turn's correlation id). */
export function afterReplyRunner(failed: (name: string, error: unknown) => void): AfterReply {
  const running = new Set<Promise<void>>();
  const drained = async (): Promise<void> => {
    while (running.size) await Promise.all(Array.from(running));
  };
  return {
    run(name, task) {
      // Started on a timer, not now: after the turn's answer has gone back (the invoke response
      // is written as the turn's promise settles), so the reply never waits behind this work.
      const p: Promise<void> = new Promise<void>((resolve) => setTimeout(resolve, 0))
        .then(task)
        .then(
          () => undefined,
          (e: unknown) => {
            try {
              failed(name, e);
            } catch {
              // A logger that throws must not leave the task counted as running.
            }
          }
        )
        .finally(() => running.delete(p));
      running.add(p);
    },
    idle(timeoutMs) {
      if (timeoutMs === undefined) return drained().then(() => true);
      let timer: ReturnType<typeof setTimeout> | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      return Promise.race([drained().then(() => true), late]).finally(() => clearTimeout(timer));
    },
    get pending() {
      return running.size;
    }
  };
}

/**
 * Runs `task` after the reply when the deps have a runner, else now, before the reply, as a process
 * without one (a test world, a one-off script) always did (then its failure is the turn's). Call it
 * once the reply is built; afterTheReplyRuns says beforehand which it will be.
 */
export async function afterTheReply(
  deps: { afterReply?: AfterReply },
  name: string,
  task: () => Promise<unknown>
): Promise<void> {
  if (deps.afterReply) deps.afterReply.run(name, task);
  else await task();
}

/** True when a turn's later steps run after its reply: its card must not claim they are done. */
export const afterTheReplyRuns = (deps: { afterReply?: AfterReply }): boolean => !!deps.afterReply;
