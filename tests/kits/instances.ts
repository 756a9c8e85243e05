// Service processes for tests/node/multiInstance.test.ts and leaseTakeover.test.ts: `npm run service`
// or `npm run reminders` spawned through ts-node, their output kept, each killed at the end.
import * as net from 'net';
import * as path from 'path';
import { spawn, type ChildProcess } from 'child_process';

const ROOT = path.join(__dirname, '../..');

export interface Instance {
  child: ChildProcess;
  output: () => string;
  /** The exit code, or the signal that ended it. */
  exited: Promise<number | NodeJS.Signals | null>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
    s.on('error', reject);
  });
}

/** Starts and remembers processes; killAll() (afterAll) SIGKILLs those still running. */
export function instances(): {
  run: (script: string, args: string[], env: NodeJS.ProcessEnv) => Instance;
  killAll: () => void;
} {
  const children: ChildProcess[] = [];
  return {
    run(script, args, env) {
      const child = spawn(
        process.execPath,
        [
          require.resolve('ts-node/dist/bin.js'),
          '--transpile-only',
          '--project',
          'tsconfig.node.json',
          script,
          ...args
        ],
        {
          cwd: ROOT,
          env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
          stdio: ['ignore', 'pipe', 'pipe']
        }
      );
      children.push(child);
      let out = '';
      child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
        child.once('exit', (code, signal) => resolve(code ?? signal))
      );
      return { child, output: () => out, exited };
    },
    killAll() {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    }
  };
}
