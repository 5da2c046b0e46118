// Issue 23's walk, of its own: three employers as a processor meets them in one session, in the
// built extension against simulated Loket.nl and a.s.r. pages.
//   Tuincentrum De Linde (20780): administrations paid differently; Verloning follows the choice.
//   De Boer Transport (20790): its DGAs come from the employee list (a DGA column).
//   Bakkerij De Korenschoof (20720): the link user lacks rights; its fill replaces De Boer's form.
// At each step every value on the a.s.r. form and in storage belongs to the employer it is
// shown for. Popup screenshots (380×600) go to tests/artifacts/ (not committed).
import type { Page } from '@playwright/test';
import { pageButton } from './page-button';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, employersIn } from './fixtures';
import { FULL } from './seed';
import { openOverview } from './overview-support';

test.describe.configure({ retries: 0 });

const LOKET = 'https://www.loket.nl';
const FORM = 'https://www.asr.nl/dga-repeat.html';
const ARTIFACTS = join(process.cwd(), 'tests', 'artifacts');

type Employer = { werkgeverId: string; naam: string; lhn: string; dgas: Array<[string, string]> };
const LINDE: Employer = { werkgeverId: '20780', naam: 'Tuincentrum De Linde B.V.', lhn: '819000127L02', dgas: [] };
const BOER: Employer = { werkgeverId: '20790', naam: 'De Boer Transport B.V.', lhn: '628194821L01', dgas: [['Anna de Boer', '7'], ['Kees de Boer', '12']] };
const BAKKERIJ: Employer = { werkgeverId: '20720', naam: 'Bakkerij De Korenschoof B.V.', lhn: '123456782L01', dgas: [] };
const ALL = [LINDE, BOER, BAKKERIJ];
/** What identifies an employer: none of it may show up where another employer is shown. */
const identity = (e: Employer) => [e.werkgeverId, e.naam, e.lhn, ...e.dgas.flat()];

type Stored = { id: string; draft: { werkgeverId: string; werkgeverNaam: string; loonheffingennummer: string; verloning: string | null; dgas: { naam: string; personeelsnummer: string }[]; status: { stage: string } }; dgaCandidates: { naam: string; personeelsnummer: string }[]; loket: Record<string, unknown> | null };

async function records(page: Page): Promise<Stored[]> {
  const [worker] = page.context().serviceWorkers();
  return Object.values(employersIn(await worker!.evaluate(() => chrome.storage.local.get(null)))) as Stored[];
}
const recordOf = async (page: Page, e: Employer) => (await records(page)).find((r) => r.draft.werkgeverId === e.werkgeverId);

/** Each stored employer holds its own values only: no other employer's number, name or DGA. */
async function storageBelongs(page: Page) {
  const all = await records(page);
  for (const r of all) {
    const own = ALL.find((e) => e.werkgeverId === r.draft.werkgeverId);
    expect(own, `record ${r.draft.werkgeverId}`).toBeTruthy();
    const text = JSON.stringify({ draft: r.draft, candidates: r.dgaCandidates, loket: r.loket });
    for (const other of ALL.filter((e) => e !== own)) for (const value of identity(other)) expect(text, `${value} in ${own!.naam}`).not.toContain(`"${value}"`);
  }
  // Never a BSN (every simulated page shows 111222333 beside what is read).
  const [worker] = page.context().serviceWorkers();
  expect(JSON.stringify(await worker!.evaluate(() => chrome.storage.local.get(null)))).not.toContain('111222333');
}

/** Every text box on the form, in page order. */
const formTexts = (page: Page) => page.locator('input:not([type=radio])').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).filter(Boolean));

/** The form holds exactly this employer's values (and the processor's own), none of another's. */
async function formBelongsTo(page: Page, mine: Employer) {
  const want = [mine.werkgeverId, mine.lhn, ...mine.dgas.flat()];
  await expect.poll(() => formTexts(page)).toEqual(expect.arrayContaining(want));
  const texts = await formTexts(page);
  expect(texts.sort()).toEqual([...want, FULL.profile.bedrijfsnaam, FULL.profile.email, FULL.profile.raamwerkcontractnummer].sort());
  await expect(page.locator('.dga-row')).toHaveCount(mine.dgas.length);
}

const choose = (page: Page, id: string) =>
  page.context().serviceWorkers()[0]!.evaluate((value) => chrome.storage.local.set({ chosenEmployerId: value, lastEmployerId: value }), id);

async function shoot(popup: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.screenshot({ path: join(ARTIFACTS, `walk-${name}.png`) });
}

const answer = (popup: Page, legend: string | RegExp, option: string) =>
  popup.getByRole('group', { name: legend }).getByRole('radio', { name: option, exact: true }).check();

