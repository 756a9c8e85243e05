// One workbench per browser test file (tests/kits/workbench.ts starts it), and page helpers.
import type { Locator, Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../kits/workbench';

export { COUNCILLOR, HEAD_OF_SERVICE, OFFICER, SAMPLE_TODAY, startWorkbench, type Workbench } from '../kits/workbench';

/** One workbench for a test file: started before its tests, closed after; returns a getter. */
export function useWorkbench(testTimeoutMs = 90000): () => Workbench {
  let wb: Workbench | undefined;
  jest.setTimeout(testTimeoutMs);
  beforeAll(async () => {
    wb = await startWorkbench();
  }, 180000);
  afterAll(async () => {
    await wb?.close();
  });
  return () => {
    if (!wb) throw new Error('The workbench did not start; see the beforeAll error above.');
    return wb;
  };
}

/**
 * Sets a native date field the way the browser does when a person picks a day: the value setter,
 * then an input event (Playwright's fill does not reach React for a date field that has a value).
 */
export async function setDate(field: Locator, isoDay: string): Promise<void> {
  await field.evaluate((el, v) => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, isoDay);
  await expect(field.inputValue()).resolves.toBe(isoDay);
}

/** Fluent's multi-select in the open panel: the options are checkboxes in a callout that stays open while choosing. */
export async function chooseCouncillors(page: Page, names: string[]): Promise<void> {
  await page.getByRole('dialog').getByRole('combobox', { name: 'Councillors' }).click();
  await page.getByRole('option').first().waitFor();
  for (const option of await page.getByRole('option').all()) {
    const label = await option.evaluate(
      (el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''
    );
    const wanted = names.some((n) => label === n || label.startsWith(`${n} (`));
    // The checkbox is drawn over by its label, which is what a person clicks.
    if ((await option.isChecked()) !== wanted)
      await page.locator(`label[for="${await option.getAttribute('id')}"]`).click();
  }
  await page.keyboard.press('Escape');
}
