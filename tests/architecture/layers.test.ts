// Each layer of src imports only what its allowlist in layers.ts names: packages, Node's built-ins
// or not, and the folders of src it may reach. A denylist would let `crypto`, `express` or
// `better-sqlite3` into the core; an allowlist does not.
import * as fs from 'fs';
import * as path from 'path';
import { EXCEPTIONS, isBuiltin, LAYERS, layerOf, violation } from './layers';
import { importsOf, ROOT, sourceFiles } from './sources';

const SRC = sourceFiles('src', /\.(ts|tsx|js)$/);

/** The file a relative import names, as TypeScript and webpack resolve it. */
function resolve(from: string, spec: string): string | undefined {
  const base = path.normalize(path.join(path.dirname(from), spec));
  return ['', '.ts', '.tsx', '.js', `${path.sep}index.ts`, `${path.sep}index.tsx`]
    .map((ext) => base + ext)
    .find((f) => /\.(ts|tsx|js)$/.test(f) && fs.existsSync(path.join(ROOT, f)));
}

/** Every source file `entry` loads, itself included, following relative imports. */
function loadedBy(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    for (const spec of importsOf(f).filter((s) => s.startsWith('.'))) {
      const target = resolve(f, spec);
      if (target) todo.push(target);
    }
  }
  return seen;
}

describe('layers', () => {
  it('puts every file of src in a layer, and every layer folder holds files', () => {
    expect(SRC.length).toBeGreaterThan(300);
    expect(SRC.filter((f) => !layerOf(f))).toEqual([]);
    expect(LAYERS.filter((l) => !SRC.some((f) => layerOf(f) === l)).map((l) => l.dir)).toEqual([]);
  });

  it("imports nothing outside each layer's allowlist", () => {
    const offenders = SRC.flatMap((f) => importsOf(f).flatMap((s) => violation(f, s) ?? []));
    expect(offenders).toEqual([]);
  });

  it('lists as exceptions only imports that are still there and still outside their layer', () => {
    const stale = EXCEPTIONS.flatMap((e) => {
      const file = path.normalize(e.file);
      const specs = fs.existsSync(path.join(ROOT, file)) ? importsOf(file) : [];
      const layer = layerOf(file);
      return e.imports
        .filter((s) => !specs.includes(s) || (layer && !violation(`${file}.probe.ts`, s)))
        .map((s) => `${e.file}: ${s}`);
    });
    expect(stale).toEqual([]);
  });

  it('loads no Node built-in into a web part or the workbench page, through any chain of imports', () => {
    const entries = SRC.filter((f) => /^src[\\/](webparts|host[\\/]client)[\\/]/.test(f));
    expect(entries.length).toBeGreaterThan(50);
    const loaded = [...loadedBy(entries)];
    expect(loaded).toContain(path.normalize('src/adapters/sp/mappers.ts'));
    const offenders = loaded.flatMap((f) =>
      importsOf(f)
        .filter(isBuiltin)
        .map((s) => `${f}: ${s}`)
    );
    expect(offenders).toEqual([]);
  });

  it('checks the rule itself: crypto, express, better-sqlite3 or an adapter in the core is caught', () => {
    const core = 'src/core/services/anything.ts';
    for (const spec of [
      'crypto',
      'node:crypto',
      'express',
      'better-sqlite3',
      'fs/promises',
      '@pnp/sp',
      'react',
      '../../adapters/sp/mappers',
      '../../../tests/kits/localSp',
      'date-fns'
    ])
      expect(violation(core, spec)).toMatch(`${core} imports '${spec}': src/core allows`);
    for (const spec of ['./booking', '../model', '../themes/defaultTaxonomy.json'])
      expect(violation(core, spec)).toBeUndefined();
  });

  it('checks the rule itself: botbuilder only in botframework, the list server only with its own', () => {
    expect(violation('src/bot/app/x.ts', 'botbuilder')).toBeDefined();
    expect(violation('src/bot/botframework/x.ts', 'botbuilder-core')).toBeUndefined();
    expect(violation('src/server/store/x.ts', 'better-sqlite3')).toBeUndefined();
    expect(violation('src/server/store/x.ts', '../../core/model')).toBeDefined();
    expect(violation('src/webparts/rota/x.ts', 'fs')).toBeDefined();
    expect(violation('src/webparts/rota/x.ts', '../dashboard/x')).toBeDefined();
    expect(violation('src/webparts/rota/x.ts', '@microsoft/sp-http')).toBeUndefined();
  });
});
