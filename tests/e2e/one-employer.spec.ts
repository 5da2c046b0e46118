// Issue 23 end to end: one employer per form (page button and popup alike), a registration sent
// already, and rights that decide "ready", in the built extension. Every step asserts that each
// value on the a.s.r. form and in storage belongs to the employer shown.
import type { Page } from '@playwright/test';
import { pageButton } from './page-button';
import { test, expect, employersIn } from './fixtures';
import { FULL, registrationItems } from '../flows/data';
import { seedThroughMigration } from '../support/employers.mjs';
import { REQUIRED_RIGHTS } from '../../utils/loket/types';
import { openOverview, seed, stored, type Portfolio } from './overview-support';
// @ts-expect-error -- plain ESM generator shared with `npm run bench`.
import { generatePortfolio } from '../support/overview-portfolio.mjs';

test.describe.configure({ retries: 0 });

const FORM = 'https://www.asr.nl/dga-repeat.html';
const A = FULL.draft;
const B = {
  ...FULL.draft,
  werkgeverId: '20720',
  werkgeverNaam: 'Garage Oost B.V.',
  loonheffingennummer: '111222333L01',
  dgas: [{ naam: 'Kees Smit', personeelsnummer: '3001' }],
  verloning: 'maand',
  dertiendeMaand: false,
};
const record = (id: string, draft: typeof A) => ({ ...registrationItems().employers.emp_seed, id, draft });

async function seedTwo(page: Page, more: Record<string, unknown> = {}, b: typeof A = B) {
  const [worker] = page.context().serviceWorkers();
  await seedThroughMigration(worker!, { ...registrationItems(), employers: { emp_a: record('emp_a', A), emp_b: record('emp_b', b) }, lastEmployerId: 'emp_a', chosenEmployerId: 'emp_a', ...more });
}
const choose = (page: Page, id: string) =>
  page.context().serviceWorkers()[0]!.evaluate((value) => chrome.storage.local.set({ chosenEmployerId: value, lastEmployerId: value }), id);

/** Every text box on the form, in page order. */
const formTexts = (page: Page) => page.locator('input:not([type=radio])').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean));
const identityOf = (d: typeof A) => [d.werkgeverId, d.loonheffingennummer, ...d.dgas.flatMap((x) => [x.naam, x.personeelsnummer])];

/** The form holds exactly this employer's values: none of the other's. */
async function formBelongsTo(page: Page, mine: typeof A, other: typeof A) {
  await expect.poll(() => formTexts(page)).toEqual(expect.arrayContaining(identityOf(mine)));
  const texts = await formTexts(page);
  for (const value of identityOf(other)) expect(texts, `${value} of the other employer`).not.toContain(value);
}

