// Loaded (ts-node --require) into a service started by a test: as the process exits it writes one
// line naming the OpenTelemetry modules it had loaded and whether anything listened to fetch's
// diagnostics channels, so tests/node/telemetry.test.ts can check that export off costs nothing.
import * as diagnostics from 'diagnostics_channel';

export const LOADED_PREFIX = 'loaded-modules ';

process.on('exit', () => {
  const opentelemetry = Object.keys(require.cache).filter((file) => /[\\/]@opentelemetry[\\/]/.test(file));
  const undiciHooked = ['undici:request:create', 'undici:request:headers'].some((name) =>
    diagnostics.hasSubscribers(name)
  );
  process.stdout.write(`${LOADED_PREFIX}${JSON.stringify({ opentelemetry, undiciHooked })}\n`);
});
