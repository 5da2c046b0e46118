// Issue 24, from a filled form to the next employer: after a fill the popup leads with "check
// and send it yourself" and "Verstuurd"; the user's own send (a trusted submit, then a.s.r.'s
// confirmation) is noticed and offered as "Verstuurd op <date>"; then the next employer ready
// to fill opens in a fresh form with one click. Clicks are counted, and the popup never scrolls.
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { join } from 'node:path';
import { test, expect as baseExpect, employersIn, SHOTS } from './fixtures';
import { FULL } from './seed';
import { seedThroughMigration } from '../support/employers.mjs';
import { expectNoAxeViolations } from './axe';
import { pageButton } from './page-button';

test.setTimeout(180_000);
const expect = baseExpect.configure({ timeout: 15_000 });
const VIEW = { width: 380, height: 600 };
const FORM = 'https://www.asr.nl/verzenden.html';

/** A nine-digit number passing the eleven-test, from eight digits (none gives remainder 10 here). */
function elevenTest(base: string): string {
  const sum = [...base].reduce((s, d, i) => s + Number(d) * (9 - i), 0);
  return `${base}${sum % 11}`;
}

type Stored = { draft: { werkgeverNaam: string; status: { stage: string; sentAt?: string } } };

/** `n` complete employers (the first chosen); the later ones changed longer ago. */
async function seedEmployers(context: BrowserContext, n: number, extra: Record<string, unknown> = {}) {
  const at = Date.now();
  const bases = ['10000001', '10000002', '10000004', '10000005', '10000006', '10000007', '10000008', '10000009', '10000010', '10000011', '10000012', '10000013'];
  const lhns = bases.map(elevenTest).filter((x) => x.length === 9);
  const employers = Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `emp_${i}`,
      {
        id: `emp_${i}`,
        draft: { ...FULL.draft, werkgeverNaam: `Firma ${i + 1} B.V.`, werkgeverId: String(30000 + i), loonheffingennummer: `${lhns[i]}L01` },
        loket: null,
        edited: [],
        dgaCandidates: [],
        updatedAt: new Date(at - i * 60_000).toISOString(),
      },
    ]),
  );
  const [worker] = context.serviceWorkers();
  await seedThroughMigration(worker!, { profile: FULL.profile, employers, lastEmployerId: 'emp_0', chosenEmployerId: 'emp_0', ...extra });
}

async function openPopupAt(openPopup: (page: Page) => Promise<Page>, page: Page) {
  const popup = await openPopup(page);
  await popup.setViewportSize(VIEW);
  return popup;
}

/** Tab presses from the top of the page until `target` has focus (0 when never reached in 20). */
async function tabStopsTo(popup: Page, target: Locator): Promise<number> {
  // From the top of the page: focus on the body moves Tab's starting point there (a blur alone
  // leaves it where focus was, the report after a fill).
  await popup.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  for (let stop = 1; stop <= 20; stop++) {
    await popup.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return stop;
  }
  return 0;
}

/** Inside the popup's first 380×600, with the popup not scrolled. */
async function expectOnFirstScreen(popup: Page, what: Locator, name: string) {
  await expect(what).toBeVisible();
  const box = (await what.boundingBox())!;
  expect(box.y, `${name} starts on the first screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} ends on the first screen`).toBeLessThanOrEqual(VIEW.height);
  expect(await popup.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop ?? 0]), `${name}: popup not scrolled`).toEqual([0, 0]);
}

/** Two complete employers; the a.s.r. form open and filled for the first from the popup. */
async function filledFromPopup(context: BrowserContext, openPopup: (page: Page) => Promise<Page>) {
  await seedEmployers(context, 2);
  const asr = await context.newPage();
  await asr.goto(FORM);
  const popup = await openPopupAt(openPopup, asr);
  await popup.getByRole('button', { name: 'Invullen op a.s.r.' }).click();
  return { asr, popup };
}

const stageOf = async (readStorage: () => Promise<Record<string, unknown>>, id: string) =>
  (employersIn(await readStorage())[id] as Stored | undefined)?.draft.status;

const longDate = (d: Date) => d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

