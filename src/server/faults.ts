// Fault injection for resilience tests: a share of whole HTTP requests (a $batch counts as one) is
// answered with 429/503 + Retry-After before anything is processed, so a fault never applies a write.
import { FaultOptions } from './options';

/** Small seedable PRNG (mulberry32) so a seeded fault sequence repeats exactly. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Fault {
  status: number;
  retryAfterSeconds: number;
}

export interface FaultStats {
  requests: number;
  injected: number;
}

export class FaultInjector {
  private opts: FaultOptions = {};
  private random: () => number = Math.random;
  readonly stats: FaultStats = { requests: 0, injected: 0 };

  constructor(opts: FaultOptions = {}) {
    this.set(opts, true);
  }

  /** Replaces (replace=true) or merges the settings; a new seed restarts the sequence. */
  set(opts: FaultOptions, replace = false): FaultOptions {
    const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)) as FaultOptions;
    const next = replace ? given : { ...this.opts, ...given };
    if (next.rate !== undefined && !(next.rate >= 0 && next.rate <= 1))
      throw new Error('faults.rate must be between 0 and 1');
    if (
      next.statuses !== undefined &&
      (!Array.isArray(next.statuses) || next.statuses.some((s) => !Number.isInteger(s) || s < 400 || s > 599))
    ) {
      throw new Error('faults.statuses must be HTTP error statuses');
    }
    this.opts = next;
    this.random = next.seed !== undefined ? mulberry32(next.seed) : Math.random;
    return this.current();
  }

  current(): FaultOptions {
    return { rate: 0, statuses: [429, 503], retryAfterSeconds: 1, latencyMs: 0, ...this.opts };
  }

  get latencyMs(): number {
    return this.opts.latencyMs ?? 0;
  }

  /** Decides the fate of one request. */
  next(): Fault | undefined {
    this.stats.requests++;
    const rate = this.opts.rate ?? 0;
    if (rate <= 0) return undefined;
    if (this.random() >= rate) return undefined;
    const statuses = this.opts.statuses && this.opts.statuses.length > 0 ? this.opts.statuses : [429, 503];
    const status = statuses[Math.floor(this.random() * statuses.length)];
    this.stats.injected++;
    return { status, retryAfterSeconds: this.opts.retryAfterSeconds ?? 1 };
  }
}

export function faultBody(f: Fault): string {
  const message =
    f.status === 429
      ? 'The request has been throttled. Retry after the interval in the Retry-After header. (local fault injection)'
      : 'The server is busy. Retry after the interval in the Retry-After header. (local fault injection)';
  return JSON.stringify({
    'odata.error': {
      code: '-2147024860, Microsoft.SharePoint.SPRequestThrottledException',
      message: { lang: 'en-US', value: message }
    }
  });
}
