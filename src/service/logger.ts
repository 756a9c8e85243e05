// Structured logs for the Frontline service: one JSON object a line (level, time, msg,
// correlationId, then the event's fields), written to a sink (stdout by default; a telemetry
// exporter can be given as another sink). The correlation id comes from the request or bot turn
// being served (runWithCorrelation, over AsyncLocalStorage), else the process's own id. Callers log
// identifiers, routes, statuses and durations only: never form answers or message text.
import { AsyncLocalStorage } from 'async_hooks';
import { randomUUID } from 'crypto';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

export type LogFields = Record<string, unknown>;

export interface LogEntry extends LogFields {
  level: LogLevel;
  time: string;
  msg: string;
  correlationId: string;
}

/** Where log entries go: `line` is the entry as one line of JSON. */
export type LogSink = (line: string, entry: LogEntry) => void;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

export interface LoggerOptions {
  sink?: LogSink;
  /** Entries below this level are dropped (default info). */
  level?: LogLevel;
  now?: () => string;
}

const correlation = new AsyncLocalStorage<string>();
/** The correlation id of lines logged outside any request, turn or sweep (start-up, shutdown). */
const PROCESS_ID = `process-${randomUUID()}`;

/** Runs `fn` with `id` as the correlation id of everything it logs, synchronously or later. */
export function runWithCorrelation<T>(id: string, fn: () => T): T {
  return correlation.run(id, fn);
}

export function currentCorrelationId(): string {
  return correlation.getStore() ?? PROCESS_ID;
}

const SAFE_ID = /^[A-Za-z0-9._:@-]{1,128}$/;
const TRACEPARENT = /^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** x-correlation-id when it is a plain id, else the trace id of a W3C traceparent, else a new UUID. */
export function correlationIdFrom(headers: Record<string, string | string[] | undefined>): string {
  const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v)?.trim();
  const given = first(headers['x-correlation-id']);
  if (given && SAFE_ID.test(given)) return given;
  const trace = TRACEPARENT.exec(first(headers['traceparent'])?.toLowerCase() ?? '');
  if (trace && !/^0+$/.test(trace[1])) return trace[1];
  return randomUUID();
}

/** An error as log fields: its kind, message (cut short) and code; stacks only at debug. */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: { message: String(error).slice(0, 300) } };
  const code = (error as Error & { code?: unknown }).code;
  const status = (error as Error & { status?: unknown }).status;
  return {
    error: {
      name: error.name,
      message: error.message.slice(0, 300),
      ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
      ...(typeof status === 'number' ? { status } : {})
    }
  };
}

export const stdoutSink: LogSink = (line) => {
  process.stdout.write(`${line}\n`);
};

export function createLogger(options: LoggerOptions = {}): Logger {
  const sink = options.sink ?? stdoutSink;
  const min = LOG_LEVELS.indexOf(options.level ?? 'info');
  const now = options.now ?? (() => new Date().toISOString());
  const write = (level: LogLevel, msg: string, fields: LogFields = {}): void => {
    if (LOG_LEVELS.indexOf(level) < min) return;
    const entry: LogEntry = { level, time: now(), msg, correlationId: currentCorrelationId(), ...fields };
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      // A field that cannot be written (a cycle, a BigInt): the event still goes out.
      line = JSON.stringify({ level, time: entry.time, msg, correlationId: entry.correlationId });
    }
    try {
      sink(line, entry);
    } catch {
      // A failing sink must never fail the request or turn that logged.
    }
  };
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields)
  };
}

/** Lines through the console (error and warn to stderr): the default until a process chooses a sink. */
export const consoleSink: LogSink = (line, entry) => {
  if (entry.level === 'error') console.error(line);
  else if (entry.level === 'warn') console.warn(line);
  else console.log(line);
};

// Until configureLogging (serviceCli does it first): warnings and errors through the console, as
// when the service is embedded (npm start, tests); request lines need a configured level.
let processLogger: Logger = createLogger({ sink: consoleSink, level: 'warn' });

/** The process's logger (the service, the bot mount, the sweeps); `configureLogging` replaces it. */
export const log: Logger = {
  debug: (msg, fields) => processLogger.debug(msg, fields),
  info: (msg, fields) => processLogger.info(msg, fields),
  warn: (msg, fields) => processLogger.warn(msg, fields),
  error: (msg, fields) => processLogger.error(msg, fields)
};

/** Sets the process's sink (default stdout) and level (serviceCli from the environment; tests capture lines). */
export function configureLogging(options: LoggerOptions): Logger {
  processLogger = createLogger(options);
  return log;
}

/** One console argument as log text: errors by kind and message only, objects not at all. */
function consoleText(args: unknown[]): string {
  return args
    .map((a) => {
      if (a instanceof Error) return `${a.name}: ${a.message.slice(0, 300)}`;
      if (typeof a === 'object' && a !== null) return '[object]';
      return String(a);
    })
    .join(' ')
    .slice(0, 1000);
}

/** Sends console.log/info/warn/error through the process logger, so libraries' lines are JSON too. */
export function routeConsole(logger: Logger = log): void {
  console.log = (...args: unknown[]) => logger.info(consoleText(args), { source: 'console' });
  console.info = console.log;
  console.warn = (...args: unknown[]) => logger.warn(consoleText(args), { source: 'console' });
  console.error = (...args: unknown[]) => logger.error(consoleText(args), { source: 'console' });
}
