// The shapes of a set-up plan (plan.ts, removePlan.ts) as runner.ts reads them: plain data.

/** A command line: `m365 …` (always `--output json`) or `npm run …` with environment variables. */
export interface Command {
  tool: 'm365' | 'npm';
  args: string[];
  /** Only for npm: variables set for the child process ({name} placeholders allowed). */
  env?: Record<string, string>;
}

/** What the check's JSON answer must show for the step to count as done. */
export type Expectation =
  | { kind: 'exists' } // the command succeeded with a non-empty answer
  | { kind: 'fields'; fields: Record<string, string | boolean> } // an object with these values
  | { kind: 'listHas'; where: Record<string, string> } // an array with an item matching (arrays: contains)
  | { kind: 'not'; of: Expectation };

export interface Check {
  command: Command;
  done: Expectation;
}

/** Copies a field of an answer into a {name} placeholder for later commands ('' = the whole answer). */
export interface Capture {
  name: string;
  field: string;
}

export interface Step {
  id: string;
  title: string;
  /** What running `change` changes in the tenant, in words. */
  changes: string;
  /** Absent: the step always runs (it checks itself, e.g. provisioning). */
  check?: Check;
  /** Run when the check says not done, in order. Empty: nothing can be done here; stop. */
  change: Command[];
  /** Run when the check says done (e.g. replace the Teams app's package); default: skip. */
  whenDone?: Command[];
  /** Taken from the check's answer (its matched item for listHas) or else the last change's. */
  capture?: Capture[];
}

export interface SetupOptions {
  site: string;
  appCatalog: string;
  serviceUrl?: string;
  botId?: string;
  /** PEM with the private key and certificate: SP_CERT_PATH for provisioning and the service. */
  cert?: string;
  /** The certificate's public key (.cer) for the app registration. */
  certPublic?: string;
  officers?: string;
  appName: string;
  apiUri: string;
  title: string;
}

/** Facts read from the repository, not from the command line. */
export interface Solution {
  /** config/package-solution.json solution.version */
  version: string;
  /** teams/manifest.json id (Graph's externalId for the published app) */
  teamsAppId: string;
}

export const m365 = (...args: string[]): Command => ({ tool: 'm365', args: [...args, '--output', 'json'] });