test('walk: three employers through Loket.nl, the popup, the a.s.r. form, a wrong-form refill and the overview', async ({ context, extensionId, openPopup }) => {
  test.setTimeout(120_000);
  const [worker] = context.serviceWorkers();
  await worker!.evaluate((profile) => chrome.storage.local.set({ profile }), FULL.profile);
  const loket = await context.newPage();

  // 1. Tuincentrum De Linde: the administration chosen decides Verloning.
  await loket.goto(`${LOKET}/administrations-periods.html`);
  await expect.poll(async () => (await recordOf(loket, LINDE))?.loket?.verloningen).toEqual({ '819000127L01': 'maand', '819000127L02': '4weken' });
  let popup = await openPopup(loket);
  const number = popup.getByLabel('Loonheffingennummer', { exact: true });
  const verloning = popup.getByRole('group', { name: 'Verloning' });
  // "Seizoen" shows no period and the others differ: nothing is chosen, the popup asks and says why.
  await number.selectOption('824375919L01');
  await expect(verloning.getByRole('radio', { checked: true })).toHaveCount(0);
  await expect(popup.getByRole('note').filter({ hasText: 'geen verloning' })).toContainText('Per maand, Per 4 weken');
  // Among what is still missing before the form can be filled.
  await expect(popup.locator('#missing-summary li').filter({ hasText: /^Verloning$/ })).toHaveCount(1);
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.getByRole('note').filter({ hasText: 'geen verloning' }).scrollIntoViewIfNeeded();
  await shoot(popup, '1a-tuincentrum-asks');
  // The case: "819000127L02 · Oproepkrachten" is paid per 4 weeks.
  await number.selectOption({ label: '819000127L02 · Oproepkrachten' });
  await expect(verloning.getByRole('radio', { name: 'Per 4 weken' })).toBeChecked();
  await expect(popup.getByRole('note').filter({ hasText: 'geen verloning' })).toHaveCount(0);
  await answer(popup, "Zitten er DGA's in de verloning?", 'Nee');
  await answer(popup, '13e maand', 'Nee');
  await expect.poll(async () => (await recordOf(loket, LINDE))?.draft).toMatchObject({ loonheffingennummer: LINDE.lhn, verloning: '4weken', werkgeverNaam: LINDE.naam });
  await shoot(popup, '1-tuincentrum');
  await popup.close();
  await storageBelongs(loket);

  // 2. De Boer Transport: company page, then the employee list (its address names the employer).
  await loket.goto(`${LOKET}/de-boer-bedrijfsgegevens/werkgevers/20790`);
  await expect.poll(async () => (await recordOf(loket, BOER))?.draft.werkgeverNaam).toBe(BOER.naam);
  await loket.goto(`${LOKET}/employee-list-janee/werkgevers/20790/werknemers`);
  await expect.poll(async () => (await recordOf(loket, BOER))?.dgaCandidates).toEqual([
    { naam: 'Anna de Boer', personeelsnummer: '7' },
    { naam: 'Kees de Boer', personeelsnummer: '12' },
  ]);
  // Only the DGAs: not the other employees, not a header, not the BSN column.
  expect(JSON.stringify(await records(loket))).not.toMatch(/Piet Janssen|Fatima|"Functie"|"Personeelsnummer"/);
  popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue(BOER.werkgeverId);
  await popup.getByRole('button', { name: 'Toevoegen: Anna de Boer' }).click();
  await popup.getByRole('button', { name: 'Toevoegen: Kees de Boer' }).click();
  await answer(popup, '13e maand', 'Ja');
  await expect(popup.getByRole('group', { name: 'Verloning' }).getByRole('radio', { name: 'Per maand' })).toBeChecked();
  await expect.poll(async () => (await recordOf(loket, BOER))?.draft.dgas.map((d) => d.personeelsnummer)).toEqual(['7', '12']);
  await shoot(popup, '2-de-boer');
  await popup.close();
  await storageBelongs(loket);

  // 3. Bakkerij De Korenschoof: its link user lacks three rights; the first screen says so.
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  await expect.poll(async () => (await recordOf(loket, BAKKERIJ))?.draft.werkgeverNaam).toBe(BAKKERIJ.naam);
  await loket.goto(`${LOKET}/rights-missing.html`);
  await expect.poll(async () => JSON.stringify(await worker!.evaluate(() => chrome.storage.local.get('rights')))).toContain('Koppeling a.s.r.');
  await loket.goto(`${LOKET}/classic-bedrijfsgegevens.html`);
  popup = await openPopup(loket);
  await expect(popup.getByLabel('Werkgever ID', { exact: true })).toHaveValue(BAKKERIJ.werkgeverId);
  await expect(popup.getByText(/Nog niet klaar voor de koppeling: koppelgebruiker mist Raadplegen dienstverbanden, Raadplegen HRM en nog 1/)).toBeVisible();
  await expect(popup.getByText('✓ Elk veld heeft een waarde', { exact: false })).toHaveCount(0);
  await shoot(popup, '3-bakkerij');
  await answer(popup, "Zitten er DGA's in de verloning?", 'Nee');
  await answer(popup, '13e maand', 'Nee');
  await expect.poll(async () => (await recordOf(loket, BAKKERIJ))?.draft).toMatchObject({ hasDga: false, dertiendeMaand: false });
  // Answering every question does not make it ready: the rights still decide.
  await expect(popup.getByText(/Nog niet klaar voor de koppeling/)).toBeVisible();
  await popup.close();
  await storageBelongs(loket);

  // 4. The a.s.r. form: Tuincentrum's fill, then De Boer pressed on Tuincentrum's form.
  const ids = Object.fromEntries((await records(loket)).map((r) => [r.draft.werkgeverId, r.id]));
  const asr = await context.newPage();
  await choose(asr, ids[LINDE.werkgeverId]!);
  await asr.goto(FORM);
  const button = pageButton(asr);
  await expect.poll(() => button.text()).toContain(LINDE.naam);
  await button.click();
  await expect.poll(() => button.status()).toMatch(/van \d+ velden ingevuld/);
  await formBelongsTo(asr, LINDE);
  // The administration chosen in the popup decided the period on the form.
  await expect(asr.locator('input[name=verloning][value="4weken"]')).toBeChecked();
  await expect(asr.locator('input[name=hasDga][value=nee]')).toBeChecked();

  await choose(asr, ids[BOER.werkgeverId]!);
  await expect.poll(() => button.text()).toContain(BOER.naam);
  const before = await formTexts(asr);
  await button.click();
  // The identity guard: nothing written, and the line says whose data the form holds.
  await expect.poll(() => button.status()).toContain(`dit formulier bevat gegevens van een andere werkgever (${LINDE.naam}`);
  expect(await formTexts(asr)).toEqual(before);
  await formBelongsTo(asr, LINDE);
  // "Toch overschrijven" replaces everything: De Boer's number, its two DGAs from the list, per month.
  await expect.poll(() => button.name()).toBe('Toch overschrijven');
  await button.click();
  await expect.poll(() => button.status()).toMatch(/van \d+ velden ingevuld/);
  await formBelongsTo(asr, BOER);
  await expect(asr.locator('input[name=verloning][value=maand]')).toBeChecked();
  await expect(asr.locator('input[name=hasDga][value=ja]')).toBeChecked();
  await storageBelongs(asr);

  // The Bakkerij (no DGAs) pressed on De Boer's form (two DGA rows): refused, then "Toch
  // overschrijven" removes both rows while they are still in sight and only then answers "Nee";
  // nothing of De Boer is left on the form, hidden or not.
  await choose(asr, ids[BAKKERIJ.werkgeverId]!);
  await expect.poll(() => button.text()).toContain(BAKKERIJ.naam);
  await button.click();
  await expect.poll(() => button.status()).toContain(`dit formulier bevat gegevens van een andere werkgever (${BOER.naam}`);
  await formBelongsTo(asr, BOER);
  await expect.poll(() => button.name()).toBe('Toch overschrijven');
  await button.click();
  await expect.poll(() => button.status()).toMatch(/van \d+ velden ingevuld/);
  expect(await button.status()).not.toMatch(/niet overschreven|niet ingevuld/);
  await formBelongsTo(asr, BAKKERIJ);
  await expect(asr.locator('input[name=hasDga][value=nee]')).toBeChecked();
  await storageBelongs(asr);

  // 5. The overview: a bulk stage change on the visible row acts on it alone.
  const overview = await openOverview(context, extensionId);
  await overview.getByLabel('Zoeken', { exact: true }).fill('Boer');
  await overview.getByLabel('Alle getoonde selecteren').check();
  await expect(overview.getByText('1 geselecteerd')).toBeVisible();
  await overview.getByLabel('Fase zetten voor selectie').selectOption({ label: 'Wacht op Keylane' });
  await overview.getByRole('button', { name: 'Toepassen' }).click();
  await expect.poll(async () => Object.fromEntries((await records(asr)).map((r) => [r.draft.werkgeverId, r.draft.status.stage]))).toEqual({
    [LINDE.werkgeverId]: expect.not.stringMatching(/keylane/i),
    [BOER.werkgeverId]: expect.stringMatching(/keylane/i),
    [BAKKERIJ.werkgeverId]: expect.not.stringMatching(/keylane/i),
  });
  await storageBelongs(asr);
});
