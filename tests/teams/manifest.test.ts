/**
 * @jest-environment node
 */
// The Teams app package: the manifest against Microsoft's own schema (offline, from
// @microsoft/app-manifest), the validator's ability to fail, the icon rules, the zip the package
// script writes, and the ids the bot and the Visit form web part depend on.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import {
  checkIcons,
  isObject,
  loadManifestSchema,
  placeholdersIn,
  PLACEHOLDER_DEFAULTS,
  readPng,
  readTemplate,
  renderManifest,
  TEAMS_APP_CONTRACT,
  TEAMS_DIR,
  validateManifest,
  type Json,
  type JsonObject
} from '../../src/node/teamsManifest';
import { buildTeamsPackage, TeamsPackageError } from '../../src/node/teamsPackage';
import { VISIT_FORM_ENTITY_ID } from '../../src/adapters/teams/links';

const ROOT = path.join(__dirname, '..', '..');
const TENANT_ENV = { BOT_ID: '3f1c2a9e-7b4d-4e25-9c61-0d8a5b7e2f14', BOT_DOMAIN: 'frontline-bot.azurewebsites.net' };

function asObject(value: Json | undefined): JsonObject {
  if (!isObject(value)) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return value;
}
const rendered = (env = {}): JsonObject => asObject(renderManifest(env));
const clone = (m: JsonObject): JsonObject => JSON.parse(JSON.stringify(m)) as JsonObject;
const tmpDirs: string[] = [];
function tmpDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-teams-'));
  tmpDirs.push(dir);
  return dir;
}
afterAll(() => tmpDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('the Teams app manifest', () => {
  it('names its schema version in $schema, and that schema ships with @microsoft/app-manifest', () => {
    const template = asObject(readTemplate());
    const version = String(template.manifestVersion);
    expect(template.$schema).toBe(
      `https://developer.microsoft.com/en-us/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`
    );
    expect(loadManifestSchema(version).required).toEqual(expect.arrayContaining(['manifestVersion', 'id', 'icons']));
  });

  it('has only the placeholders the package script knows a default for', () => {
    expect(placeholdersIn(readTemplate())).toEqual(Object.keys(PLACEHOLDER_DEFAULTS).sort());
  });

  it.each([
    ['local defaults', {}],
    ['a tenant environment', TENANT_ENV]
  ])('validates against Microsoft schema when rendered with %s', (_label, env) => {
    const manifest = rendered(env);
    expect(placeholdersIn(manifest)).toEqual([]);
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('puts the environment values where the placeholders were', () => {
    const manifest = rendered(TENANT_ENV);
    const bot = asObject((manifest.bots as Json[])[0]);
    expect(bot.botId).toBe(TENANT_ENV.BOT_ID);
    expect(manifest.validDomains).toContain(TENANT_ENV.BOT_DOMAIN);
    // An empty variable counts as unset, so CI with BOT_ID= still gets a valid manifest.
    expect(asObject((rendered({ BOT_ID: '' }).bots as Json[])[0]).botId).toBe(PLACEHOLDER_DEFAULTS.BOT_ID);
  });
});

describe('the manifest validator', () => {
  const valid = rendered();

  it.each<[string, (m: JsonObject) => void, RegExp]>([
    ['a missing required field', (m) => delete m.developer, /required property 'developer'/],
    ['a bad app id', (m) => (m.id = 'frontline-visits'), /^\/id must match pattern .*\(got "frontline-visits"\)/],
    [
      'an over-long short name',
      (m) => (asObject(m.name).short = 'Frontline Visits for Councillors'),
      /^\/name\/short .*30/
    ],
    ['an unknown property', (m) => (m.botName = 'x'), /additional properties: "botName"/],
    [
      'a bot scope Teams does not have',
      (m) => (asObject((m.bots as Json[])[0]).scopes = ['channel']),
      /^\/bots\/0\/scopes\/0/
    ],
    [
      'a URL in validDomains',
      (m) => (m.validDomains as Json[]).push('https://bot.example.org'),
      /^\/validDomains\/\d+ .*host name/
    ],
    ['an unofficial $schema', (m) => (m.$schema = 'https://example.org/teams.schema.json'), /^\/\$schema must be/],
    [
      'a schema version that is not shipped',
      (m) => (m.$schema = String(m.$schema).replace(/v1\.\d+/, 'v1.99')),
      /no schema v1\.99/
    ]
  ])('rejects %s with a readable error', (_label, breakIt, expected) => {
    const broken = clone(valid);
    breakIt(broken);
    const errors = validateManifest(broken);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });

  it('rejects a BOT_ID that is not a GUID when rendering from the environment', () => {
    const errors = validateManifest(rendered({ ...TENANT_ENV, BOT_ID: 'frontline-bot' }));
    expect(errors).toEqual([expect.stringMatching(/^\/bots\/0\/botId must match pattern .*"frontline-bot"/)]);
  });
});

describe('the icons', () => {
  const icons = asObject(rendered().icons);

  it('have the sizes Teams requires: colour 192x192, outline 32x32', () => {
    const size = (name: Json) => {
      const png = readPng(fs.readFileSync(path.join(TEAMS_DIR, String(name))));
      return [png.width, png.height];
    };
    expect(size(icons.color)).toEqual([192, 192]);
    expect(size(icons.outline)).toEqual([32, 32]);
    expect(checkIcons(rendered())).toEqual([]);
  });

  it('reports icons of the wrong size or colour', () => {
    const dir = tmpDir();
    // Swapped: the colour icon where the outline should be, and the other way round.
    fs.copyFileSync(path.join(TEAMS_DIR, String(icons.outline)), path.join(dir, String(icons.color)));
    fs.copyFileSync(path.join(TEAMS_DIR, String(icons.color)), path.join(dir, String(icons.outline)));
    expect(checkIcons(rendered(), dir)).toEqual([
      `${icons.color}: must be 192x192 pixels (is 32x32)`,
      `${icons.outline}: must be 32x32 pixels (is 192x192)`,
      `${icons.outline}: must be white on a transparent background`
    ]);
  });
});

describe('npm run package:teams', () => {
  it('builds a zip of exactly manifest.json and the two icons, with no placeholders left', async () => {
    const outFile = path.join(tmpDir(), 'frontline-visits.zip');
    const result = await buildTeamsPackage({ env: TENANT_ENV, outFile });
    expect(result.defaultsUsed).toEqual([]);

    const zip = await JSZip.loadAsync(fs.readFileSync(outFile));
    const icons = asObject(rendered().icons);
    expect(Object.keys(zip.files).sort()).toEqual(['manifest.json', String(icons.color), String(icons.outline)].sort());
    const text = await zip.file('manifest.json')!.async('string');
    expect(text).not.toContain('${{');
    const manifest = JSON.parse(text) as JsonObject;
    expect(validateManifest(manifest)).toEqual([]);
    expect(asObject((manifest.bots as Json[])[0]).botId).toBe(TENANT_ENV.BOT_ID);
    const color = await zip.file(String(icons.color))!.async('nodebuffer');
    expect(color.equals(fs.readFileSync(path.join(TEAMS_DIR, String(icons.color))))).toBe(true);
  });

  it('says which placeholders fell back to local defaults', async () => {
    const result = await buildTeamsPackage({ env: {}, outFile: path.join(tmpDir(), 'p.zip') });
    expect(result.defaultsUsed).toEqual(Object.keys(PLACEHOLDER_DEFAULTS).sort());
  });

  it('refuses, listing the problems, and leaves no package behind', async () => {
    const dir = tmpDir();
    for (const f of fs.readdirSync(TEAMS_DIR)) {
      if (f.endsWith('.png')) fs.copyFileSync(path.join(TEAMS_DIR, f), path.join(dir, f));
    }
    const template = asObject(readTemplate());
    template.accentColor = '${{ACCENT_COLOUR}}';
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(template));
    const outFile = path.join(dir, 'out.zip');
    fs.writeFileSync(outFile, 'stale');

    const build = buildTeamsPackage({ env: { BOT_ID: 'nope' }, teamsDir: dir, outFile });
    await expect(build).rejects.toBeInstanceOf(TeamsPackageError);
    const problems = await build.catch((e: TeamsPackageError) => e.problems);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ACCENT_COLOUR.*set ACCENT_COLOUR/),
        expect.stringMatching(/^\/bots\/0\/botId/)
      ])
    );
    expect(fs.existsSync(outFile)).toBe(false);
  });
});

