// Web part ship bundles against an empty React + Fluent UI + PnPjs web part, built by the same SPFx
// toolchain in the same run (absolute sizes drift with the toolchain; the ratio is the budget).
// Each row: the entry chunk (what the page downloads to render the web part first) and, apart, the
// chunks that entry can load later with import() (panels, tabs, exporters, shared vendor chunks).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');
const TARGET = 1.2;

const sizeOf = (file) => {
  const bytes = fs.readFileSync(file);
  return { bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
};

/** SPFx names async chunks chunk.<webpackChunkName or id>_<contenthash>.js. */
const CHUNK = /^chunk\.(.+)_([0-9a-f]{16,})\.js$/;

/**
 * The chunks an entry can load: webpack's runtime in the entry names each chunk it may load with
 * that chunk's content hash (its `__webpack_require__.u`: a map `{id:"hash",...}`, or the whole file
 * name when there is one chunk), so a chunk belongs to the entries whose text holds its hash. Shared
 * chunks (e.g. Fluent UI's Panel, used by several lazy parts) count once per entry that can load them.
 */
function lazyChunksOf(entryText, chunkFiles) {
  return chunkFiles.filter((f) => new RegExp(`["_]${CHUNK.exec(f)[2]}[".]`).test(entryText));
}

function shipBundle(projectDir) {
  // A clean dist/, so chunks left by earlier builds are neither taken for the entry nor counted.
  fs.rmSync(path.join(projectDir, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('gulp/bin/gulp.js'), 'bundle', '--ship'], {
    cwd: projectDir,
    stdio: 'pipe'
  });
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'config', 'config.json'), 'utf8'));
  const dist = path.join(projectDir, 'dist');
  const files = fs.readdirSync(dist);
  const chunkFiles = files.filter((f) => CHUNK.test(f));
  const rows = Object.keys(config.bundles).map((bundle) => {
    // The entry chunk is <bundle>_<contenthash>.js: exactly one in a clean dist/.
    const entries = files.filter((f) => new RegExp(`^${bundle}_[0-9a-f]{16,}\\.js$`).test(f));
    if (entries.length !== 1)
      throw new Error(
        `expected one entry chunk for ${bundle} in dist/, found ${entries.length}: ${entries.join(', ')}`
      );
    const entryFile = path.join(dist, entries[0]);
    const entry = sizeOf(entryFile);
    const lazyFiles = lazyChunksOf(fs.readFileSync(entryFile, 'utf8'), chunkFiles);
    const lazy = lazyFiles.map((f) => ({ name: CHUNK.exec(f)[1], ...sizeOf(path.join(dist, f)) }));
    lazy.sort((a, b) => b.bytes - a.bytes);
    return {
      bundle,
      entryFile: entries[0],
      entryBytes: entry.bytes,
      entryGzipBytes: entry.gzipBytes,
      lazyBytes: lazy.reduce((n, c) => n + c.bytes, 0),
      lazyGzipBytes: lazy.reduce((n, c) => n + c.gzipBytes, 0),
      lazyChunks: lazy.map((c) => `${c.name} ${(c.bytes / 1024).toFixed(1)}K`).join(', '),
      lazyFiles
    };
  });
  // Every chunk must be loadable from some entry; one that is not means the detection above broke.
  const claimed = new Set(rows.flatMap((r) => r.lazyFiles));
  const orphans = chunkFiles.filter((f) => !claimed.has(f));
  if (orphans.length)
    throw new Error(`chunks no entry loads (bench/bundles.js cannot attribute them): ${orphans.join(', ')}`);
  return rows.map(({ lazyFiles, ...row }) => row);
}

/** A scratch SPFx project holding only the empty web part, sharing this repo's node_modules. */
function emptyProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-empty-wp-'));
  for (const f of ['package.json', 'gulpfile.js', 'tsconfig.json', '.eslintrc.js'])
    fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(dir, 'config'));
  for (const f of fs.readdirSync(path.join(ROOT, 'config')))
    fs.copyFileSync(path.join(ROOT, 'config', f), path.join(dir, 'config', f));
  const wp = path.join(dir, 'src', 'webparts', 'empty');
  fs.mkdirSync(wp, { recursive: true });
  for (const f of ['EmptyWebPart.ts', 'EmptyWebPart.manifest.json'])
    fs.copyFileSync(path.join(__dirname, 'empty-webpart', f), path.join(wp, f));
  fs.writeFileSync(
    path.join(dir, 'config', 'config.json'),
    JSON.stringify({
      $schema: 'https://developer.microsoft.com/json-schemas/spfx-build/config.2.0.schema.json',
      version: '2.0',
      bundles: {
        'empty-web-part': {
          components: [
            {
              entrypoint: './lib/webparts/empty/EmptyWebPart.js',
              manifest: './src/webparts/empty/EmptyWebPart.manifest.json'
            }
          ]
        }
      },
      externals: {},
      localizedResources: {}
    })
  );
  return dir;
}

function measureBundles() {
  const empty = emptyProject();
  try {
    const [baseline] = shipBundle(empty);
    const ours = shipBundle(ROOT);
    return ours.map((b) => ({
      bundle: b.bundle,
      entryBytes: b.entryBytes,
      entryGzipBytes: b.entryGzipBytes,
      lazyBytes: b.lazyBytes,
      lazyGzipBytes: b.lazyGzipBytes,
      emptyBytes: baseline.entryBytes,
      emptyGzipBytes: baseline.entryGzipBytes,
      ratio: Number((b.entryBytes / baseline.entryBytes).toFixed(2)),
      gzipRatio: Number((b.entryGzipBytes / baseline.entryGzipBytes).toFixed(2)),
      target: TARGET,
      met: b.entryBytes / baseline.entryBytes <= TARGET,
      lazyChunks: b.lazyChunks
    }));
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

module.exports = { measureBundles, shipBundle, emptyProject, lazyChunksOf };

if (require.main === module) {
  for (const r of measureBundles()) {
    console.log(
      `${r.bundle}: entry ${r.entryBytes} B (${r.entryGzipBytes} B gzip) vs empty ${r.emptyBytes} B (${r.emptyGzipBytes} B gzip): ` +
        `${r.ratio}x (target ${r.target}x) ${r.met ? 'met' : 'MISSED'}; lazily loaded ${r.lazyBytes} B (${r.lazyGzipBytes} B gzip): ${r.lazyChunks}`
    );
  }
}
