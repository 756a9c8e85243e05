// The sweep's sends: different conversations at once, each conversation's messages one after another
// in their planned order (a "rearranged" notice before the briefing it explains). The rate limiter
// (rateLimiter.ts) keeps the requests within Teams' limits; this keeps enough of them waiting on it
// that its budget is used, rather than one send at a time. Outcomes come back in the planned order,
// whatever order the sends finish in, so the sweep's report does not depend on timing.

export interface PerConversationOptions {
  /** How many conversations are being sent to at once (each one message at a time). */
  concurrency: number;
  /** Asked before each send starts; once it says no, no new send starts (those under way finish). */
  mayStart?: () => boolean;
}

export type SendOutcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

export interface PerConversationResult<R> {
  /** One per item, in the items' order; undefined for an item never started (after `mayStart` said no). */
  outcomes: (SendOutcome<R> | undefined)[];
  /** True when `mayStart` said no before every item had started. */
  stopped: boolean;
}

/**
 * Runs `send` for every item: items of one conversation in order, one at a time; up to `concurrency`
 * conversations at once. A send that throws is that item's outcome and stops nothing else. `send`
 * is told how many items its conversation has left, this one included (the limiter's priority).
 */
export async function sendPerConversation<T, R>(
  items: readonly T[],
  conversationOf: (item: T) => string,
  send: (item: T, remaining: number) => Promise<R>,
  options: PerConversationOptions
): Promise<PerConversationResult<R>> {
  if (!(options.concurrency >= 1) || !Number.isInteger(options.concurrency))
    throw new RangeError(`Send concurrency must be a whole number of at least 1 (got ${options.concurrency}).`);
  const queues = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = conversationOf(item);
    const queue = queues.get(key);
    if (queue) queue.push(i);
    else queues.set(key, [i]);
  });
  // Longest queues first (a stable sort keeps the planned order among equals): one conversation
  // takes at most 7 a second, so a long queue started last would end the sweep on its own.
  const pending = [...queues.values()].sort((a, b) => b.length - a.length);
  const outcomes = new Array<SendOutcome<R> | undefined>(items.length).fill(undefined);
  let stopped = false;

  const worker = async (): Promise<void> => {
    for (let queue = pending.shift(); queue; queue = pending.shift()) {
      for (const [at, i] of queue.entries()) {
        if (stopped || (options.mayStart && !options.mayStart())) {
          stopped = true;
          return;
        }
        try {
          outcomes[i] = { ok: true, value: await send(items[i], queue.length - at) };
        } catch (error) {
          outcomes[i] = { ok: false, error };
        }
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, pending.length) }, worker));
  return { outcomes, stopped };
}
