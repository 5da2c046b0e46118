import { test, expect, flowTest } from './fixtures';

const LOKET = 'https://www.loket.nl';

test.describe('Loket.nl reader through the popup', () => {
  const companyPages = [
    { page: 'classic-bedrijfsgegevens', werkgeverId: '20720', lhn: '123456782L01' },
    { page: 'new-ui-bedrijfsgegevens', werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab', lhn: '812345678L01' },
    { page: 'formatted-number', lhn: '628194821L01' },
    { page: 'late-render', lhn: '854321093L01' },
  ];
  for (const variant of companyPages) {
    test(`${variant.page}: the popup shows what Loket.nl shows`, async ({ context, openPopup }) => {
      const loket = await context.newPage();
      await loket.goto(`${LOKET}/${variant.page}.html`);
      const popup = await openPopup(loket);
      const werkgeverId = popup.getByLabel('Werkgever ID', { exact: true });
      if (variant.werkgeverId) await expect(werkgeverId).toHaveValue(variant.werkgeverId);
      else await expect(werkgeverId).not.toHaveValue('');
      await expect(popup.getByLabel('Loonheffingennummer', { exact: true })).toHaveValue(variant.lhn);
    });
  }

  test('several administrations: the user picks the loonheffingennummer', async ({ context, openPopup }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/several-administrations.html`);
    const popup = await openPopup(loket);
    const choice = popup.getByLabel('Loonheffingennummer', { exact: true });
    // Each number with its administration's name; none chosen for the user.
    await expect(choice.locator('option')).toHaveText([
      'Kies de administratie',
      '819000127L01 · Hoofdadministratie',
      '819000127L02 · Oproepkrachten',
      '824375919L01 · Holding',
      'Ander nummer…',
    ]);
    await expect(choice).toHaveValue('');
    // Blocking until chosen: the number is among what is still missing, and the field says why.
    const missing = popup.locator('#missing-summary li');
    await expect(missing.filter({ hasText: /^Loonheffingennummer$/ })).toHaveCount(1);
    await choice.selectOption('824375919L01');
    await expect(missing.filter({ hasText: /^Loonheffingennummer$/ })).toHaveCount(0);
    await popup.close();
    const again = await openPopup(loket);
    await expect(again.getByLabel('Loonheffingennummer', { exact: true })).toHaveValue('824375919L01');
  });

  flowTest('a route change in the single-page app captures the new employer without reload');

  flowTest('the popup is prefilled with what Loket.nl shows, a DGA taken over with one click');

  flowTest('a BSN on captured pages appears nowhere in the extension’s storage');
});

test.describe('Loket.nl: the reader is loaded only where a page may hold a capture', () => {
  /** Whether the reader started in the page's extension world (the flag entrypoints/loket-reader.content.ts sets). */
  async function readerStarted(context: import('@playwright/test').BrowserContext, page: import('@playwright/test').Page): Promise<boolean> {
    const session = await context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string; frameId?: string } }> = [];
    session.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await session.send('Runtime.enable');
    const world = worlds.findLast((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated');
    expect(world, "the first stage's isolated world").toBeTruthy();
    const { result } = await session.send('Runtime.evaluate', { expression: "globalThis[Symbol.for('kh.loket.reader')] === true", contextId: world!.id, returnByValue: true });
    await session.detach();
    return result.value === true;
  }

  test('an overview with nothing to read never loads it; a route change to a company page does, and captures', async ({ context, tabIdOf }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/bench-heavy.html?nothing=1&rows=200&batches=1`);
    await loket.waitForFunction(() => (window as { __benchDone?: boolean }).__benchDone === true);
    // The popup's "is this tab's script alive?" is answered without the reader.
    const tabId = await tabIdOf(loket);
    const [worker] = context.serviceWorkers();
    expect(await worker!.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'loket/ping' }), tabId)).toEqual({ alive: true });
    await loket.waitForTimeout(300);
    expect(await readerStarted(context, loket)).toBe(false);
    // The single-page app moves on to a company page: data appears, the reader is loaded and reads it.
    await loket.evaluate(() => {
      history.pushState({}, '', '/app/werkgevers/27182/bedrijfsgegevens');
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<h1>Bedrijfsgegevens</h1><dl><dt>Werkgever ID</dt><dd>27182</dd><dt>Loonheffingennummer</dt><dd>800123451L01</dd></dl>');
    });
    await expect
      .poll(() => worker!.evaluate(async () => Object.keys(await chrome.storage.local.get('werkgever:27182')).length))
      .toBe(1);
    expect(await readerStarted(context, loket)).toBe(true);
  });

  test('a company page loads it at once', async ({ context }) => {
    const loket = await context.newPage();
    await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
    const [worker] = context.serviceWorkers();
    await expect.poll(() => worker!.evaluate(async () => Object.keys(await chrome.storage.local.get('werkgever:20720')).length)).toBe(1);
    expect(await readerStarted(context, loket)).toBe(true);
  });
});
