// Optional OpenTelemetry export for the Frontline service: with OTEL_EXPORTER_OTLP_ENDPOINT set
// (checked by validateEnv) one SERVER span per HTTP request, and so per bot turn, goes to that
// OTLP/HTTP collector (JSON to <endpoint>/v1/traces; OTEL_EXPORTER_OTLP_HEADERS and the other
// standard OTEL_* settings apply), with a CLIENT span under it for each HTTP request it made
// (src/node/httpSpans.ts: its SharePoint round trips). The SDK is imported here, on demand: with
// export off it is never loaded and no diagnostics channel is subscribed.
// A server span carries the method, the route as mounted, the activity type, the status, the
// timing and the correlation id: never a body, a query string, form answers or message text.
import type { Span } from '@opentelemetry/api';
import type { RequestReport, RequestTrace } from '../service/telemetry';
import { setRequestTracer } from '../service/telemetry';

export interface TelemetrySettings {
  /** The collector's base address (OTEL_EXPORTER_OTLP_ENDPOINT); the exporter adds /v1/traces. */
  endpoint: string;
  serviceName: string;
  serviceVersion?: string;
}

export interface Telemetry {
  /** Sends the spans still buffered, then stops exporting (at shutdown). */
  shutdown(): Promise<void>;
}

/** Loads the SDK, sets the request tracer and returns how to flush; export failures never reach requests. */
export async function startTelemetry(settings: TelemetrySettings): Promise<Telemetry> {
  const [api, sdk, otlp, resources, http] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('./httpSpans')
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      'service.name': settings.serviceName,
      ...(settings.serviceVersion ? { 'service.version': settings.serviceVersion } : {})
    }),
    spanProcessors: [new sdk.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url: tracesUrl(settings.endpoint) }))]
  });
  const tracer = provider.getTracer('frontline-service', settings.serviceVersion);
  // The server span starts as the request arrives, so that the calls it makes can name it as their
  // parent; its name and attributes are set once it has finished.
  const spans = new WeakMap<RequestTrace, Span>();
  setRequestTracer({
    start(startMs) {
      const span = tracer.startSpan('request', { kind: api.SpanKind.SERVER, startTime: startMs });
      const trace: RequestTrace = {
        end(r: RequestReport) {
          const turn = r.route === '/api/messages';
          span.updateName(turn ? `bot turn ${r.activityType ?? 'unknown'}` : `${r.method} ${r.route}`);
          span.setAttributes({
            'frontline.correlation_id': r.correlationId,
            'http.request.method': r.method,
            'http.route': r.route,
            'http.response.status_code': r.status,
            ...(r.activityType ? { 'frontline.activity_type': r.activityType } : {})
          });
          // Server spans: 5xx (or a request cut off) is an error, 4xx is the caller's.
          if (r.status === 0 || r.status >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
          span.end(r.endMs);
        }
      };
      spans.set(trace, span);
      return trace;
    }
  });
  const stopClientSpans = http.traceClientCalls(
    {
      parentOf: (trace) => spans.get(trace),
      record(parent, call) {
        const span = tracer.startSpan(
          call.name,
          { kind: api.SpanKind.CLIENT, startTime: call.startMs, attributes: call.attributes },
          api.trace.setSpan(api.ROOT_CONTEXT, parent)
        );
        if (call.error) span.setAttribute('error.type', call.error);
        else if (call.status >= 400) span.setAttribute('error.type', String(call.status));
        // Client spans: no answer or a 5xx is an error; a 404 or 412 is an answer the code expects.
        if (call.error || call.status >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
        span.end(call.endMs);
      }
    },
    new URL(tracesUrl(settings.endpoint)).origin
  );
  return {
    async shutdown() {
      setRequestTracer(undefined);
      stopClientSpans();
      await provider.shutdown();
    }
  };
}

/** The signal's address from the base endpoint, as the OTLP specification builds it. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}
