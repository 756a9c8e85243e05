// `npm run package:service`: compiles the Frontline service (src/node/serviceCli.ts and what it
// imports) to plain JavaScript with tsc (tsconfig.service.json, dist/service), and writes
// dist/frontline-service.zip for Azure App Service on Node 20 (Linux): the compiled code under app/,
// a package.json naming only the packages the code requires (at the lockfile's exact versions),
// their package-lock.json subset, and those packages' production node_modules, so `node .` in the
// unpacked folder starts the service with nothing to install and no TypeScript in memory.
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import JSZip from 'jszip';
import { importedPackages, serviceManifest, type Lockfile } from './serviceDeps';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The compiled code's folder inside the zip; `main` names the entry under it. */
const APP_DIR = 'app';
export const SERVICE_MAIN = `${APP_DIR}/node/serviceCli.js`;
// A fixed entry date keeps the zip byte-identical for the same inputs.
const ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));
/** Type declarations and source maps are no use to `node .` and are over half the packages' bytes. */
const NOT_RUN = /(\.d\.[cm]?ts|\.map)$/;

export interface ServicePackageOptions {
  root?: string;
  /** Default dist/frontline-service.zip under root. */
  outFile?: string;
  /** false: package dist/service as it is (npm run build:service ran before). */
  compile?: boolean;
}

export interface ServicePackage {
  zipPath: string;
  packageJson: Record<string, unknown>;
  /** The packages the compiled code requires, with their versions. */
  dependencies: Record<string, string>;
  /** node_modules packages shipped (the dependencies and everything they need). */
  packages: number;
  files: number;
}

/** Runs `tsc -p tsconfig.service.json` into a clean dist/service; returns that folder. */
export function compileService(root: string = REPO_ROOT): string {
  const outDir = path.join(root, 'dist', 'service');
  fs.rmSync(outDir, { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.service.json')], {
    cwd: root,
    encoding: 'utf8'
  });
  if (result.status !== 0) {
    throw new Error(`tsc -p tsconfig.service.json failed:\n${result.stdout}${result.stderr}`);
  }
  return outDir;
}

/** Every file under `dir` (relative, '/'-separated), skipping `skip(relative)` folders, typings and maps; symlinks are not followed. */
function filesUnder(dir: string, skip: (rel: string) => boolean = () => false, rel = ''): string[] {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) return skip(child) ? [] : filesUnder(dir, skip, child);
    return e.isFile() && !NOT_RUN.test(e.name) ? [child] : [];
  });
}

export async function buildServicePackage(options: ServicePackageOptions = {}): Promise<ServicePackage> {
  const root = options.root ?? REPO_ROOT;
  const zipPath = options.outFile ?? path.join(root, 'dist', 'frontline-service.zip');
  const outDir = options.compile === false ? path.join(root, 'dist', 'service') : compileService(root);
  if (!fs.existsSync(path.join(outDir, 'node', 'serviceCli.js'))) {
    throw new Error(`${outDir} has no node/serviceCli.js: run npm run build:service first`);
  }
  const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as Lockfile;
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = serviceManifest(lock, importedPackages(outDir), SERVICE_MAIN, version);

  const zip = new JSZip();
  let files = 0;
  const add = (name: string, data: Buffer | string): void => {
    zip.file(name, data, { date: ENTRY_DATE, unixPermissions: 0o644 });
    files++;
  };
  add('package.json', `${JSON.stringify(manifest.packageJson, null, 2)}\n`);
  add('package-lock.json', `${JSON.stringify(manifest.lockfile, null, 2)}\n`);
  for (const f of filesUnder(outDir)) add(`${APP_DIR}/${f}`, fs.readFileSync(path.join(outDir, f)));
  for (const p of manifest.paths) {
    const dir = path.join(root, p);
    if (!fs.existsSync(path.join(dir, 'package.json'))) throw new Error(`${p} is in the lockfile but not installed`);
    // A package's own node_modules holds other lockfile paths, shipped (or not) on their own.
    for (const f of filesUnder(dir, (rel) => rel === 'node_modules'))
      add(`${p}/${f}`, fs.readFileSync(path.join(dir, f)));
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  fs.mkdirSync(path.dirname(zipPath), { recursive: true });
  fs.writeFileSync(zipPath, bytes);
  const dependencies = manifest.packageJson.dependencies as Record<string, string>;
  return { zipPath, packageJson: manifest.packageJson, dependencies, packages: manifest.paths.length, files };
}

/** Unpacks a service zip into `to`, as App Service's zip deploy does into wwwroot (tests and bench). */
export async function unpackServicePackage(zipPath: string, to: string): Promise<void> {
  const zip = await JSZip.loadAsync(fs.readFileSync(zipPath));
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const target = path.join(to, entry.name);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, await entry.async('nodebuffer'));
  }
}

async function main(): Promise<void> {
  const compile = !process.argv.includes('--no-compile');
  try {
    const result = await buildServicePackage({ compile });
    const size = (fs.statSync(result.zipPath).size / 1048576).toFixed(1);
    console.log(
      `Frontline service package: ${path.relative(process.cwd(), result.zipPath)} (${size} MB, ${result.files} files)`
    );
    console.log(
      `  requires: ${Object.entries(result.dependencies)
        .map(([n, v]) => `${n}@${v}`)
        .join(', ')}`
    );
    console.log(`  ships ${result.packages} production packages in node_modules; start with: node .`);
  } catch (e) {
    console.error(`Frontline service package failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
