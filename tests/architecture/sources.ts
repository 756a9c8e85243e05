// The source tree as the architecture tests read it: files under a folder, and each file's import
// specifiers (static, dynamic, require and bare side-effect imports).
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.join(__dirname, '..', '..');

/** Files under `dir` (relative to the repo root) whose names match `pattern`, as root-relative paths. */
export function sourceFiles(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel, pattern);
    return pattern.test(e.name) ? [rel] : [];
  });
}

export function importsOf(file: string): string[] {
  return importsIn(fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

export function importsIn(text: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) specs.push(m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specs;
}

/** Whether `target` is `dir` or inside it (both absolute, or both relative to the same place). */
export function isInside(target: string, dir: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