test('after a fill the first screen leads with "check and send it yourself": Verstuurd within three Tab stops and 600 px, the report beside it', async ({
  context,
  openPopup,
  readStorage,
}) => {
  const { asr, popup } = await filledFromPopup(context, openPopup);
  const report = popup.getByRole('region', { name: 'Resultaat van het invullen' });
  await expect(report).toBeVisible();
  const sent = popup.getByRole('button', { name: 'Verstuurd', exact: true });
  await expectOnFirstScreen(popup, sent, 'Verstuurd');
  await expect(popup.getByText('Controleer het formulier en verstuur het zelf. De koppelhulp verstuurt niets.')).toBeVisible();
  const stops = await tabStopsTo(popup, sent);
  console.log(`[send] Tab stops to Verstuurd: ${stops}`);
  expect(stops).toBeGreaterThan(0);
  expect(stops).toBeLessThanOrEqual(3);
  // The report stands beside it on the same first screen (its heading at least).
  await expectOnFirstScreen(popup, report.getByRole('heading', { name: 'Resultaat van het invullen' }), 'report heading');
  // The extension never submits.
  expect(await asr.evaluate(() => (window as unknown as { __submitted: boolean }).__submitted)).toBe(false);
  await expectNoAxeViolations(popup, 'popup after a fill');
  await popup.screenshot({ path: join(SHOTS, 'send-after-fill.png') });

  await sent.click();
  await expect.poll(async () => (await stageOf(readStorage, 'emp_0'))?.stage).toBe('verstuurd');
  const next = popup.getByRole('button', { name: 'Formulier openen voor Firma 2 B.V.' });
  await expectOnFirstScreen(popup, next, 'next employer');
  await expect(next).toBeFocused();
  await expectNoAxeViolations(popup, 'popup offering the next employer');
  await popup.screenshot({ path: join(SHOTS, 'send-next-employer.png') });
});

