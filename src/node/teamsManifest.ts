// The Teams app manifest: fill the template's ${{NAME}} placeholders, validate the result against
// Microsoft's JSON schema shipped in @microsoft/app-manifest (offline), and check the icons.
// Shared by `npm run package:teams` (src/node/teamsPackage.ts) and tests/teams.
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import type AjvCore from 'ajv/dist/core';
import addFormats from 'ajv-formats';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };
export type Env = Record<string, string | undefined>;

export const TEAMS_DIR = path.join(__dirname, '..', '..', 'teams');

/** What the bot and the Visit form web part rely on; the tests hold the manifest to it. */
export const TEAMS_APP_CONTRACT = {
  appId: '9eaba4fd-594e-4ff5-9207-d205f2eebddf',
  visitFormComponentId: '54a0c20c-68eb-4a1d-bdb0-5da89d98dabd',
  visitFormEntityId: 'visit-form',
  botCommands: ['briefing', 'findings', 'help']
} as const;

/**
 * Values used when a variable is unset or empty: they make a schema-valid package for CI and
 * inspection, not one that works on a tenant (the all-zero GUID names no bot registration).
 */
export const PLACEHOLDER_DEFAULTS: Readonly<Record<string, string>> = {
  BOT_ID: '00000000-0000-0000-0000-000000000000',
  BOT_DOMAIN: 'localhost'
};

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/en-us\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/;

export const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function readTemplate(file = path.join(TEAMS_DIR, 'manifest.json')): Json {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Json;
}

// Substitutes inside parsed string values, so a value can never break the JSON around it.
function mapStrings(value: Json, f: (s: string) => string): Json {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f));
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)]));
  return value;
}

/** The template with every ${{NAME}} replaced by env[NAME], else its local default; unknown names stay. */
export function renderManifest(env: Env = process.env, template: Json = readTemplate()): Json {
  return mapStrings(template, (s) =>
    s.replace(PLACEHOLDER, (whole, name: string) => env[name] || PLACEHOLDER_DEFAULTS[name] || whole)
  );
}

