// axe-core's check of one page state (issue 24): every popup and overview state an e2e test
// reaches is checked where it is reached, and no violation passes.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The violations axe-core finds on `page` now, as "rule: target" lines (empty when none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} – ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`));
}

/** Fails with every violation axe-core finds on `page` in the state named `state`. */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  expect(await axeViolations(page), `axe-core, ${state}`).toEqual([]);
}
