// The service's telemetry hook: each request (and so each bot turn, one POST to /api/messages) is
// a request trace, started by operations.ts as the request arrives and ended with a report once it
// has finished; the work done for it (and after its reply) runs inside it, so what it waits for
// (src/node/telemetry.ts: its SharePoint round trips) finds its parent with currentRequestTrace().
// Nothing is recorded until a tracer is set: src/node/telemetry.ts sets one, with the
// OpenTelemetry SDK loaded on demand, only when OTEL_EXPORTER_OTLP_ENDPOINT is set; until then a
// request costs one check. A report holds the route as mounted, the activity type, the status, the
// timing and the correlation id: never a body, a query string or message text.
import { AsyncLocalStorage } from 'async_hooks';

export interface RequestReport {
  method: string;
  /** As mounted (e.g. /api/findings/:visitId/draft), unknown path segments masked as '*'. */
  route: string;
  correlationId: string;
  /** A bot turn's activity type (message, invoke, ...), never its text. */
  activityType?: string;
  /** 0 when the request was cut off before an answer. */
  status: number;
  /** Epoch milliseconds. */
  startMs: number;
  endMs: number;
}

/** One request being served, as the tracer keeps it. */
export interface RequestTrace {
  end(report: RequestReport): void;
}

export interface RequestTracer {
  /** A request arrives (epoch milliseconds). */
  start(startMs: number): RequestTrace;
}

let tracer: RequestTracer | undefined;
const current = new AsyncLocalStorage<RequestTrace>();

/** Sets (or with undefined, clears) where requests are traced. */
export function setRequestTracer(next: RequestTracer | undefined): void {
  tracer = next;
}

/** A request arrives: its trace, or undefined while no tracer is set (or the tracer fails). */
export function startRequestTrace(startMs: number): RequestTrace | undefined {
  if (!tracer) return undefined;
  try {
    return tracer.start(startMs);
  } catch {
    return undefined; // Telemetry is best effort.
  }
}

/** Runs `fn` (the request's handling) inside `trace`, or just runs it when there is none. */
export function runInRequestTrace<T>(trace: RequestTrace | undefined, fn: () => T): T {
  return trace ? current.run(trace, fn) : fn();
}

/** The trace of the request being served here, if traced. */
export function currentRequestTrace(): RequestTrace | undefined {
  return current.getStore();
}

/** Hands a finished request to its trace, if any; a failing tracer never fails the request. */
export function endRequestTrace(trace: RequestTrace | undefined, report: RequestReport): void {
  if (!trace) return;
  try {
    trace.end(report);
  } catch {
    // Telemetry is best effort.
  }
}