test('walk: A’s form, then B on the same form: nothing written, whose data said; overwrite replaces all; sent asks first', async ({ context, openPopup, readStorage }) => {
  const asr = await context.newPage();
  await seedTwo(asr);
  await asr.goto(FORM);
  const button = pageButton(asr);
  await expect.poll(() => button.name()).toBe('Invullen met koppelhulp');
  await button.click();
  await expect.poll(() => button.status()).toMatch(/van \d+ velden ingevuld/);
  await formBelongsTo(asr, A, B);

  // The popup chooses employer B: the button shows B, and A's fill line is gone.
  await choose(asr, 'emp_b');
  await expect.poll(() => button.text()).toContain('Garage Oost B.V.');
  expect(await button.status()).toBe('');

  // Pressed for B on A's form: nothing written, the line names whose data the form holds.
  const before = await formTexts(asr);
  await button.click();
  await expect.poll(() => button.status()).toContain('dit formulier bevat gegevens van een andere werkgever (Zorggroep Het Baken B.V. · Werkgever ID');
  expect(await formTexts(asr)).toEqual(before);
  await formBelongsTo(asr, A, B);
  expect((employersIn(await readStorage()).emp_b as { draft: { status: { stage: string } } }).draft.status.stage).toBe('concept');

  // The popup on this tab says the same and offers "Toch overschrijven".
  const popup = await openPopup(asr);
  await expect(popup.getByRole('alert').filter({ hasText: 'Dit formulier bevat al gegevens van een andere werkgever' })).toContainText('Zorggroep Het Baken B.V.');
  await expect(popup.getByRole('button', { name: /Toch overschrijven/ })).toBeVisible();
  await popup.close();

  // The page's second press replaces everything, A's DGA rows included.
  await expect.poll(() => button.name()).toBe('Toch overschrijven');
  await button.click();
  await expect.poll(() => button.status()).toMatch(/van \d+ velden ingevuld/);
  await formBelongsTo(asr, B, A);
  await expect(asr.locator('.dga-row')).toHaveCount(1);
  await expect(asr.locator('input[name=verloning][value=maand]')).toBeChecked();
  await expect(asr.locator('#m13n')).toBeChecked();

  // B marked sent: the button says so with the date, and a press asks before filling.
  const stored = employersIn(await readStorage()).emp_b as { draft: Record<string, unknown> };
  await context.serviceWorkers()[0]!.evaluate(
    (rec) => chrome.storage.local.set({ 'employer:emp_b': rec }),
    { ...stored, draft: { ...stored.draft, status: { stage: 'verstuurd', sentAt: '2026-11-20T10:00:00.000Z' } } },
  );
  await expect.poll(() => button.text()).toContain('Al verstuurd op 20 november 2026.');
  await asr.locator('#wg').fill('');
  await button.click();
  await expect.poll(() => button.status()).toContain('Klik nogmaals om toch opnieuw in te vullen.');
  await expect(asr.locator('#wg')).toHaveValue('');
  const sentPopup = await openPopup(asr);
  await expect(sentPopup.getByText('Al verstuurd op 20 november 2026.')).toBeVisible();
  await sentPopup.getByRole('button', { name: /^Invullen/ }).click();
  await expect(sentPopup.getByRole('button', { name: 'Toch opnieuw invullen' })).toBeVisible();
  await expect(asr.locator('#wg')).toHaveValue('');
  await sentPopup.getByRole('button', { name: 'Toch opnieuw invullen' }).click();
  await expect(asr.locator('#wg')).toHaveValue(B.werkgeverId);
});

test('rights decide ready: the link user lacks access and rights, the first screen says what, without a green ready mark', async ({ context, openPopup }) => {
  const loket = await context.newPage();
  const rights = Object.fromEntries(REQUIRED_RIGHTS.map((r) => [r, !['Raadplegen HRM', 'Raadplegen beloningen', 'Raadplegen variabele gegevens'].includes(r)]));
  const capture = { kind: 'rights', userName: 'koppeling.asr', userType: 'standard', active: true, employers: ['Een andere werkgever B.V.'], rights };
  await seedTwo(loket, { rights: { 'koppeling.asr': { capture, readAt: new Date().toISOString(), dedicatedConfirmed: true } } });
  await loket.goto('https://www.loket.nl/geen-pagina');
  const popup = await openPopup(loket);
  await expect(popup.getByText('Nog niet klaar voor de koppeling: koppelgebruiker mist Raadplegen beloningen, Raadplegen HRM en nog 1; geen toegang tot deze werkgever')).toBeVisible();
  await expect(popup.getByText('✓ Alle gegevens zijn compleet', { exact: false })).toHaveCount(0);
});

test('overview: rows hidden after a bulk stage change leave the selection; delete names how many and which, and deletes only those', async ({ context, extensionId }) => {
  test.setTimeout(120_000);
  const portfolio = generatePortfolio(200, { now: new Date() }) as Portfolio;
  await seed(context, portfolio);
  const page = await openOverview(context, extensionId);
  const search = page.getByLabel('Zoeken', { exact: true });
  await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Concept' });
  await search.fill('Bakkerij');
  await page.getByLabel('Alle getoonde selecteren').check();
  await page.getByLabel('Fase zetten voor selectie').selectOption({ label: 'Wacht op Keylane' });
  await page.getByRole('button', { name: 'Toepassen' }).click();
  // The moved rows are out of sight now (stage filter): none of them stays selected.
  await expect(page.getByText(/\d+ geselecteerd/)).toHaveCount(0, { timeout: 15_000 });

  await search.fill('');
  const first = page.locator('tbody tr[data-index] th[scope="row"] button').first();
  const name = (await first.textContent())!.trim();
  await page.getByLabel(`${name} selecteren`, { exact: true }).check();
  await expect(page.getByText('1 geselecteerd')).toBeVisible();
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`1 werkgever(s) verwijderen: ${name}?`);
  const before = Object.keys(await stored(context)).length;
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 werkgever(s) verwijderd.' })).toBeVisible();
  expect(Object.keys(await stored(context))).toHaveLength(before - 1);
});
