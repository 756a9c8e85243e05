// How the web parts' services get the process: the site's Process Settings through the page's one
// ProcessSource (core/settingsSource.ts: cached 60 s, the last good or preset settings while the
// stored ones are bad or missing). The source and its checks load on first use (see processSetup.ts).
import type { ProcessSource } from '../../core/ports/settings';
import type { ProcessSettings } from '../../core/settings';
import { loadOnce } from './loadOnce';

/** The process to run with now (with the council's name, domains and contact); what a service takes instead of a fixed config. */
export type ProcessReader = () => Promise<ProcessSettings>;

/** Reads `source().current().settings`; calls made while a read is under way share it. */
export function siteProcess(source: () => Promise<ProcessSource>): ProcessReader {
  const get = loadOnce(source);
  let reading: Promise<ProcessSettings> | undefined;
  return () => {
    if (!reading) {
      const read = get().then(async (s) => (await s.current()).settings);
      const done = (): void => {
        reading = undefined;
      };
      read.then(done, done);
      reading = read;
    }
    return reading;
  };
}
