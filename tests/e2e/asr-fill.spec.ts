import type { Page } from '@playwright/test';
import { test, expect, flowTest } from './fixtures';
import { FULL, seedRegistration } from './seed';

const ASR = 'https://www.asr.nl';
/** The in-page button's host element (utils/asr-button/page.ts). */
const BUTTON_HOST = 'koppelhulp-invullen';

type Seen = Record<string, unknown>;
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false);

async function fillFromPopup(popup: Page) {
  const button = popup.getByRole('button', { name: /^Invullen/ });
  await expect(button).toBeEnabled();
  await button.click();
  const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
  await expect(report).toBeVisible();
  return report;
}

const TEXT_SEEN = {
  bedrijfsnaam: FULL.profile.bedrijfsnaam,
  email: FULL.profile.email,
  raamwerkcontractnummer: FULL.profile.raamwerkcontractnummer,
  loonheffingennummer: FULL.draft.loonheffingennummer,
  werkgeverId: FULL.draft.werkgeverId,
  'dgaNaam.0': 'Jan de Vries',
  'dgaPersoneelsnummer.0': '1001',
  'dgaNaam.1': 'Petra Jansen',
  'dgaPersoneelsnummer.1': '1002',
};

const FORMS = [
  { page: 'plain-form.html', choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' } },
  { page: 'table-layout.html', choices: { hasDga: 'Ja', verloning: '4-wekelijks', dertiendeMaand: true } },
  { page: 'aria-widgets.html', choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: true } },
  { page: 'dga-repeat.html', choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' } },
  // Renders 600 ms late and has no DGA rows at all: those are reported as not found.
  { page: 'late-render.html', choices: { hasDga: 'ja', verloning: '4weken', dertiendeMaand: 'ja' }, noRows: true },
];

for (const form of FORMS) {
  test(`${form.page}: the page's own script sees every value, nothing is submitted`, async ({ context, openPopup }) => {
    await seedRegistration(context);
    const asr = await context.newPage();
    await asr.goto(`${ASR}/${form.page}`);
    const popup = await openPopup(asr);
    const report = await fillFromPopup(popup);
    const dgaRows = Object.keys(TEXT_SEEN).filter((k) => k.startsWith('dga')).length;
    await expect(report.locator('[data-status="filled"]')).toHaveCount(form.noRows ? 12 - dgaRows : 12);
    await expect(report.locator('[data-status="not-found"]')).toHaveCount(form.noRows ? dgaRows : 0);
    const want = Object.fromEntries(Object.entries(TEXT_SEEN).filter(([k]) => !form.noRows || !k.startsWith('dga')));
    expect(await seen(asr)).toMatchObject({ ...want, ...form.choices });
    expect(await submitted(asr)).toBe(false);
  });
}

test('walking skeleton: Werkgever ID read on Loket.nl is filled into the a.s.r. form', async ({ context, openPopup }) => {
  const loket = await context.newPage();
  await loket.goto('https://www.loket.nl/classic-bedrijfsgegevens.html');
  const fromLoket = await openPopup(loket);
  await expect(fromLoket.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  await fromLoket.close();

  const asr = await context.newPage();
  await asr.goto(`${ASR}/plain-form.html`);
  const popup = await openPopup(asr);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue('20720');
  const fill = popup.getByRole('button', { name: /^Invullen/ });
  await fill.click();
  // Incomplete registration: nothing is filled until the user presses again, deliberately.
  await expect(popup.getByRole('alert')).toContainText('nog niet compleet');
  await expect(fill).toHaveAccessibleName('Invullen, ook al is het onvolledig');
  expect((await seen(asr)).werkgeverId).toBeUndefined();
  await fill.click();
  await expect(popup.getByRole('region', { name: 'Resultaat van het invullen' })).toBeVisible();
  expect((await seen(asr)).werkgeverId).toBe('20720');
  expect(await submitted(asr)).toBe(false);
});

flowTest('a React 19 controlled form holds every value in its state, nothing is submitted');

test('a form in a same-origin iframe is filled; the host page is left alone', async ({ context, openPopup }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await asr.goto(`${ASR}/iframe-host.html`);
  const popup = await openPopup(asr);
  await fillFromPopup(popup);
  const frame = asr.frames().find((f) => f.url().includes('iframe-form'))!;
  expect(await frame.evaluate(() => (window as unknown as { __seen: Seen }).__seen)).toMatchObject({
    werkgeverId: FULL.draft.werkgeverId,
    loonheffingennummer: FULL.draft.loonheffingennummer,
  });
  expect(await asr.evaluate(() => (window as unknown as { __hostSeen: Seen }).__hostSeen)).toEqual({});
});

test('a field the user already filled differently is a conflict, overwritten only on request', async ({ context, openPopup }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await asr.goto(`${ASR}/plain-form.html`);
  await asr.getByLabel('Werkgever ID').fill('99999');
  const popup = await openPopup(asr);
  const report = await fillFromPopup(popup);
  const conflict = report.locator('[data-status="conflict"]');
  await expect(conflict).toHaveCount(1);
  await expect(conflict).toContainText('Werkgever ID');
  await expect(conflict).toContainText('99999');
  await expect(asr.getByLabel('Werkgever ID')).toHaveValue('99999');
  await popup.getByRole('button', { name: /Toch overschrijven/ }).click();
  await expect(asr.getByLabel('Werkgever ID')).toHaveValue(FULL.draft.werkgeverId);
  expect(await submitted(asr)).toBe(false);
});

flowTest('a look-alike page on another origin is never filled');

test('a content script that is gone (extension updated, tab not reloaded) gives a reload message', async ({ context, openPopup }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await asr.goto(`${ASR}/plain-form.html`);
  const popup = await openPopup(asr);
  const button = popup.getByRole('button', { name: /^Invullen/ });
  await expect(button).toBeEnabled();
  // What Chrome answers once the tab's content script belongs to an older extension instance.
  await popup.evaluate(() => {
    chrome.tabs.sendMessage = () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  });
  await button.click();
  // Announced (role=status) and shown beside the button.
  await expect(popup.getByRole('status').filter({ hasText: 'Vernieuw de pagina (F5)' })).toBeVisible();
  expect(await seen(asr)).toEqual({});
});

test.describe('the filler runs only when asked', () => {
  /** Evaluates `expression` in the extension's isolated world on `page` (the in-page button's world, which the filler joins). */
  async function inExtensionWorld(context: import('@playwright/test').BrowserContext, page: Page, expression: string): Promise<unknown> {
    const session = await context.newCDPSession(page);
    const worlds: Array<{ id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }> = [];
    session.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
    await session.send('Runtime.enable');
    const world = worlds.findLast((c) => c.origin.startsWith('chrome-extension://') && c.auxData?.type === 'isolated');
    expect(world, "the extension's isolated world (the in-page button's)").toBeTruthy();
    const { result } = await session.send('Runtime.evaluate', { expression, contextId: world!.id, returnByValue: true });
    await session.detach();
    return result.value;
  }
  const STARTED = "globalThis[Symbol.for('kh.asr.filler')] === true";

  test('a browsed a.s.r. form page runs no filler; the popup brings it in, a second injection adds no second listener', async ({ context, openPopup, tabIdOf }) => {
    await seedRegistration(context);
    const asr = await context.newPage();
    await asr.goto(`${ASR}/plain-form.html`);
    // The in-page button's script is always on (its world is where the filler would start) ...
    await expect(asr.locator(BUTTON_HOST)).toHaveCount(1);
    await asr.waitForTimeout(300);
    // ... but no filler: nothing in the page answers a probe, and it never started.
    const tabId = await tabIdOf(asr);
    const [worker] = context.serviceWorkers();
    const direct = await worker!.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'asr/probe' }).then(String, (e: Error) => e.message), tabId);
    expect(direct).toMatch(/Receiving end does not exist|Could not establish connection/);
    expect(await inExtensionWorld(context, asr, STARTED)).toBe(false);
    // Opening the popup probes: the background injects the filler, which answers.
    const popup = await openPopup(asr);
    await expect(popup.getByRole('button', { name: /^Invullen/ })).toBeEnabled();
    expect(await inExtensionWorld(context, asr, STARTED)).toBe(true);
    // Every later probe or fill injects again: the started flag makes that a no-op (one listener, one fill).
    await inExtensionWorld(
      context,
      asr,
      `(() => { globalThis.__added = 0; for (const api of [globalThis.chrome, globalThis.browser]) { const e = api?.runtime?.onMessage; if (!e) continue; const add = e.addListener.bind(e); e.addListener = (f) => { globalThis.__added++; add(f); }; } })()`,
    );
    const report = await fillFromPopup(popup);
    await expect(report.locator('[data-status="filled"]')).toHaveCount(12);
    expect(await inExtensionWorld(context, asr, 'globalThis.__added')).toBe(0);
    expect(await submitted(asr)).toBe(false);
  });
});
