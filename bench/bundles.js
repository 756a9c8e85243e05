// Web part ship bundles against an empty React + Fluent UI + PnPjs web part, built by the same SPFx
// toolchain in the same run (absolute sizes drift with the toolchain; the ratio is the budget).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');

const ROOT = path.join(__dirname, '..');

function shipBundle(projectDir) {
  execFileSync(process.execPath, [require.resolve('gulp/bin/gulp.js'), 'bundle', '--ship'], { cwd: projectDir, stdio: 'pipe' });
  const config = JSON.parse(fs.readFileSync(path.join(projectDir, 'config', 'config.json'), 'utf8'));
  const dist = path.join(projectDir, 'dist');
  return Object.keys(config.bundles).map((bundle) => {
    // The entry chunk is <bundle>_<hash>.js; lazily loaded chunks are counted separately.
    const files = fs.readdirSync(dist).filter((f) => f.startsWith(`${bundle}_`) && f.endsWith('.js'));
    const newest = files.map((f) => path.join(dist, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
    const bytes = fs.readFileSync(newest);
    return { bundle, bytes: bytes.length, gzipBytes: zlib.gzipSync(bytes, { level: 9 }).length };
  });
}

/** A scratch SPFx project holding only the empty web part, sharing this repo's node_modules. */
function emptyProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontline-empty-wp-'));
  for (const f of ['package.json', 'gulpfile.js', 'tsconfig.json', '.eslintrc.js']) fs.copyFileSync(path.join(ROOT, f), path.join(dir, f));
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.mkdirSync(path.join(dir, 'config'));
  for (const f of fs.readdirSync(path.join(ROOT, 'config'))) fs.copyFileSync(path.join(ROOT, 'config', f), path.join(dir, 'config', f));
  const wp = path.join(dir, 'src', 'webparts', 'empty');
  fs.mkdirSync(wp, { recursive: true });
  for (const f of ['EmptyWebPart.ts', 'EmptyWebPart.manifest.json']) fs.copyFileSync(path.join(__dirname, 'empty-webpart', f), path.join(wp, f));
  fs.writeFileSync(
    path.join(dir, 'config', 'config.json'),
    JSON.stringify({
      $schema: 'https://developer.microsoft.com/json-schemas/spfx-build/config.2.0.schema.json',
      version: '2.0',
      bundles: { 'empty-web-part': { components: [{ entrypoint: './lib/webparts/empty/EmptyWebPart.js', manifest: './src/webparts/empty/EmptyWebPart.manifest.json' }] } },
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
      ...b,
      baselineBytes: baseline.bytes,
      baselineGzipBytes: baseline.gzipBytes,
      ratio: Number((b.bytes / baseline.bytes).toFixed(2)),
      gzipRatio: Number((b.gzipBytes / baseline.gzipBytes).toFixed(2)),
      target: 1.2,
      met: b.bytes / baseline.bytes <= 1.2
    }));
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
}

module.exports = { measureBundles, shipBundle, emptyProject };

if (require.main === module) {
  for (const r of measureBundles()) {
    console.log(`${r.bundle}: ${r.bytes} B (${r.gzipBytes} B gzip) vs empty ${r.baselineBytes} B (${r.baselineGzipBytes} B gzip): ${r.ratio}x (target ${r.target}x) ${r.met ? 'met' : 'MISSED'}`);
  }
}
