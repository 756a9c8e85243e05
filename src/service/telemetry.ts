// The service's telemetry hook: what operations.ts reports for each request (and so each bot turn,
// one POST to /api/messages) once it has finished. Nothing is recorded until a tracer is set:
// src/node/telemetry.ts sets one, with the OpenTelemetry SDK loaded on demand, only when
// OTEL_EXPORTER_OTLP_ENDPOINT is set. A report holds the route as mounted, the activity type,
// the status, the timing and the correlation id: never a body, a query string or message text.

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

export type RequestTracer = (report: RequestReport) => void;

let tracer: RequestTracer | undefined;

/** Sets (or with undefined, clears) where request reports go. */
export function setRequestTracer(next: RequestTracer | undefined): void {
  tracer = next;
}

/** Hands a finished request to the tracer, if any; a failing tracer never fails the request. */
export function traceRequest(report: RequestReport): void {
  if (!tracer) return;
  try {
    tracer(report);
  } catch {
    // Telemetry is best effort.
  }
}
