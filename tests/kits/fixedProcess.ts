// A process reader for services started without a bot (the service's own tests): the same process
// for every call, the 2025 preset unless given.
import { FRONTLINE_2025, type ProcessConfig } from '../../src/core/config';
import type { ReadProcess } from '../../src/service/processInForce';

export function fixedProcess(
  councilDomains: readonly string[] = [],
  config: ProcessConfig = FRONTLINE_2025
): ReadProcess {
  return () => Promise.resolve({ config, councilDomains });
}
