// The process the service runs each request under. The composition root passes a reader (the
// site's Process Settings through the ProcessSource port, cached there), and the routes read it
// per request, so a change on the site reaches the findings and requests APIs without a restart.
import type { ProcessConfig } from '../core/config';

export interface ProcessInForce {
  /** When responses fall due, which form, how many councillors: the site's settings now. */
  config: ProcessConfig;
  /** The council's own e-mail domains: where a head of service may delegate beyond the people on the site. */
  councilDomains: readonly string[];
}

/** Reads the process in force; rejects only when it has never been readable. */
export type ReadProcess = () => Promise<ProcessInForce>;
