// Optional OpenTelemetry export for the Frontline service: with OTEL_EXPORTER_OTLP_ENDPOINT set
// (checked by validateEnv) one span per HTTP request, and so per bot turn, goes to that OTLP/HTTP
// collector (JSON to <endpoint>/v1/traces; OTEL_EXPORTER_OTLP_HEADERS and the other standard
// OTEL_* settings apply). The SDK is imported here, on demand: with export off it is never loaded.
// A span carries the method, the route as mounted, the activity type, the status, the timing and
// the correlation id: never a body, a query string, form answers or message text.
import type { RequestReport } from '../service/telemetry';
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
  const [api, sdk, otlp, resources] = await Promise.all([
    import('@opentelemetry/api'),
    import('@opentelemetry/sdk-trace-base'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources')
  ]);
  const provider = new sdk.BasicTracerProvider({
    resource: resources.resourceFromAttributes({
      'service.name': settings.serviceName,
      ...(settings.serviceVersion ? { 'service.version': settings.serviceVersion } : {})
    }),
    spanProcessors: [new sdk.BatchSpanProcessor(new otlp.OTLPTraceExporter({ url: tracesUrl(settings.endpoint) }))]
  });
  const tracer = provider.getTracer('frontline-service', settings.serviceVersion);
  setRequestTracer((r: RequestReport) => {
    const turn = r.route === '/api/messages';
    const span = tracer.startSpan(turn ? `bot turn ${r.activityType ?? 'unknown'}` : `${r.method} ${r.route}`, {
      kind: api.SpanKind.SERVER,
      startTime: r.startMs,
      attributes: {
        'frontline.correlation_id': r.correlationId,
        'http.request.method': r.method,
        'http.route': r.route,
        'http.response.status_code': r.status,
        ...(r.activityType ? { 'frontline.activity_type': r.activityType } : {})
      }
    });
    // Server spans: 5xx (or a request cut off) is an error, 4xx is the caller's.
    if (r.status === 0 || r.status >= 500) span.setStatus({ code: api.SpanStatusCode.ERROR });
    span.end(r.endMs);
  });
  return {
    async shutdown() {
      setRequestTracer(undefined);
      await provider.shutdown();
    }
  };
}

/** The signal's address from the base endpoint, as the OTLP specification builds it. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}
