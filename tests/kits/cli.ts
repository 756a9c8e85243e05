// The command-line scripts as an officer runs them (issue 16): `npm run --silent <script> -- ...` in
// a separate process from the repository's root, with its output and exit code; and the local
// product those scripts run against, started once for a test file in its own temporary folder.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { startLocalProduct, type LocalProduct } from '../../src/node/local';

const ROOT = path.join(__dirname, '..', '..');

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <script> -- <args>` with this process's environment plus `env` (undefined removes a variable). */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined> = {}
): Promise<ScriptRun> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[name];
    else childEnv[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: ROOT, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ProductForFile {
  /** The local product (list server provisioned and seeded), once beforeAll has run. */
  local: () => LocalProduct;
  /** The file's temporary folder (the product's data is in its `sp` folder): for the scripts' output. */
  dir: () => string;
}

/** Starts the local product before the file's tests (in a new temporary folder named from `prefix`),
 * and closes it and removes the folder after them. Call it at the top of the file, before its own hooks. */
export function localProductForFile(prefix: string): ProductForFile {
  let dir: string | undefined;
  let local: LocalProduct | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    local = await startLocalProduct({ port: 0, dataDir: path.join(dir, 'sp') });
  });
  afterAll(async () => {
    await local?.server.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The local product has not started.');
    return value;
  };
  return { local: () => started(local), dir: () => started(dir) };
}
