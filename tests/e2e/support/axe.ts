/** An axe-core audit of the current page, injected from node_modules (never fetched). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Violations of serious or critical impact (what the issue says must be zero). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // addScriptTag inserts an inline <script>, which the app's CSP refuses; evaluating the source
  // through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = Reflect.get(window, 'axe') as { run(context: Document, options: object): Promise<AxeResults> };
    interface AxeResults {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/**
 * Colour-contrast failures inside one element, checked at the moment it is on screen: toasts
 * and alerts come and go, so a page-wide audit run at another moment never sees them.
 */
export async function contrastViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (include) => {
    const axe = Reflect.get(window, 'axe') as { run(context: object, options: object): Promise<AxeResults> };
    interface AxeResults {
      violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
    }
    const results = await axe.run({ include: [include] }, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, selector);
}
