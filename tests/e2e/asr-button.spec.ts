// The "Invullen met koppelhulp" button on the a.s.r. form page (issue 14, "Shorter route"), and
// refilling a form that holds another employer's DGA rows (issue 14, "Refill").
// The button lives in a CLOSED shadow root: neither the page nor Playwright's locators reach
// it. The test reads it as assistive technology does (Chrome's accessibility tree, over CDP)
// and presses it with a real mouse click at its place on the screen.
import type { Page } from '@playwright/test';
import { test, expect, employersIn, flowTest } from './fixtures';
import { FULL, seedRegistration } from './seed';
import { registrationItems } from '../flows/data';
import { REACT_FILLED } from '../flows/flows';
import { seedThroughMigration } from '../support/employers.mjs';
import { pageButton } from './page-button';

const ASR = 'https://www.asr.nl';
const REACT_FORM = `${ASR}/react-form.built.html`;
const HOST = 'koppelhulp-invullen';

type ReactState = Record<string, unknown>;
const reactState = (page: Page) => page.evaluate(() => (window as unknown as { __reactState: ReactState }).__reactState);
const submitted = (page: Page) => page.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false);
const SHORTCUT = /Open de koppelhulp \((Alt\+Shift\+K|knop in de werkbalk)\)/;

async function openWithButton(page: Page, url = REACT_FORM) {
  await page.goto(url);
  await expect(page.locator(HOST)).toHaveCount(1);
  const button = pageButton(page);
  await expect.poll(() => button.name()).toBe('Invullen met koppelhulp');
  return button;
}

test('the button shows on the form page for the chosen employer, and not on another a.s.r. page', async ({ context }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  const button = await openWithButton(asr);
  await expect.poll(() => button.text()).toContain(
    `Voor: ${FULL.draft.werkgeverNaam} · Werkgever ID ${FULL.draft.werkgeverId} · Loonheffingennummer ${FULL.draft.loonheffingennummer}`,
  );
  // Never fills on page load.
  expect((await reactState(asr)).organisatie).toBe('');

  const other = await context.newPage();
  await other.goto(`${ASR}/salarisverwerkers.html`);
  // The content script looks again 1 s and 3 s after load (a late heading): still nothing.
  await other.waitForTimeout(3500);
  await expect(other.locator(HOST)).toHaveCount(0);
});

test('a real click fills the React form for the chosen employer, advances the stage, and the popup shows the report', async ({
  context,
  openPopup,
  readStorage,
}) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  const button = await openWithButton(asr);
  await button.click();
  await expect.poll(() => reactState(asr)).toEqual(REACT_FILLED);
  await expect.poll(() => button.status()).toBe('12 van 12 velden ingevuld; open de koppelhulp voor het resultaat per veld');
  expect(await submitted(asr)).toBe(false);
  await expect
    .poll(async () => (employersIn(await readStorage()).emp_seed as { draft: { status: { stage: string } } }).draft.status.stage)
    .toBe('ingevuld');
  // The popup opened afterwards shows the full report without filling again.
  const popup = await openPopup(asr);
  const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
  await expect(report).toBeVisible();
  await expect(report.locator('[data-status="filled"]')).toHaveCount(12);
  await popup.close();
  // Reloaded, the page shows an empty form again: the popup must not show the old report as if it held.
  await asr.reload();
  await expect.poll(() => reactState(asr)).not.toEqual(REACT_FILLED);
  const after = await openPopup(asr);
  await expect(after.getByRole('button', { name: /^Invullen/ })).toBeEnabled();
  // Before the reload the report showed within this time (its lookup follows the probe that
  // enables the button, and its view loads lazily): it must not appear at all now.
  await after.waitForTimeout(1500);
  await expect(after.getByRole('region', { name: 'Resultaat van het invullen' })).toHaveCount(0);
});

flowTest('the fill button on the a.s.r. form page fills on a person’s click only');

test('a person’s Enter on the focused button fills too', async ({ context }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  const button = await openWithButton(asr);
  await button.focus();
  await asr.keyboard.press('Enter');
  await expect.poll(() => reactState(asr)).toEqual(REACT_FILLED);
  await expect.poll(() => button.status()).toBe('12 van 12 velden ingevuld; open de koppelhulp voor het resultaat per veld');
});

test('a click or key press made by the page’s own script does nothing', async ({ context }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await openWithButton(asr);
  const seen = await asr.evaluate((tag) => {
    const host = document.querySelector(tag) as HTMLElement;
    host.click();
    host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    // Whatever the page tries, the button itself is out of its reach.
    return { shadowRoot: host.shadowRoot, buttons: host.querySelectorAll('button').length, text: host.textContent };
  }, HOST);
  expect(seen).toEqual({ shadowRoot: null, buttons: 0, text: '' });
  await asr.waitForTimeout(1000);
  expect((await reactState(asr)).organisatie).toBe('');
});

