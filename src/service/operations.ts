// What operators see of the service: a correlation id and one log line per HTTP request (and so per
// bot turn, each a POST to /api/messages), /healthz and /readyz, and the count of requests in
// flight that graceful shutdown waits for. The lines name the route, the activity type, the
// status and the duration, never a body: no form answers and no message text reach the logs.
import type { Express, NextFunction, Request, Response } from 'express';
import { correlationIdFrom, log as processLog, runWithCorrelation, type Logger } from './logger';
import { endRequestTrace, runInRequestTrace, startRequestTrace } from './telemetry';

/** A readiness check: resolves to what is wrong (empty when ready). Must not name secrets. */
export type ReadinessCheck = () => Promise<string[]>;

export interface Operations {
  /** True once shutdown has begun: health and readiness answer 503, responses close their connection. */
  readonly shuttingDown: boolean;
  beginShutdown(): void;
  /** Requests being served now. */
  readonly inFlight: number;
  /** Resolves when no request is in flight, or after `timeoutMs` (true when drained). */
  drained(timeoutMs: number): Promise<boolean>;
}

const READY_TIMEOUT_MS = 10000;

/** Path segments an unmatched path may show as they are; any other is a caller's text, shown as '*'. */
const KNOWN_SEGMENT = /^(\d{1,9}|api|findings|requests|privacy|messages|health|healthz|readyz|draft|submit)$/;

/** The route as mounted (e.g. /api/findings/:visitId/draft), else the path with unknown segments masked. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof route === 'string') return `${req.baseUrl}${route}`;
  const path = req.originalUrl.split('?')[0] ?? '';
  return path
    .split('/')
    .slice(0, 8)
    .map((s) => (s === '' || KNOWN_SEGMENT.test(s) ? s : '*'))
    .join('/');
}

/** A bot turn's activity type (message, invoke, ...), never its text. */
function activityTypeOf(req: Request): string | undefined {
  const body = req.body as { type?: unknown } | undefined;
  if (!req.originalUrl.startsWith('/api/messages') || typeof body !== 'object' || body === null) return undefined;
  return typeof body.type === 'string' ? body.type.slice(0, 40) : undefined;
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * Mounts the correlation and request-log middleware first, then /healthz, /readyz and /api/health
 * (App Service's health check; 503 while shutting down). Call before any other route.
 */
export function mountOperations(app: Express, ready: ReadinessCheck[] = [], logger: Logger = processLog): Operations {
  let shuttingDown = false;
  let inFlight = 0;
  let waiters: (() => void)[] = [];
  const settle = (): void => {
    inFlight -= 1;
    if (inFlight === 0) {
      for (const w of waiters) w();
      waiters = [];
    }
  };

  app.use((req: Request, res: Response, next: NextFunction) => {
    const correlationId = correlationIdFrom(req.headers);
    const started = process.hrtime.bigint();
    const startMs = Date.now();
    const trace = startRequestTrace(startMs);
    inFlight += 1;
    res.setHeader('x-correlation-id', correlationId);
    if (shuttingDown) res.setHeader('Connection', 'close');
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      settle();
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10;
      const status = res.writableFinished ? res.statusCode : 0;
      // Failures of our own are logged where they happen; here only a request cut off stands out.
      const level = status === 0 ? 'warn' : 'info';
      const route = routeOf(req);
      const activityType = activityTypeOf(req);
      runWithCorrelation(correlationId, () =>
        logger[level](status === 0 ? 'request aborted' : 'request', {
          method: req.method,
          route,
          ...(activityType ? { activityType } : {}),
          status,
          durationMs
        })
      );
      endRequestTrace(trace, {
        method: req.method,
        route,
        correlationId,
        activityType,
        status,
        startMs,
        endMs: Date.now()
      });
    };
    res.once('finish', finish);
    res.once('close', finish);
    runWithCorrelation(correlationId, () => runInRequestTrace(trace, next));
  });

  const alive = (res: Response, body: object): void => {
    if (shuttingDown) res.status(503).json({ status: 'shutting down' });
    else res.json(body);
  };
  app.get('/healthz', (_req, res) => alive(res, { status: 'ok' }));
  app.get('/api/health', (_req, res) => alive(res, { ok: true }));
  app.get('/readyz', (_req, res, next) => {
    if (shuttingDown) return void res.status(503).json({ status: 'shutting down', problems: ['shutting down'] });
    Promise.all(
      ready.map((check) =>
        withTimeout(check(), READY_TIMEOUT_MS, 'the readiness check').catch((e: Error) => [e.message])
      )
    )
      .then((results) => {
        const problems = results.flat();
        if (problems.length) logger.warn('not ready', { problems });
        res.status(problems.length ? 503 : 200).json({ status: problems.length ? 'not ready' : 'ready', problems });
      })
      .catch(next);
  });

  return {
    get shuttingDown() {
      return shuttingDown;
    },
    beginShutdown() {
      shuttingDown = true;
    },
    get inFlight() {
      return inFlight;
    },
    drained(timeoutMs) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    }
  };
}