describe('what the bot and the Visit form web part rely on', () => {
  const manifest = rendered();
  const { visitFormComponentId, visitFormEntityId, botCommands } = TEAMS_APP_CONTRACT;

  it('is the app id the bot registration and the admin centre know', () => {
    expect(manifest.id).toBe(TEAMS_APP_CONTRACT.appId);
  });

  it('offers the bot commands in personal chat', () => {
    const bot = asObject((manifest.bots as Json[])[0]);
    expect(bot.scopes).toEqual(['personal']);
    const lists = (bot.commandLists as Json[]).map(asObject);
    expect(lists.map((l) => l.scopes)).toEqual([['personal']]);
    expect((lists[0].commands as Json[]).map((c) => asObject(c).title)).toEqual([...botCommands]);
  });

  it('hosts the Visit form web part in a personal tab the way SPFx does', () => {
    // The bot's deep links open the tab by this entity id.
    expect(VISIT_FORM_ENTITY_ID).toBe(visitFormEntityId);
    const tab = (manifest.staticTabs as Json[]).map(asObject).find((t) => t.entityId === visitFormEntityId);
    expect(tab?.scopes).toEqual(['personal']);
    const url = new URL(String(tab?.contentUrl));
    expect(url.pathname).toBe('/_layouts/15/TeamsLogon.aspx');
    expect(url.searchParams.get('SPFX')).toBe('true');
    // dest is the hosted-app page with its own (encoded) query: teams&personal&componentId=...
    const dest = new URL(String(url.searchParams.get('dest')), 'https://host');
    expect(dest.pathname).toBe('/_layouts/15/teamshostedapp.aspx');
    expect([...dest.searchParams.keys()]).toEqual(['teams', 'personal', 'componentId', 'forceLocale']);
    expect(dest.searchParams.get('componentId')).toBe(visitFormComponentId);
  });

  const webPartManifests = fs
    .readdirSync(path.join(ROOT, 'src', 'webparts'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = path.join(ROOT, 'src', 'webparts', d.name);
      return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.manifest.json'))
        .map((f) => path.join(dir, f));
    })
    .map((file) => JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '')) as JsonObject);
  const visitForm = webPartManifests.find((m) => m.id === visitFormComponentId);

  it('matches a web part manifest that may be hosted as a Teams personal app', () => {
    expect(visitForm).toBeDefined();
    expect(visitForm?.componentType).toBe('WebPart');
    expect(visitForm?.supportedHosts).toContain('TeamsPersonalApp');
  });
});