test('an ambiguous employer or blocking errors: no fill, one line saying why and how to open the koppelhulp', async ({ context }) => {
  // Chosen in the popup: employer B; last seen in Loket.nl: employer A. The popup would ask.
  const items = registrationItems();
  const other = { ...items.employers.emp_seed, id: 'emp_other', draft: { ...items.employers.emp_seed.draft, werkgeverNaam: 'Bakkerij De Korrel B.V.' } };
  const [worker] = context.serviceWorkers();
  await seedThroughMigration(worker!, { ...items, employers: { ...items.employers, emp_other: other }, chosenEmployerId: 'emp_other' });
  const asr = await context.newPage();
  const button = await openWithButton(asr);
  await expect.poll(() => button.status()).toMatch(/^Niet ingevuld: het is niet zeker voor welke werkgever u invult\. /);
  await button.click();
  await asr.waitForTimeout(500);
  expect(await button.status()).toMatch(SHORTCUT);
  expect((await reactState(asr)).organisatie).toBe('');

  // Now the chosen employer is complete but for its Werkgever ID: blocking.
  await worker!.evaluate(() => chrome.storage.local.set({ lastEmployerId: 'emp_other' }));
  const record = (employersIn(await worker!.evaluate(() => chrome.storage.local.get(null))).emp_other ?? {}) as { draft: Record<string, unknown> };
  await worker!.evaluate((r) => chrome.storage.local.set({ 'employer:emp_other': r }), { ...record, draft: { ...record.draft, werkgeverId: '' } });
  await expect.poll(() => button.status()).toMatch(/^Niet ingevuld: de gegevens van deze werkgever zijn nog niet compleet\. /);
  await button.click();
  await asr.waitForTimeout(500);
  expect(await button.status()).toMatch(SHORTCUT);
  expect((await reactState(asr)).organisatie).toBe('');
});

test('the page’s CSS does not change the button, and it still fills', async ({ context }) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  const button = await openWithButton(asr);
  const before = await button.style();
  expect(before.slice(3, 5)).toEqual(['inline-block', 'visible']);
  const aimedAtButton = `${HOST} { all: unset !important; display: none !important; position: static !important; }
    html > ${HOST} { visibility: hidden !important; }
    button { background: red !important; color: yellow !important; font-size: 40px !important; display: none !important; }`;
  const everything = await asr.addStyleTag({
    content: `html > *:not(head), body * { display: none !important; } * { visibility: hidden !important; } ${aimedAtButton}`,
  });
  await asr.evaluate((tag) => document.querySelector(tag)!.setAttribute('style', 'display:none'), HOST);
  await expect.poll(() => button.style()).toEqual(before);
  // With the form shown again (the filler fills only what a person can see), the styles aimed
  // at the button stay, and a click on it fills.
  await everything.evaluate((el) => (el as Element).remove());
  await asr.addStyleTag({ content: aimedAtButton });
  expect(await button.style()).toEqual(before);
  await button.click();
  await expect.poll(async () => (await reactState(asr)).werkgeverId).toBe(FULL.draft.werkgeverId);
});

test('refill: an extra DGA row from another employer is removed through its own "Verwijderen", then reported gone', async ({
  context,
  openPopup,
}) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await asr.goto(`${ASR}/dga-repeat.html`);
  await asr.getByRole('radio', { name: 'Ja' }).first().check();
  for (let i = 0; i < 3; i++) await asr.getByRole('button', { name: 'DGA toevoegen' }).click();
  const rows = asr.locator('.dga-row');
  await expect(rows).toHaveCount(3);
  const others = [['Piet Puk', '2001'], ['Anna Bos', '2002'], ['Kees Smit', '2003']];
  for (const [i, [naam, pnr]] of others.entries()) {
    await rows.nth(i).getByLabel('Naam').fill(naam!);
    await rows.nth(i).getByLabel('Personeelsnummer').fill(pnr!);
  }
  // The add button has no type: the page's own clicks above submitted (the page blocks that).
  await asr.evaluate(() => ((window as unknown as { __submitted: boolean }).__submitted = false));

  const popup = await openPopup(asr);
  await popup.getByRole('button', { name: /^Invullen/ }).click();
  const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
  await expect(report).toContainText('extra DGA-rij op het formulier: Kees Smit – verwijder deze zelf');
  await expect(report).toContainText('niet overschreven: op het formulier staat “Piet Puk”, in de koppelhulp “Jan de Vries”');
  await popup.getByRole('button', { name: /Toch overschrijven/ }).click();
  await expect(report).toContainText('extra DGA-rij verwijderd van het formulier: Kees Smit');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).getByLabel('Naam')).toHaveValue('Jan de Vries');
  await expect(rows.nth(1).getByLabel('Naam')).toHaveValue('Petra Jansen');
  expect(await asr.evaluate(() => (window as unknown as { __removed: number }).__removed)).toBe(1);
  expect(await submitted(asr)).toBe(false);
});

test('refill: without a remove control the extra row stays, is named, and the stage does not advance', async ({
  context,
  openPopup,
  readStorage,
}) => {
  await seedRegistration(context);
  const asr = await context.newPage();
  await asr.goto(`${ASR}/plain-form.html`);
  for (let i = 0; i < 2; i++) await asr.getByRole('button', { name: '+ Toevoegen' }).click();
  const names = asr.getByLabel('Naam DGA');
  await expect(names).toHaveCount(3);
  await names.nth(2).fill('Kees Smit');

  const popup = await openPopup(asr);
  await popup.getByRole('button', { name: /^Invullen/ }).click();
  const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
  await expect(report).toContainText('extra DGA-rij op het formulier: Kees Smit – verwijder deze zelf');
  await popup.getByRole('button', { name: /Toch overschrijven/ }).click();
  await expect(report.locator('[data-status="conflict"]')).toHaveCount(1);
  await expect(report).toContainText('extra DGA-rij op het formulier: Kees Smit – verwijder deze zelf');
  await expect(names.nth(2)).toHaveValue('Kees Smit');
  expect((employersIn(await readStorage()).emp_seed as { draft: { status: unknown } }).draft.status).toEqual({ stage: 'concept' });
  expect(await submitted(asr)).toBe(false);
});
