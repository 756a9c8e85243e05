// Boundaries the architecture depends on, checked on every test run. What each layer may import
// is an allowlist per layer, in architecture/layers.ts (gulp's lint checks the core's part too, but
// only when packaging); how long a file may be is in architecture/fileLength.test.ts.
import * as fs from 'fs';
import * as path from 'path';
import { importsOf, isInside, ROOT, sourceFiles } from './architecture/sources';

describe('architecture', () => {
  it('imports no module of ours for its side effects alone, because package.json says "sideEffects": false', () => {
    // With that flag webpack drops a module nothing takes a name from, so `import './x'` would
    // vanish from ship bundles (packages' own side-effect imports, such as '@pnp/sp/webs', are fine).
    const bare = /^\s*import\s+['"](\.[^'"]*)['"]/gm;
    const offenders = sourceFiles('src').flatMap((f) =>
      [...fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(bare)].map((m) => `${f}: ${m[1]}`)
    );
    expect(offenders).toEqual([]);
    expect(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).sideEffects).toBe(false);
  });

  it('has each web part wired once: its SPFx class and the workbench call its compose function and build no services', () => {
    const hosts = [
      ...sourceFiles('src/webparts').filter((f) => /WebPart\.ts$/.test(f)),
      path.normalize('src/host/client/registry.tsx')
    ];
    expect(hosts.length).toBe(4);
    // Services, their lazy stand-ins and setups, and the SharePoint adapters belong to the compose functions.
    const wiring = /(Service|Setup|Scheduling|lazyServices|lazyScheduling)$|^src[\\/]adapters[\\/]sp[\\/]/;
    const offenders = hosts.flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => path.normalize(path.join(path.dirname(f), s)))
        .filter((target) => wiring.test(target))
        .map((target) => `${f} -> ${target}`)
    );
    expect(offenders).toEqual([]);
    for (const f of hosts)
      expect(importsOf(f).filter((s) => /[\\/]compose[A-Z]\w*$/.test(s)).length).toBeGreaterThan(0);
  });

  it('keeps tests out of src, because gulp compiles and lints all of it', () => {
    expect(sourceFiles('src').filter((f) => /\.(test|spec)\.tsx?$/.test(f))).toEqual([]);
  });

  it('keeps test kits out of src: no folder named testing, and nothing in src imports from tests/', () => {
    const folders = (dir: string): string[] =>
      fs
        .readdirSync(path.join(ROOT, dir), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .flatMap((e) => [path.join(dir, e.name), ...folders(path.join(dir, e.name))]);
    expect(folders('src').length).toBeGreaterThan(20);
    expect(folders('src').filter((d) => path.basename(d) === 'testing')).toEqual([]);
    const tests = path.join(ROOT, 'tests');
    const offenders = sourceFiles('src').flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .filter((s) => isInside(path.join(ROOT, path.dirname(f), s), tests))
        .map((s) => `${f}: ${s}`)
    );
    expect(offenders).toEqual([]);
  });

  it('has bench import only from src/ and tests/kits/', () => {
    const bench = sourceFiles('bench', /\.(ts|tsx|js)$/);
    expect(bench.length).toBeGreaterThan(3);
    const allowed = [path.join(ROOT, 'bench'), path.join(ROOT, 'src'), path.join(ROOT, 'tests', 'kits')];
    const offenders = bench.flatMap((f) =>
      importsOf(f)
        .filter((s) => s.startsWith('.'))
        .map((s) => path.join(ROOT, path.dirname(f), s))
        .filter((target) => !allowed.some((dir) => isInside(target, dir)))
        .map((target) => `${f} -> ${path.relative(ROOT, target)}`)
    );
    expect(offenders).toEqual([]);
  });

  it('checks the import rule itself: a src file importing tests/ is caught', () => {
    const tests = path.join(ROOT, 'tests');
    expect(isInside(path.join(ROOT, 'src/bot/app', '../../../tests/kits/localSp'), tests)).toBe(true);
    expect(isInside(path.join(ROOT, 'src/bot/app', '../../core/model'), tests)).toBe(false);
  });

  it('normalises e-mails only through src/core/email.ts: no inline .toLowerCase() (trimmed or not) on an address', () => {
    const files = sourceFiles('src').filter((f) => !EMAIL_RULE_EXEMPT.some((dir) => f.startsWith(path.normalize(dir))));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) =>
      inlineEmailNormalisations(fs.readFileSync(path.join(ROOT, f), 'utf8')).map((line) => `${f}: ${line}`)
    );
    expect(offenders).toEqual([]);
  });

  it('checks the e-mail rule itself: the inline forms are caught, other text folding is not', () => {
    expect(inlineEmailNormalisations('const me = deps.userEmail.trim().toLowerCase();')).toHaveLength(1);
    expect(inlineEmailNormalisations("x = (u.Email ?? '').trim().toLowerCase();")).toHaveLength(1);
    expect(inlineEmailNormalisations('emails.map((e) => e.trim().toLowerCase())')).toHaveLength(1);
    expect(inlineEmailNormalisations('const area = visit.area.trim().toLowerCase();')).toEqual([]);
    expect(inlineEmailNormalisations('names.set(c.email.toLowerCase(), c.name);')).toHaveLength(1);
    expect(
      inlineEmailNormalisations("u = (member.email || member.userPrincipalName || '').toLowerCase();")
    ).toHaveLength(1);
    expect(inlineEmailNormalisations('fromLines(i.CouncillorEmails).map((e) => e.toLowerCase())')).toHaveLength(1);
    expect(inlineEmailNormalisations('  serviceManagerEmail: `sm.${t.name.toLowerCase()}@example.gov.uk`,')).toEqual(
      []
    );
  });

  it("hashes only through the platform's crypto, in the allowed adapters; no hand-written SHA-256; one FNV-1a key hash in core", () => {
    const offenders = sourceFiles('src').flatMap((f) => {
      const text = fs.readFileSync(path.join(ROOT, f), 'utf8');
      const found: string[] = [];
      if (/\bcreateHash\s*\(|\bsubtle\s*\.\s*digest\s*\(/.test(text) && !HASH_ADAPTERS.includes(f))
        found.push(`${f}: hashes outside ${HASH_ADAPTERS.join(', ')}`);
      if (SHA256_CONSTANTS.test(text)) found.push(`${f}: a hand-written SHA-256`);
      if (/0x811c9dc5/i.test(text) && f !== path.normalize('src/core/textKey.ts'))
        found.push(`${f}: an FNV-1a besides core/textKey.ts`);
      return found;
    });
    expect(offenders).toEqual([]);
    for (const f of HASH_ADAPTERS) expect(fs.existsSync(path.join(ROOT, f))).toBe(true);
  });

  it("reads a visit's due date only through core/deadlines.ts effectiveDueDate; the stored one is written at booking", () => {
    const allowed = ['src/core/deadlines.ts', 'src/core/services/booking.ts', 'src/adapters/sp/visitMappers.ts'].map(
      (f) => path.normalize(f)
    );
    const offenders = sourceFiles('src')
      .filter((f) => !allowed.includes(f) && !f.startsWith(path.normalize('src/core/samples/')))
      .filter((f) => /\.findingsDueDate\b/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(fs.readFileSync(path.join(ROOT, 'src/core/services/booking.ts'), 'utf8')).toMatch(
      /findingsDueDate: findingsDueDate\(/
    );
  });
});

/**
 * Folders whose e-mail folding is not ours to share: the local list server stands in for
 * SharePoint (it folds principals as SharePoint does and imports nothing from core), and the bot's
 * in-memory stores, which another change owns while this rule lands (they move to core's
 * normalizeEmail with it).
 */
const EMAIL_RULE_EXEMPT = ['src/core/email.ts', 'src/server/', 'src/bot/stores/memoryStores.ts'];

/**
 * `.toLowerCase()`, with or without `.trim()`, applied to something named like an address (email,
 * Email, userPrincipalName, an e-mail list's `(e) => e`, me, poc, who). A name folded to build an
 * address (`sm.${t.name.toLowerCase()}@…`) is not an address being compared, so it is not caught.
 */
function inlineEmailNormalisations(text: string): string[] {
  const ADDRESS =
    /(?:mail|userPrincipalName|\bme\b|\bpoc\b|\bwho\b)[^=;]*?(?:\.trim\(\))?\.toLowerCase\(\)|\(e\) => e(?:\.trim\(\))?\.toLowerCase\(\)/i;
  return text
    .split('\n')
    .filter((line) => /\.toLowerCase\(\)/.test(line))
    .filter((line) => ADDRESS.test(line.replace(/\$\{\w+\.name\.toLowerCase\(\)\}/g, '')))
    .map((line) => line.trim());
}

/** The only files that may call the platform's hash: Node's crypto and the browser's Web Crypto. */
const HASH_ADAPTERS = [path.normalize('src/node/sha256.ts'), path.normalize('src/adapters/crypto/webSha256.ts')];

/** The first SHA-256 round constant and initial hash word: a sign of a hand-written one. */
const SHA256_CONSTANTS = /0x428a2f98|0x6a09e667/i;
