import { test, expect } from './fixtures';
import { FULL, seedRegistration } from './seed';
import { generateEmployers, legacyStore, seedThroughMigration } from '../support/employers.mjs';
// @ts-expect-error -- plain ESM helpers of the benchmark: when it counts the page as shown.
import { readyProbe as popupShown } from '../bench/popup.mjs';
// @ts-expect-error -- as above.
import { readyProbe as overviewShown } from '../bench/overview.mjs';

// The first use of Intl in a fresh extension process sets up ICU data: ≈31 ms for a collator,
// 45–80 ms for toLocaleDateString (issue 26). None of it may lie on the popup's or the
// overview's first paint. The probe wraps every Intl entry point the code could reach before the
// page's scripts run and records when each was called; the page is "painted" when the captured
// Werkgever ID (popup) or the first rows (overview) are shown. Calls after that are allowed.

function intlProbe(): void {
  const calls: Array<{ what: string; at: number }> = [];
  (window as unknown as { __intlCalls: typeof calls }).__intlCalls = calls;
  const record = (what: string) => calls.push({ what, at: performance.now() });
  const wrap = (owner: object, name: string, label: string) => {
    const original = (owner as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      record(label);
      return original.apply(this, args);
    };
  };
  for (const name of ['Collator', 'DateTimeFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'Segmenter'] as const) {
    const Original = (Intl as unknown as Record<string, new (...args: unknown[]) => unknown>)[name];
    if (!Original) continue;
    const Wrapped = function (...args: unknown[]) {
      record(`Intl.${name}`);
      return new Original(...args);
    } as unknown as { prototype: unknown; supportedLocalesOf: unknown };
    Wrapped.prototype = Original.prototype;
    (Intl as unknown as Record<string, unknown>)[name] = Wrapped;
  }
  for (const name of ['toLocaleDateString', 'toLocaleString', 'toLocaleTimeString']) wrap(Date.prototype, name, `Date.${name}`);
  wrap(Number.prototype, 'toLocaleString', 'Number.toLocaleString');
  for (const name of ['localeCompare', 'toLocaleLowerCase', 'toLocaleUpperCase']) wrap(String.prototype, name, `String.${name}`);
}

const callsBefore = (calls: Array<{ what: string; at: number }>, ms: number) => calls.filter((c) => c.at <= ms).map((c) => c.what);

test('the popup paints the captured employer without touching Intl', async ({ context, extensionId, tabIdOf }) => {
  // Filled in on 1 December: the popup's first paint shows "sinds 1-12-2026" (a date, formerly toLocaleDateString).
  await seedRegistration(context, { werkgeverId: '20720', status: { stage: 'ingevuld', filledAt: '2026-12-01T10:00:00.000Z' } as unknown as typeof FULL.draft.status });
  const loket = await context.newPage();
  await loket.goto('https://www.loket.nl/classic-bedrijfsgegevens.html');
  const [worker] = context.serviceWorkers();
  await expect.poll(() => worker!.evaluate(async () => Object.keys(await chrome.storage.local.get('werkgever:20720')).length)).toBe(1);
  const tabId = await tabIdOf(loket);
  const popup = await context.newPage();
  await popup.addInitScript(intlProbe);
  await popup.addInitScript(popupShown, '20720');
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  // The status line "sinds <date>" is part of that first paint.
  await expect(popup.getByText('sinds 1-12-2026', { exact: true })).toBeVisible();
  const paintedAt = await popup.evaluate(() => (window as unknown as { __benchReady: { ms: number } }).__benchReady.ms);
  const calls = await popup.evaluate(() => (window as unknown as { __intlCalls: Array<{ what: string; at: number }> }).__intlCalls);
  expect(callsBefore(calls, paintedAt)).toEqual([]);
});

test('the overview paints its first rows of 1,000 employers without touching Intl', async ({ context, extensionId }) => {
  const [worker] = context.serviceWorkers();
  await seedThroughMigration(worker!, legacyStore(generateEmployers(1000)), { timeoutMs: 60_000 });
  const page = await context.newPage();
  await page.addInitScript(intlProbe);
  await page.addInitScript(overviewShown, '1000 van 1000');
  await page.goto(`chrome-extension://${extensionId}/overview.html`);
  await expect(page.getByTestId('shown-count')).toHaveText(/^1000 van 1000/);
  await expect(page.locator('tbody tr[data-index]').first()).toBeVisible();
  // Every column filled in: the first paint is over either way.
  await expect(page.locator('table[aria-busy="false"]')).toHaveCount(1);
  const calls = await page.evaluate(() => (window as unknown as { __intlCalls: Array<{ what: string; at: number }> }).__intlCalls);
  const firstRowsAt = await page.evaluate(() => (window as unknown as { __benchReady: { ms: number } }).__benchReady.ms);
  expect(callsBefore(calls, firstRowsAt)).toEqual([]);
});