/** Names of the ${{NAME}} placeholders in a manifest (in a template: all; after rendering: the unfilled). */
export function placeholdersIn(value: Json): string[] {
  return [...new Set([...JSON.stringify(value).matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();
}

function appManifestDir(): string {
  return path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

const schemaDir = (): string => path.join(appManifestDir(), 'build', 'json-schemas', 'teams');

/** Manifest schema versions @microsoft/app-manifest ships (not devPreview), oldest first. */
export function shippedSchemaVersions(): string[] {
  const versions = fs.readdirSync(schemaDir()).flatMap((d) => (/^v\d+\.\d+$/.test(d) ? [d.slice(1)] : []));
  const key = (v: string): number[] => v.split('.').map(Number);
  return versions.sort((a, b) => key(a)[0] - key(b)[0] || key(a)[1] - key(b)[1]);
}

export const schemaUrlFor = (version: string): string =>
  `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`;

export function loadManifestSchema(version: string): JsonObject {
  const file = path.join(schemaDir(), `v${version}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) {
    throw new Error(`@microsoft/app-manifest has no schema v${version} (it has ${shippedSchemaVersions().join(', ')})`);
  }
  return JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
}

type AjvClass = new (options: Options) => AjvCore;

// The Teams schemas declare draft-04, which ajv 8 speaks only through ajv-draft-04. Load the copy
// @microsoft/app-manifest depends on and validates with, rather than adding a dependency.
function draft04Ajv(): AjvClass {
  const resolved = require.resolve('ajv-draft-04', { paths: [appManifestDir()] });
  return (require(resolved) as { default: AjvClass }).default;
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const Ajv = draft04Ajv();
    // strict: false because Microsoft's schema mixes in later keywords (const, if/then) and its own.
    const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(loadManifestSchema(version));
    validators.set(version, validate);
  }
  return validate;
}

function valueAt(root: Json, pointer: string): Json | undefined {
  let node: Json | undefined = root;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
  }
  return node;
}

function describeError(error: ErrorObject, manifest: Json): string {
  const where = error.instancePath || '(manifest)';
  const p = error.params as Record<string, unknown>;
  let detail = '';
  if (error.keyword === 'additionalProperties') detail = `: "${String(p.additionalProperty)}"`;
  else if (error.keyword === 'enum') detail = `: ${JSON.stringify(p.allowedValues)}`;
  else if (error.keyword === 'const') detail = `: ${JSON.stringify(p.allowedValue)}`;
  const value = valueAt(manifest, error.instancePath);
  const got = typeof value === 'string' || typeof value === 'number' ? ` (got ${JSON.stringify(value)})` : '';
  return `${where} ${error.message ?? 'is invalid'}${detail}${got}`;
}

/**
 * Schema errors as readable lines ("/name/short must NOT have more than 30 characters (got ...)"),
 * plus Teams rules the schema leaves out. An empty list means valid.
 */
export function validateManifest(manifest: Json): string[] {
  if (!isObject(manifest)) return ['(manifest) must be a JSON object'];
  const url = manifest.$schema;
  const version = typeof url === 'string' ? SCHEMA_URL.exec(url)?.[1] : undefined;
  if (!version) return [`/$schema must be ${schemaUrlFor('1.NN')} (got ${JSON.stringify(url ?? null)})`];
  let validate: ValidateFunction;
  try {
    validate = validatorFor(version);
  } catch (e) {
    return [`/$schema ${(e as Error).message}`];
  }
  const errors = validate(manifest) ? [] : (validate.errors ?? []);
  // An "if" error only repeats the "then" failure reported next to it.
  const lines = errors.filter((e) => e.keyword !== 'if').map((e) => describeError(e, manifest));
  const domains = Array.isArray(manifest.validDomains) ? manifest.validDomains : [];
  domains.forEach((d, i) => {
    if (typeof d === 'string' && /[/:]/.test(d))
      lines.push(`/validDomains/${i} must be a host name without scheme, port or path (got "${d}")`);
  });
  return [...new Set(lines)];
}

export interface PngImage {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** Decoded samples, row by row, for 8-bit RGBA (6) and grey+alpha (4) images only. */
  pixels?: Buffer;
  channels: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG's header and, where Teams' icon rules need it, its pixels (non-interlaced 8-bit). */
export function readPng(buf: Buffer): PngImage {
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE) || buf.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  const [width, height] = [buf.readUInt32BE(16), buf.readUInt32BE(20)];
  const [bitDepth, colorType, interlace] = [buf[24], buf[25], buf[28]];
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType] ?? 0;
  const image: PngImage = { width, height, bitDepth, colorType, channels };
  if (bitDepth !== 8 || interlace !== 0 || (colorType !== 4 && colorType !== 6)) return image;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= buf.length;) {
    const length = buf.readUInt32BE(at);
    if (buf.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(buf.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const paeth = (): number => {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      };
      const predictor = [0, a, b, (a + b) >> 1, filter === 4 ? paeth() : 0][filter] ?? 0;
      out[y * stride + x] = (cur + predictor) & 0xff;
    }
  }
  return { ...image, pixels: out };
}

/** Teams' icon rules: colour 192x192; outline 32x32, white (any alpha) on transparent. */
export function checkIcons(manifest: Json, dir = TEAMS_DIR): string[] {
  const icons = isObject(manifest) && isObject(manifest.icons) ? manifest.icons : {};
  const rules: Array<[string, number]> = [
    ['color', 192],
    ['outline', 32]
  ];
  return rules.flatMap(([key, size]) => {
    const name = icons[key];
    if (typeof name !== 'string') return [`/icons/${key} is missing`];
    if (path.basename(name) !== name) return [`/icons/${key} must be a file at the package root (got "${name}")`];
    const file = path.join(dir, name);
    if (!fs.existsSync(file)) return [`${name}: file not found in ${dir}`];
    let png: PngImage;
    try {
      png = readPng(fs.readFileSync(file));
    } catch (e) {
      return [`${name}: ${(e as Error).message}`];
    }
    const problems =
      png.width === size && png.height === size
        ? []
        : [`${name}: must be ${size}x${size} pixels (is ${png.width}x${png.height})`];
    if (key === 'outline') {
      if (!png.pixels) problems.push(`${name}: must be an 8-bit RGBA or grey+alpha PNG (white on transparent)`);
      else if (!onlyWhiteOrTransparent(png)) problems.push(`${name}: must be white on a transparent background`);
    }
    return problems;
  });
}

function onlyWhiteOrTransparent({ pixels, channels }: PngImage): boolean {
  if (!pixels) return false;
  for (let i = 0; i < pixels.length; i += channels) {
    const alpha = pixels[i + channels - 1];
    if (alpha > 0 && pixels.subarray(i, i + channels - 1).some((v) => v !== 255)) return false;
  }
  return true;
}
