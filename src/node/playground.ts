// The Microsoft 365 Agents Playground (Microsoft's local Teams client) in front of the local bot.
// It is a dev tool under a pre-release licence, so it runs only with `npm start`, offline, with
// its browser launch and telemetry switched off; users come from .m365agentsplayground.yml.
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const PLAYGROUND_PORT = 56150;

export interface PlaygroundHandle {
  url: string;
  logFile: string;
  stop(): void;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Starts the Playground against `botEndpoint` (…/api/messages); resolves once its page answers. */
export async function startPlayground(
  botEndpoint: string,
  dataDir: string,
  timeoutMs = 60000
): Promise<PlaygroundHandle> {
  const bin = path.resolve('node_modules', '.bin', 'agentsplayground');
  if (!fs.existsSync(bin)) throw new Error('the Agents Playground is not installed (npm install)');
  fs.mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(dataDir, 'playground.log');
  const child: ChildProcess = spawn(bin, ['-e', botEndpoint, '-c', 'msteams', '--disable-telemetry'], {
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile
    },
    stdio: 'ignore'
  });
  const url = `http://127.0.0.1:${PLAYGROUND_PORT}/`;
  const stop = (): void => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the Agents Playground exited (code ${child.exitCode}); see ${logFile}`);
    if (await answers(url)) return { url, logFile, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error(`the Agents Playground did not answer on ${url} within ${timeoutMs / 1000} s; see ${logFile}`);
}
