// `npm run package:teams`: fills teams/manifest.json's ${{NAME}} placeholders from the environment
// (local defaults where unset), validates the result against Microsoft's schema and the icon rules,
// and writes teams/package/frontline-visits.zip (manifest.json and the icons at the zip root), the
// file an admin uploads to Teams. Refuses, listing every problem, rather than write a bad package.
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import {
  checkIcons,
  isObject,
  placeholdersIn,
  PLACEHOLDER_DEFAULTS,
  readTemplate,
  renderManifest,
  TEAMS_DIR,
  validateManifest,
  type Env,
  type Json
} from './teamsManifest';

export const DEFAULT_OUT_FILE = path.join(TEAMS_DIR, 'package', 'frontline-visits.zip');

// A fixed entry date keeps the zip byte-identical for the same inputs.
const ENTRY_DATE = new Date(Date.UTC(2025, 0, 1));

export interface TeamsPackageOptions {
  env?: Env;
  /** Folder holding manifest.json and the icons; default teams/. */
  teamsDir?: string;
  outFile?: string;
}

export interface TeamsPackage {
  zipPath: string;
  manifest: Json;
  /** Placeholders filled from PLACEHOLDER_DEFAULTS because their variable was unset or empty. */
  defaultsUsed: string[];
}

export class TeamsPackageError extends Error {
  constructor(readonly problems: string[]) {
    super(`Teams app package refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

export async function buildTeamsPackage(options: TeamsPackageOptions = {}): Promise<TeamsPackage> {
  const env = options.env ?? process.env;
  const teamsDir = options.teamsDir ?? TEAMS_DIR;
  const zipPath = options.outFile ?? DEFAULT_OUT_FILE;

  const template = readTemplate(path.join(teamsDir, 'manifest.json'));
  const manifest = renderManifest(env, template);
  const problems = [
    ...placeholdersIn(manifest).map((name) => `\${{${name}}} has no value and no default: set ${name}`),
    ...validateManifest(manifest),
    ...checkIcons(manifest, teamsDir)
  ];
  if (problems.length > 0) {
    fs.rmSync(zipPath, { force: true }); // so a stale package from an earlier run cannot be uploaded by mistake
    throw new TeamsPackageError(problems);
  }

  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date: ENTRY_DATE });
  const icons = isObject(manifest) && isObject(manifest.icons) ? Object.values(manifest.icons) : [];
  for (const name of new Set(icons.filter((n): n is string => typeof n === 'string'))) {
    zip.file(name, fs.readFileSync(path.join(teamsDir, name)), { date: ENTRY_DATE });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  fs.mkdirSync(path.dirname(zipPath), { recursive: true });
  fs.writeFileSync(zipPath, bytes);

  const defaultsUsed = placeholdersIn(template).filter((name) => !env[name] && name in PLACEHOLDER_DEFAULTS);
  return { zipPath, manifest, defaultsUsed };
}

async function main(): Promise<void> {
  try {
    const result = await buildTeamsPackage();
    const m = isObject(result.manifest) ? result.manifest : {};
    console.log(
      `Teams app package: ${path.relative(process.cwd(), result.zipPath)} ` +
        `(app ${String(m.id)} version ${String(m.version)}, manifest schema v${String(m.manifestVersion)})`
    );
    if (result.defaultsUsed.length > 0) {
      const list = result.defaultsUsed.map((n) => `${n}=${PLACEHOLDER_DEFAULTS[n]}`).join(', ');
      console.log(`Local defaults used: ${list}. Set these variables for a tenant package (teams/README.md).`);
    }
  } catch (e) {
    console.error(e instanceof TeamsPackageError ? e.message : `Teams app package failed: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
