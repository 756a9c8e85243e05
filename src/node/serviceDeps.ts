// What the compiled Frontline service needs at run time, worked out from the code itself: the
// packages its JavaScript requires, and their production closure in the repo's package-lock.json
// (the same paths, so the subset is a valid lockfile and node_modules layout of its own).
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';

export interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dev?: boolean;
  optional?: boolean;
  devOptional?: boolean;
  peer?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}

export interface Lockfile {
  name?: string;
  version?: string;
  lockfileVersion: number;
  requires?: boolean;
  packages: Record<string, LockEntry>;
}

const BUILTINS = new Set(builtinModules);

/** The package a module specifier names ('@pnp/sp/webs' -> '@pnp/sp'); undefined for relative and built-in modules. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  return BUILTINS.has(name) ? undefined : name;
}

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return jsFiles(file);
    return e.name.endsWith('.js') ? [file] : [];
  });
}

/** Every package the compiled JavaScript under `dir` requires or imports, sorted. */
export function importedPackages(dir: string): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:require|import)\(\s*["']([^"']+)["']\s*\)/g;
  for (const file of jsFiles(dir)) {
    for (const m of fs.readFileSync(file, 'utf8').matchAll(pattern)) {
      const name = packageOf(m[1]);
      if (name) found.add(name);
    }
  }
  return [...found].sort();
}

/** Where Node would find `name` from the package at `from` (a lockfile path; '' is the root), as a lockfile path. */
export function resolveInLock(lock: Lockfile, from: string, name: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The lockfile paths of `roots` and everything they need at run time (dependencies, non-optional peers, installed optionals). */
export function productionClosure(lock: Lockfile, roots: string[]): string[] {
  const seen = new Set<string>();
  const visit = (from: string, name: string, required: boolean): void => {
    const at = resolveInLock(lock, from, name);
    if (!at) {
      if (required) throw new Error(`${name} (needed by ${from || 'the service'}) is not in package-lock.json`);
      return;
    }
    if (seen.has(at)) return;
    seen.add(at);
    const entry = lock.packages[at];
    if (entry.link) throw new Error(`${at} is a linked package; the service package cannot ship it`);
    for (const dep of Object.keys(entry.dependencies ?? {})) visit(at, dep, true);
    for (const dep of Object.keys(entry.optionalDependencies ?? {})) visit(at, dep, false);
    for (const dep of Object.keys(entry.peerDependencies ?? {})) {
      visit(at, dep, !entry.peerDependenciesMeta?.[dep]?.optional);
    }
  };
  for (const root of roots) visit('', root, true);
  return [...seen].sort();
}

export interface ServiceManifest {
  packageJson: Record<string, unknown>;
  lockfile: Lockfile;
  /** Lockfile paths (node_modules/...) to ship. */
  paths: string[];
}

/** The deployable package.json and its lockfile subset: only what the service imports, at the lockfile's versions. */
export function serviceManifest(lock: Lockfile, imported: string[], main: string, version: string): ServiceManifest {
  const dependencies: Record<string, string> = {};
  for (const name of imported) {
    const entry = lock.packages[`node_modules/${name}`];
    if (!entry?.version) throw new Error(`${name} is imported by the service but not installed at the top level`);
    dependencies[name] = entry.version;
  }
  const root = {
    name: 'frontline-service',
    version,
    private: true,
    description: 'The Frontline Visits service: findings and requests APIs and the Teams bot, compiled.',
    license: 'MIT',
    main,
    scripts: { start: 'node .' },
    // require() of the ES-module-only @pnp packages needs Node 20.19 or later.
    engines: { node: '>=20.19.0' },
    dependencies
  };
  const paths = productionClosure(lock, imported);
  const packages: Record<string, LockEntry> = {
    '': { name: root.name, version, license: root.license, dependencies, engines: root.engines }
  };
  for (const p of paths) {
    // Dev-only flags from the whole repo's tree do not hold here: everything shipped is production.
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = lock.packages[p];
    packages[p] = entry;
  }
  return {
    packageJson: root,
    lockfile: { name: root.name, version, lockfileVersion: 3, requires: true, packages },
    paths
  };
}
