// axe-core run inside the page (injected from node_modules, so offline), reduced to what a test
// can compare: rule id, impact and the offending elements.
import * as path from 'path';
import type { Page } from 'playwright-core';

const AXE = path.join(path.dirname(require.resolve('axe-core')), 'axe.min.js');

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export async function runAxe(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    interface AxeResult {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' '))
    }));
  });
}

export function seriousViolations(violations: Violation[]): Violation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Serious violations known and reported, each with its fix. Remove an entry when its fix lands. */
export const KNOWN_VIOLATIONS: Array<{ id: string; target: RegExp }> = [];
