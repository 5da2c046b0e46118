// The probe pages, written to find gaps in the label-driven code, run here in real Chromium too:
// the isolated world, document_idle timing and real event semantics differ from happy-dom.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, waitForCapture } from './fixtures';
import { seedRegistration } from './seed';

const SITES = join(process.cwd(), 'tests/sites');
const probes = (site: string) => readdirSync(join(SITES, site)).filter((f) => f.startsWith('probe-') && f.endsWith('.html'));

/** The capture a Loket.nl probe page states in its header comment. */
function expectedCapture(file: string): { kind: string; werkgeverId?: string; loonheffingennummers?: string[]; verloning?: string } {
  const match = /Expected capture:\s*(\{[\s\S]*?\})\s*-->/.exec(readFileSync(join(SITES, 'loket', file), 'utf8'));
  return JSON.parse(match![1]!);
}

for (const file of probes('loket').filter((f) => expectedCapture(f).kind === 'company')) {
  test(`Loket.nl ${file}: the popup shows what the page shows`, async ({ context, openPopup, readStorage }) => {
    const expected = expectedCapture(file);
    const page = await context.newPage();
    await page.goto(`https://www.loket.nl/${file}`);
    await waitForCapture(readStorage, expected.werkgeverId!);
    const popup = await openPopup(page);
    await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue(expected.werkgeverId!);
    const numbers = expected.loonheffingennummers!;
    const choice = popup.getByLabel('Loonheffingennummer', { exact: true });
    if (numbers.length === 1) await expect(choice).toHaveValue(numbers[0]!);
    else {
      // Several administrations: every number offered, none chosen for the user (issue 14).
      await expect(choice).toHaveValue('');
      for (const n of numbers) await expect(choice.locator(`option[value="${n}"]`)).toHaveCount(1);
    }
    expect(JSON.stringify(await readStorage())).not.toContain('111222333');
  });
}

const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false);

for (const file of probes('asr')) {
  test(`a.s.r. ${file}: every field filled, nothing submitted`, async ({ context, openPopup }) => {
    await seedRegistration(context);
    const asr = await context.newPage();
    await asr.goto(`https://www.asr.nl/${file}`);
    const popup = await openPopup(asr);
    await popup.getByRole('button', { name: /^Invullen/ }).click();
    const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
    await expect(report).toBeVisible({ timeout: 15_000 });
    await expect(report.locator('[data-status="filled"]')).toHaveCount(12);
    await expect(report.locator('[data-status]:not([data-status="filled"])')).toHaveCount(0);
    expect(await submitted(asr)).toBe(false);
  });
}
