// The import allowlist of each layer of src (issue 16): what its files may import, and nothing
// else. It was derived from what the code imported when the rule was written (a script listed
// every specifier per folder) and reviewed for breaks in the layering; those found are the named
// EXCEPTIONS below. A new dependency of a layer is a decision: add it here, in review.
import { builtinModules } from 'module';
import * as path from 'path';
import { isInside } from './sources';

export interface Layer {
  /** The folder; a file belongs to the longest layer folder that holds it. */
  dir: string;
  /** The packages it may import: exact names, or a prefix ending in `*`. */
  packages: string[];
  /** Whether it may use Node's built-in modules (fs, http, crypto, node:*): only code that runs in Node. */
  node: boolean;
  /** The folders of src its relative imports may reach (JSON files included). */
  reaches: string[];
}

const CORE = 'src/core';
/** The adapters a browser may load: the web parts and the workbench's client use them. */
const BROWSER_ADAPTERS = [
  'src/adapters/crypto',
  'src/adapters/export',
  'src/adapters/service',
  'src/adapters/sp',
  'src/adapters/teams'
];
const REACT = ['react', 'react-dom', '@fluentui/*'];
const SPFX = ['@microsoft/sp-*', '@microsoft/teams-js', '@pnp/*'];

const webPart = (name: string, strings: string, extra: string[] = []): Layer => ({
  dir: `src/webparts/${name}`,
  packages: [...REACT, ...SPFX, strings, ...extra],
  node: false,
  reaches: [CORE, ...BROWSER_ADAPTERS, 'src/webparts/shared', `src/webparts/${name}`]
});

export const LAYERS: Layer[] = [
  // The domain: pure, portable, no I/O, no packages (London time uses the platform's Intl).
  { dir: CORE, packages: [], node: false, reaches: [CORE] },
  // The SharePoint lists as code: definitions only.
  { dir: 'src/lists', packages: [], node: false, reaches: [CORE, 'src/lists'] },
  { dir: 'src/adapters/crypto', packages: [], node: false, reaches: [CORE, 'src/adapters/crypto'] },
  {
    dir: 'src/adapters/export',
    packages: ['docx', 'ics', 'papaparse'],
    node: false,
    reaches: [CORE, 'src/adapters/export']
  },
  // The Frontline service's contract and browser client (the service itself shares the contract).
  { dir: 'src/adapters/service', packages: [], node: false, reaches: [CORE, 'src/adapters/service'] },
  {
    dir: 'src/adapters/sp',
    packages: ['@pnp/*'],
    node: false,
    reaches: [CORE, 'src/lists', 'src/adapters/sp', 'src/adapters/export']
  },
  { dir: 'src/adapters/teams', packages: [], node: false, reaches: [CORE, 'src/adapters/teams'] },
  // The bot: its logic knows no Bot Framework; only botframework/ does (the Agents SDK move is one folder).
  { dir: 'src/bot/app', packages: [], node: false, reaches: [CORE, 'src/bot/app', 'src/bot/cards'] },
  { dir: 'src/bot/cards', packages: ['adaptivecards-templating'], node: false, reaches: [CORE, 'src/bot/cards'] },
  {
    dir: 'src/bot/botframework',
    packages: ['botbuilder*', 'express'],
    node: true,
    // The service's JSON logger (src/service/logger.ts): one log format for turns and requests.
    reaches: [CORE, 'src/bot', 'src/service']
  },
  // The Frontline service: HTTP, tokens, core's services.
  {
    dir: 'src/service',
    packages: ['express', 'jose'],
    node: true,
    reaches: [CORE, 'src/adapters/service', 'src/service']
  },
  // The local SharePoint list server stands in for SharePoint: it knows nothing of ours.
  { dir: 'src/server', packages: ['better-sqlite3'], node: true, reaches: ['src/server'] },
  // The local workbench: a browser page hosting the web parts, and the Node server that builds it.
  {
    dir: 'src/host/client',
    packages: [...REACT, '@pnp/*'],
    node: false,
    reaches: [CORE, ...BROWSER_ADAPTERS, 'src/webparts', 'src/host/client']
  },
  { dir: 'src/host/server', packages: ['esbuild', 'playwright-core'], node: true, reaches: [CORE, 'src/host'] },
  // The Node entry points (start, setup, jobs, CLIs): they wire everything but the web parts.
  {
    dir: 'src/node',
    packages: ['@azure/identity', '@opentelemetry/*', '@pnp/*', 'ajv', 'ajv-formats', 'express', 'jszip'],
    node: true,
    reaches: [CORE, 'src/lists', 'src/adapters', 'src/bot', 'src/service', 'src/server', 'src/host/server', 'src/node']
  },
  {
    dir: 'src/webparts/shared',
    packages: [...REACT, '@pnp/*'],
    node: false,
    reaches: [CORE, ...BROWSER_ADAPTERS, 'src/webparts/shared']
  },
  webPart('dashboard', 'DashboardWebPartStrings', ['chart.js']),
  webPart('rota', 'RotaWebPartStrings'),
  webPart('visitForm', 'VisitFormWebPartStrings')
];

/** Imports outside their layer's list, each with why it stands and what would end it. */
export const EXCEPTIONS: { file: string; imports: string[]; why: string }[] = [
  {
    file: 'src/adapters/sp/privacyErase.ts',
    imports: ['node:crypto'],
    why: "erasure's HMAC pseudonyms; only Node code imports this file (the test below checks no browser code reaches it). It belongs in src/node or behind a port, which touches src/node/serviceCli.ts, owned by another change"
  },
  ...['src/node/report.ts', 'src/node/pack.ts'].map((file) => ({
    file,
    imports: [
      '../webparts/dashboard/dashboardService',
      '../webparts/dashboard/themesSetup',
      '../webparts/shared/processSetup',
      '../webparts/shared/siteProcess'
    ],
    why: "the report and pack CLIs reuse the dashboard's React-free services; they belong in src/adapters/sp, a move in src/webparts, owned by another change"
  }))
];

export const layerOf = (file: string): Layer | undefined =>
  LAYERS.filter((l) => isInside(path.normalize(file), path.normalize(l.dir))).sort(
    (a, b) => b.dir.length - a.dir.length
  )[0];

export const isBuiltin = (spec: string): boolean =>
  spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0]);

/** `@scope/name` or `name`, without a subpath. */
const packageOf = (spec: string): string =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

const allows = (pattern: string, name: string): boolean =>
  pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern;

const describeLayer = (l: Layer): string =>
  `${l.dir} allows packages [${l.packages.join(', ')}], Node built-ins ${l.node ? 'yes' : 'no'}, relative imports into [${l.reaches.join(', ')}]`;

/** Why `spec`, imported by `file` (relative to the repo root), is outside its layer; undefined if allowed. */
export function violation(file: string, spec: string): string | undefined {
  const layer = layerOf(file);
  if (!layer) return `${file}: in no layer`;
  if (EXCEPTIONS.some((e) => path.normalize(e.file) === path.normalize(file) && e.imports.includes(spec)))
    return undefined;
  let ok: boolean;
  if (spec.startsWith('.')) {
    const target = path.normalize(path.join(path.dirname(file), spec));
    ok = layer.reaches.some((dir) => isInside(target, path.normalize(dir)));
  } else if (isBuiltin(spec)) ok = layer.node;
  else ok = layer.packages.some((p) => allows(p, packageOf(spec)));
  return ok ? undefined : `${file} imports '${spec}': ${describeLayer(layer)}`;
}
