// Bundles the workbench's browser entry with esbuild into memory at host start-up: no build step,
// no files written, and the web parts' own sources (React roots, adapters, core) go in unchanged.
import * as path from 'path';
import { build, type BuildFailure } from 'esbuild';

export interface Bundle {
  /** Served path -> contents (host.js, host.js.map). */
  files: Map<string, Buffer>;
  millis: number;
}

export const CLIENT_ENTRY = path.resolve(__dirname, '..', 'client', 'main.tsx');

export async function bundleClient(options: { production?: boolean } = {}): Promise<Bundle> {
  const started = Date.now();
  const production = options.production ?? false;
  try {
    const result = await build({
      entryPoints: [CLIENT_ENTRY],
      bundle: true,
      write: false,
      outfile: path.join(path.dirname(CLIENT_ENTRY), 'out', 'host.js'),
      format: 'iife',
      platform: 'browser',
      target: 'es2019',
      sourcemap: 'linked',
      minify: production,
      // React's development build gives readable warnings in the console while working locally.
      define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
      // The SPFx tsconfig extends a rush-stack file esbuild would have to chase; only JSX matters.
      tsconfigRaw: { compilerOptions: { jsx: 'react' } },
      logLevel: 'silent'
    });
    const files = new Map<string, Buffer>();
    for (const f of result.outputFiles) files.set(`/${path.basename(f.path)}`, Buffer.from(f.contents));
    return { files, millis: Date.now() - started };
  } catch (e) {
    const failure = e as BuildFailure;
    const detail = (failure.errors ?? [])
      .map((m) => `${m.location ? `${m.location.file}:${m.location.line}: ` : ''}${m.text}`)
      .join('\n');
    throw new Error(`The workbench page could not be bundled:\n${detail || String(e)}`);
  }
}