test("the user's own send is noticed: a trusted submit and a.s.r.'s confirmation offer 'Verstuurd op <date>' in the popup and on the page", async ({
  context,
  openPopup,
  readStorage,
}) => {
  const { asr, popup } = await filledFromPopup(context, openPopup);
  await expect(popup.getByRole('region', { name: 'Resultaat van het invullen' })).toBeVisible();
  const today = longDate(new Date());
  // The user sends the form themselves.
  await Promise.all([asr.waitForURL(/bevestiging/), asr.getByRole('button', { name: 'Versturen' }).click()]);
  await expect(asr.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  const offer = popup.getByRole('button', { name: `Verstuurd op ${today}` });
  await expectOnFirstScreen(popup, offer, 'Verstuurd op');
  await expect(popup.getByText('a.s.r. toont een bevestiging: u hebt het formulier voor Firma 1 B.V. verstuurd.')).toBeVisible();
  // Offered, not recorded by itself.
  expect((await stageOf(readStorage, 'emp_0'))?.stage).not.toBe('verstuurd');
  // The button on the page (its closed shadow root, read through the accessibility tree) offers it too.
  await expect.poll(() => pageButton(asr).name()).toBe(`Verstuurd op ${today}`);
  await expectNoAxeViolations(popup, 'popup offering Verstuurd op');
  await offer.click();
  await expect.poll(async () => (await stageOf(readStorage, 'emp_0'))?.stage).toBe('verstuurd');
  expect(longDate(new Date((await stageOf(readStorage, 'emp_0'))!.sentAt!))).toBe(today);
});

test('nothing is noticed from an untrusted submit, nor from a submit on another a.s.r. origin than the filled form', async ({
  context,
  openPopup,
  readStorage,
}) => {
  const { asr, popup } = await filledFromPopup(context, openPopup);
  await expect(popup.getByRole('region', { name: 'Resultaat van het invullen' })).toBeVisible();
  // A page script submits (its event is untrusted) and the page shows the confirmation.
  await Promise.all([asr.waitForURL(/bevestiging/), asr.evaluate(() => (window as unknown as { __scriptSubmit: () => void }).__scriptSubmit())]);
  await expect(asr.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  // Back on the filled origin, a script starts the browser's own submit steps (requestSubmit), no person involved.
  await asr.goto(FORM);
  await Promise.all([asr.waitForURL(/bevestiging/), asr.evaluate(() => (window as unknown as { __scriptRequestSubmit: () => void }).__scriptRequestSubmit())]);
  await expect(asr.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  // Another a.s.r. origin in the same tab: a person's real submit there is not the filled form's.
  await asr.goto('https://zakelijk.asr.nl/verzenden.html');
  await asr.getByLabel('Bedrijfsnaam').fill('Iets anders');
  await asr.getByLabel('Loonheffingennummer').fill('123456782L01');
  await Promise.all([asr.waitForURL(/bevestiging/), asr.getByRole('button', { name: 'Versturen' }).click()]);
  await expect(asr.getByRole('heading', { name: 'Bedankt voor uw aanmelding' })).toBeVisible();
  // Time for the background to have stored a notice, had it taken one.
  await popup.waitForTimeout(1500);
  await expect(popup.getByRole('button', { name: /^Verstuurd op/ })).toHaveCount(0);
  const session = await context.serviceWorkers()[0]!.evaluate(() => chrome.storage.session.get('sendNotice'));
  expect(session.sendNotice).toBeUndefined();
  expect((await stageOf(readStorage, 'emp_0'))?.stage).not.toBe('verstuurd');
  expect(await pageButton(asr).name()).toBeUndefined();
});

test('on the page: "Verstuurd op" records the send, then "Volgende" opens a fresh form for the next employer', async ({ context, readStorage }) => {
  await seedEmployers(context, 3);
  const asr = await context.newPage();
  await asr.goto(FORM);
  const button = pageButton(asr);
  await expect.poll(() => button.name()).toBe('Invullen met koppelhulp');
  await button.click();
  await expect.poll(() => asr.evaluate(() => (window as unknown as { __seen: Record<string, string> }).__seen.werkgeverId)).toBe('30000');
  // The fill is done and remembered (as a person reads its line beside the button) before the user sends.
  await expect
    .poll(() => context.serviceWorkers()[0]!.evaluate(() => chrome.storage.session.get('lastFill').then((s) => (s.lastFill as { employerId?: string } | undefined)?.employerId)))
    .toBe('emp_0');
  await Promise.all([asr.waitForURL(/bevestiging/), asr.getByRole('button', { name: 'Versturen' }).click()]);
  const today = longDate(new Date());
  await expect.poll(() => button.name()).toBe(`Verstuurd op ${today}`);
  await button.click();
  await expect.poll(async () => (await stageOf(readStorage, 'emp_0'))?.stage).toBe('verstuurd');
  await expect.poll(() => button.name()).toBe('Volgende: Firma 2 B.V.');
  await button.click();
  await asr.waitForURL(FORM);
  await expect.poll(() => button.name()).toBe('Invullen met koppelhulp');
  await expect.poll(async () => (await readStorage()).chosenEmployerId).toBe('emp_1');
  // A fresh form: nothing of the first employer on it.
  expect(await asr.getByLabel('Loonheffingennummer').inputValue()).toBe('');
});

test('ten complete employers one after another: at most four clicks each from one sent form to the next, and the popup never scrolls', async ({
  context,
  openPopup,
  readStorage,
}) => {
  await seedEmployers(context, 10);
  const asr = await context.newPage();
  await asr.goto(FORM);
  const popup = await openPopupAt(openPopup, asr);
  const clicks: number[] = [];
  let count = 0;
  /** One click in the popup, on the first screen, with the popup not scrolled. */
  const popupClick = async (what: Locator, name: string) => {
    await expectOnFirstScreen(popup, what, name);
    await what.click();
    count++;
  };
  const today = longDate(new Date());
  for (let i = 0; i < 10; i++) {
    count = 0;
    const name = `Firma ${i + 1} B.V.`;
    await expect(popup.locator('#fill-employer')).toContainText(name);
    const fill = popup.getByRole('button', { name: 'Invullen op a.s.r.' });
    await expect(fill).toBeEnabled();
    await popupClick(fill, `fill ${i + 1}`);
    await expect(popup.getByRole('region', { name: 'Resultaat van het invullen' })).toBeVisible();
    await expect.poll(() => asr.evaluate(() => (window as unknown as { __seen: Record<string, string> }).__seen.werkgeverId)).toBe(String(30000 + i));
    // The user's own send, on the page.
    await Promise.all([asr.waitForURL(/bevestiging/), asr.getByRole('button', { name: 'Versturen' }).click()]);
    count++;
    await popupClick(popup.getByRole('button', { name: `Verstuurd op ${today}` }), `Verstuurd op ${i + 1}`);
    await expect.poll(async () => (await stageOf(readStorage, `emp_${i}`))?.stage).toBe('verstuurd');
    if (i < 9) {
      await popupClick(popup.getByRole('button', { name: `Formulier openen voor Firma ${i + 2} B.V.` }), `next ${i + 1}`);
      await asr.waitForURL(FORM);
    } else {
      await expect(popup.getByText('Er is geen andere werkgever meer om in te vullen.')).toBeVisible();
    }
    clicks.push(count);
  }
  console.log(`[walk] clicks per employer: ${clicks.join(' / ')}`);
  expect(clicks.length).toBe(10);
  for (const c of clicks) expect(c).toBeLessThanOrEqual(4);
  for (let i = 0; i < 10; i++) expect((await stageOf(readStorage, `emp_${i}`))?.stage).toBe('verstuurd');
});

test('each "Nog te doen" item moves focus to its field, scrolled into view, with one click or Enter', async ({ context, openPopup }) => {
  await seedEmployers(context, 1);
  const [worker] = context.serviceWorkers();
  // Incomplete: the processor's e-mail address, the pay period and the 13th month are missing.
  await worker!.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('employer:'))!;
    const record = all[key] as { draft: Record<string, unknown> };
    await chrome.storage.local.set({
      [key]: { ...record, draft: { ...record.draft, verloning: null, dertiendeMaand: null } },
      profile: { ...(all.profile as object), email: '' },
    });
  });
  const asr = await context.newPage();
  await asr.goto(FORM);
  const popup = await openPopupAt(openPopup, asr);
  const missing = popup.getByRole('region', { name: /Nog te doen/ });
  await expect(missing.getByRole('button')).toHaveText(['E-mailadres', 'Verloning', '13e maand']);
  await expectNoAxeViolations(popup, 'popup with items still to do');
  const inView = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  };

  await missing.getByRole('button', { name: 'Verloning' }).click();
  const monthly = popup.getByRole('group', { name: 'Verloning', exact: true }).getByRole('radio').first();
  await expect(monthly).toBeFocused();
  expect(await monthly.evaluate(inView)).toBe(true);

  // Back at the top, by keyboard: the list is one Tab stop, arrows move within it, Enter follows.
  await popup.evaluate(() => window.scrollTo(0, 0));
  await missing.getByRole('button', { name: 'E-mailadres' }).focus();
  await popup.keyboard.press('ArrowRight');
  await popup.keyboard.press('ArrowRight');
  await expect(missing.getByRole('button', { name: '13e maand' })).toBeFocused();
  await popup.keyboard.press('ArrowLeft');
  await popup.keyboard.press('ArrowLeft');
  await popup.keyboard.press('Enter');
  const email = popup.getByLabel('E-mailadres');
  await expect(email).toBeFocused();
  expect(await email.evaluate(inView)).toBe(true);

  await popup.evaluate(() => window.scrollTo(0, 0));
  await missing.getByRole('button', { name: '13e maand' }).click();
  const thirteenth = popup.getByRole('group', { name: '13e maand', exact: true }).getByRole('radio').first();
  await expect(thirteenth).toBeFocused();
  expect(await thirteenth.evaluate(inView)).toBe(true);
});

test('English mode after the fact: what was said in Dutch before the switch reads English, "All employers" included; axe finds nothing', async ({
  context,
  openPopup,
}) => {
  const { asr, popup } = await filledFromPopup(context, openPopup);
  await expect(popup.getByRole('status').filter({ hasText: /12 velden/ })).toContainText('Klaar: alle');
  await popup.getByRole('button', { name: 'English' }).click();
  await expect(popup.getByRole('button', { name: 'Nederlands' })).toBeVisible();
  // The fill's announcement, made in Dutch, is said again in English.
  await expect(popup.getByRole('status').filter({ hasText: /12 fields/ })).toBeAttached();
  await expect(popup.getByRole('status').filter({ hasText: /12 velden/ })).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Sent', exact: true })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'All employers' })).toBeVisible();
  const { dutchLeaks } = await import('./dutch-leaks');
  expect(await dutchLeaks(popup)).toEqual([]);
  await expectNoAxeViolations(popup, 'English popup after a fill');
});

test('the DGA candidates found in Loket.nl (the personeelsnummer hint) pass axe-core, contrast included', async ({ context, openPopup }) => {
  await seedEmployers(context, 1);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('employer:'))!;
    const record = all[key] as Record<string, unknown>;
    await chrome.storage.local.set({ [key]: { ...record, dgaCandidates: [{ naam: 'Kees Bakker', personeelsnummer: '1003' }] } });
  });
  const other = await context.newPage();
  await other.goto('https://www.loket.nl/geen-pagina');
  const popup = await openPopupAt(openPopup, other);
  await expect(popup.getByText('(1003)')).toBeVisible();
  await expectNoAxeViolations(popup, 'popup with DGA candidates');
});
