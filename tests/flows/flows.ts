// The flows both browsers must pass, written once: tests/e2e/*.spec.ts run them in Chromium,
// tests/firefox/flows.test.ts in Firefox. Each starts from a fresh browser with the extension.
import assert from 'node:assert/strict';
import { REQUIRED_RIGHTS } from '../../utils/loket/types';
import { FULL, employersIn, registrationItems } from './data';
import { attributeOf, descriptionOf, eventually, isChecked, isDisabled, one, textOf, valueOf } from './driver';
import type { Driver, Tab, Target } from './driver';

const LOKET = 'https://www.loket.nl';
const ASR = 'https://www.asr.nl';
const BSN = '111222333';

const field = (label: string): Target => ({ label });
const WERKGEVER_ID = field('Werkgever ID');
const LOONHEFFINGENNUMMER = field('Loonheffingennummer');
const choice = (group: string, name: string): Target => ({ role: 'radio', name, within: { role: 'group', name: group } });
const DGA_QUESTION = "Zitten er DGA's in de verloning?";
const FILL_BUTTON: Target = { role: 'button', name: 'Invullen op a.s.r.' };
const FILL_REPORT: Target = { role: 'region', name: 'Resultaat van het invullen' };

const expectValue = (tab: Tab, target: Target, want: string) =>
  eventually(async () => assert.equal(await valueOf(tab, target), want));
const expectChecked = (tab: Tab, target: Target) => eventually(async () => assert.equal(await isChecked(tab, target), true));
const click = async (tab: Tab, target: Target) => (await one(tab, target)).click();
const fill = async (tab: Tab, target: Target, value: string) => (await one(tab, target)).fill(value);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the simulated a.s.r. page's own script saw and whether it was submitted. */
const seen = (tab: Tab) => tab.evaluate(() => (window as unknown as { __seen: Record<string, unknown> }).__seen);
const submitted = (tab: Tab) => tab.evaluate(() => (window as unknown as { __submitted?: boolean }).__submitted ?? false);

export async function waitForCapture(driver: Driver, werkgeverId: string) {
  await eventually(async () => assert.ok(JSON.stringify(employersIn(await driver.readStorage())).includes(werkgeverId)));
}

/** Stores `FULL`'s registration and waits until the background has moved it to its own key. */
async function seedFull(driver: Driver) {
  await driver.writeStorage(registrationItems());
  await eventually(async () => assert.equal((await driver.readStorage()).employers, undefined), 30_000);
}

async function spaRouteChange(driver: Driver) {
  const loket = await driver.open(`${LOKET}/spa-route-change/werkgevers/40001/bedrijfsgegevens`);
  await waitForCapture(driver, '40001');
  await click(loket, { role: 'link', name: 'Schoonmaakbedrijf Glans B.V.' });
  await waitForCapture(driver, '40002');
  const popup = await driver.openPopup(loket);
  await expectValue(popup, WERKGEVER_ID, '40002');
  await expectValue(popup, LOONHEFFINGENNUMMER, '861234005L02');
  await expectChecked(popup, choice('Verloning', 'Per 4 weken'));
}

async function popupPrefill(driver: Driver) {
  const loket = await driver.open(`${LOKET}/classic-bedrijfsgegevens.html`);
  await driver.open(`${LOKET}/employee-dga.html`);
  const popup = await driver.openPopup(loket);
  await expectValue(popup, WERKGEVER_ID, '20720');
  await expectValue(popup, LOONHEFFINGENNUMMER, '123456782L01');
  await expectValue(popup, field('Naam werkgever'), 'Bakkerij De Korenschoof B.V.');
  await expectChecked(popup, choice('Verloning', 'Per maand'));
  // The employee page marked Pieter van Dijk as DGA: one click takes him over.
  await click(popup, { role: 'button', name: 'Toevoegen: Pieter van Dijk' });
  await expectChecked(popup, choice(DGA_QUESTION, 'Ja'));
  await expectValue(popup, field('Naam DGA'), 'Pieter van Dijk');
  await expectValue(popup, field('Personeelsnummer'), '1042');
}

async function validationErrors(driver: Driver) {
  const loket = await driver.open(`${LOKET}/classic-bedrijfsgegevens.html`);
  const popup = await driver.openPopup(loket);
  await expectValue(popup, WERKGEVER_ID, '20720');
  await driver.screenshot(popup, 'popup-captured');

  const invalid = (target: Target, want: boolean) =>
    eventually(async () => assert.equal((await attributeOf(popup, target, 'aria-invalid')) === 'true', want));
  const described = (target: Target, pattern: RegExp) =>
    eventually(async () => assert.match(await descriptionOf(popup, target), pattern));

  await fill(popup, LOONHEFFINGENNUMMER, '123456789L01');
  await invalid(LOONHEFFINGENNUMMER, true);
  await described(LOONHEFFINGENNUMMER, /controlecijfer|elfproef|klopt niet/i);

  const email = field('E-mailadres');
  await fill(popup, email, 'geen-adres');
  await invalid(email, true);

  // A contract number of another form is a warning: described, not marked invalid.
  const contract = field('Raamwerkcontractnummer');
  await fill(popup, contract, 'B999');
  await described(contract, /A020/);
  await invalid(contract, false);

  // Loket.nl showed the pay period, so only what it cannot know is still open.
  const summary: Target = { role: 'region', name: 'Nog te doen vóór het invullen' };
  await eventually(async () => {
    const todo = await textOf(popup, summary);
    assert.match(todo, /13e maand/);
    assert.match(todo, /DGA's/);
    assert.doesNotMatch(todo, /Verloning/);
  });
  await driver.screenshot(popup, 'popup-errors');
}

async function rightsWarning(driver: Driver) {
  const company = await driver.open(`${LOKET}/classic-bedrijfsgegevens.html`);
  await driver.open(`${LOKET}/rights-missing.html`);
  await eventually(async () => assert.ok('rights' in (await driver.readStorage())));
  const popup = await driver.openPopup(company);
  await expectValue(popup, WERKGEVER_ID, '20720');
  // One status line that says how many are missing, and opens to name them.
  const status: Target = { css: 'summary', within: { role: 'region', name: 'Rechten koppelgebruiker' } };
  await eventually(async () => assert.match(await textOf(popup, status), /3 ontbreken/));
  await click(popup, status);
  const alert: Target = { role: 'alert' };
  const missing = ['Raadplegen dienstverbanden', 'Raadplegen HRM', 'Raadplegen loonoutput beperkt'];
  await eventually(async () => {
    const warning = await textOf(popup, alert);
    assert.match(warning, /Koppeling a\.s\.r\./);
    for (const right of missing) assert.ok(warning.includes(`“${right}”`), `${right} named in: ${warning}`);
    // "Raadplegen loonoutput" is granted on the page, but it is not the required "… beperkt".
    for (const right of REQUIRED_RIGHTS.filter((r) => !missing.includes(r))) assert.ok(!warning.includes(`“${right}”`), right);
    assert.doesNotMatch(warning, /actief/);
  });
  assert.equal((await popup.all({ role: 'listitem', within: alert })).length, 3);

  const mail = { role: 'link', name: 'E-mail aan Loket.nl-helpdesk opstellen', within: alert };
  const href = (await attributeOf(popup, mail, 'href')) ?? '';
  assert.ok(href.startsWith('mailto:api@loket.nl?subject='), href);
  const body = decodeURIComponent(href.split('&body=')[1] ?? '');
  for (const right of [...missing, 'Koppeling a.s.r.', '20720']) assert.ok(body.includes(right), `${right} in the e-mail`);
}

async function reactFormFill(driver: Driver) {
  await seedFull(driver);
  const asr = await driver.open(`${ASR}/react-form.built.html`);
  const popup = await driver.openPopup(asr);
  await eventually(async () => assert.equal(await isDisabled(popup, FILL_BUTTON), false));
  await click(popup, FILL_BUTTON);
  await eventually(async () => assert.match(await textOf(popup, FILL_REPORT), /Werkgever ID/));
  await driver.screenshot(popup, 'popup-after-fill');
  await driver.screenshot(asr, 'asr-react-filled');
  // React's own state, not just the DOM: a value React did not see would be lost on its next render.
  assert.deepEqual(await reactState(asr), REACT_FILLED);
  assert.equal(await submitted(asr), false);
}

/** The React form's own state once FULL is filled in. */
export const REACT_FILLED = {
  organisatie: FULL.profile.bedrijfsnaam,
  email: FULL.profile.email,
  contract: FULL.profile.raamwerkcontractnummer,
  lhn: FULL.draft.loonheffingennummer,
  werkgeverId: FULL.draft.werkgeverId,
  heeftDga: 'ja',
  dgas: FULL.draft.dgas,
  verloning: '4weken',
  dertiende: 'ja',
};
const reactState = (tab: Tab) => tab.evaluate(() => (window as unknown as { __reactState: Record<string, unknown> }).__reactState);

/** The button on the form page itself (its closed shadow root: see utils/asr-button/page.ts). */
async function pageFillButton(driver: Driver) {
  await seedFull(driver);
  const asr = await driver.open(`${ASR}/react-form.built.html`);
  const host = await one(asr, { css: 'koppelhulp-invullen' });
  // The page's own script reaches neither the button nor its text, and its click fills nothing.
  const reach = await asr.evaluate(() => {
    const h = document.querySelector('koppelhulp-invullen') as HTMLElement;
    h.click();
    return { root: h.shadowRoot, text: h.textContent };
  });
  assert.deepEqual(reach, { root: null, text: '' });
  await pause(500);
  assert.equal((await reactState(asr)).organisatie, '');
  // A person's click (the host's box is the button) fills the form for the chosen employer.
  await host.click();
  await eventually(async () => assert.deepEqual(await reactState(asr), REACT_FILLED), 15_000);
  assert.equal(await submitted(asr), false);
  await eventually(async () => {
    const record = employersIn(await driver.readStorage()).emp_seed as { draft: { status: { stage: string } } };
    assert.equal(record.draft.status.stage, 'ingevuld');
  });
}

async function lookAlikeRefused(driver: Driver) {
  await seedFull(driver);
  // The very form a.s.r. serves, copied onto a look-alike host.
  const fake = await driver.open('https://asr.nl.example.com/plain-form.html');
  assert.match(await fake.evaluate(() => document.body.innerText), /Aanleveren gegevens in eigen beheer/);
  const popup = await driver.openPopup(fake);
  await expectValue(popup, WERKGEVER_ID, FULL.draft.werkgeverId);
  // No way to fill there: the fill button is absent (the popup offers it on a.s.r. only) or disabled.
  const buttons = await popup.all(FILL_BUTTON);
  if (buttons.length > 0) assert.equal(await isDisabled(popup, FILL_BUTTON), true);
  // Even a forged request from the extension's own popup reaches no script there.
  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  const reply = await popup.evaluate(async (id) => {
    // Firefox's `chrome` takes callbacks in Manifest V2; its `browser` returns promises.
    const api = typeof browser === 'undefined' ? chrome : browser;
    try {
      // Not even when the popup asks the background to load the filler there first.
      await api.runtime.sendMessage({ type: 'asr/filler', tabId: id }).catch(() => undefined);
      return await api.tabs.sendMessage(id, { type: 'asr/probe' });
    } catch (error) {
      return String(error);
    }
  }, tabId);
  assert.match(String(reply), /Receiving end does not exist|Could not establish connection/);
  await pause(300);
  assert.deepEqual(await seen(fake), {});
}

async function noBsnInStorage(driver: Driver) {
  const pages = ['classic-bedrijfsgegevens', 'employee-dga', 'new-ui-bedrijfsgegevens'].map((p) => `${LOKET}/${p}.html`);
  const tab = await driver.open(pages[0]!);
  for (const [i, url] of pages.entries()) {
    if (i > 0) await tab.goto(url);
    assert.ok((await tab.evaluate(() => document.documentElement.outerHTML)).includes(BSN), `${url} shows a BSN`);
    await pause(200);
  }
  await waitForCapture(driver, '20720');
  await waitForCapture(driver, 'b14acd0d-75d7-4fc8-8b22-4a3924585cab');
  await pause(300);
  const stored = JSON.stringify(await driver.readStorage());
  assert.ok(stored.includes('Pieter van Dijk'), 'the employee page was read');
  assert.ok(!stored.includes(BSN), 'no BSN in storage');
}

async function noOwnNetworkRequests(driver: Driver) {
  const pages = [`${LOKET}/classic-bedrijfsgegevens.html`, `${LOKET}/employee-dga.html`, `${ASR}/plain-form.html`];
  const loket = await driver.open(pages[0]!);
  await driver.open(pages[1]!);
  const popup = await driver.openPopup(loket);
  await fill(popup, field('E-mailadres'), 'a@b.nl');
  const asr = await driver.open(pages[2]!);
  const asrPopup = await driver.openPopup(asr);
  await eventually(async () => assert.equal(await isDisabled(asrPopup, FILL_BUTTON), false));
  // Incomplete registration: a second press of the same button confirms.
  await click(asrPopup, FILL_BUTTON);
  await click(asrPopup, { role: 'button', name: 'Invullen, ook al is het onvolledig' });
  await eventually(async () => assert.match(await textOf(asrPopup, FILL_REPORT), /Werkgever ID/));
  assert.equal((await seen(asr)).werkgeverId, '20720');
  await pause(300);
  // The browser's own favicon requests are not the extension's.
  const foreign = driver.requests().filter((url) => !pages.includes(url) && !url.endsWith('/favicon.ico'));
  assert.deepEqual(foreign, []);
}

/** Name → flow; the names are the test titles in both browsers. */
/**
 * Issue 25: the panel on a Loket.nl rights page (entrypoints/rights-panel.ts, injected by the
 * background where the reader found rights): a team's page is marked and stored, and a right
 * switched on in place on a user's page turns the panel's count without a reload.
 */
async function rightsPanel(driver: Driver) {
  const user = await driver.open(`${LOKET}/rights-switch-live.html`);
  // Read in the page's world through the panel's open shadow root: Firefox's accessibility
  // query (puppeteer's ::-p-aria) does not enter shadow roots.
  const panel = (tab: Tab) =>
    tab.evaluate(() => {
      const root = document.querySelector('koppelhulp-rechten')?.shadowRoot;
      const region = root?.querySelector('[role=region]');
      const name = region && root!.getElementById(region.getAttribute('aria-labelledby') ?? '')?.textContent;
      return { name: name ?? null, status: region?.querySelector('[role=status]')?.textContent ?? '', politely: region?.querySelector('[role=status]')?.getAttribute('aria-live') ?? null };
    });
  const status = async () => (await panel(user)).status;
  await eventually(async () => assert.match(await status(), /5 van de 6 rechten in orde/), 15_000);
  assert.deepEqual({ ...(await panel(user)), status: '' }, { name: 'Koppelgebruiker “Koppeling a.s.r.”', status: '', politely: 'polite' });
  const marks = () => user.evaluate(() => [...(document.querySelector('koppelhulp-rechten')?.shadowRoot?.querySelectorAll('.mark') ?? [])].map((m) => `${m.getAttribute('data-right')}=${m.getAttribute('data-state')}`));
  assert.ok((await marks()).includes('Raadplegen variabele gegevens=missing'));
  assert.equal((await marks()).length, 6);
  await click(user, { role: 'checkbox', name: 'Raadplegen variabele gegevens' });
  await eventually(async () => assert.match(await status(), /6 van de 6 rechten in orde/));
  assert.ok((await marks()).includes('Raadplegen variabele gegevens=granted'));
  await driver.screenshot(user, 'rights-panel');
  // A team's page: marked by the team's own rights, and stored for its members' checklists.
  const team = await driver.open(`${LOKET}/team-koppelingen.html`);
  await eventually(async () => assert.match((await panel(team)).status, /4 van de 6 rechten in orde/), 15_000);
  assert.equal((await panel(team)).name, 'Team “Koppelingen”');
  await eventually(async () => assert.ok('team:Koppelingen' in ((await driver.readStorage()).rights as object)));
}

export const FLOWS = {
  'a route change in the single-page app captures the new employer without reload': spaRouteChange,
  'the popup is prefilled with what Loket.nl shows, a DGA taken over with one click': popupPrefill,
  'validation as the user types: errors are marked and described, warnings do not block': validationErrors,
  'missing rights are named exactly, with a ready e-mail, on the employer’s view': rightsWarning,
  'a React 19 controlled form holds every value in its state, nothing is submitted': reactFormFill,
  'a look-alike page on another origin is never filled': lookAlikeRefused,
  'the fill button on the a.s.r. form page fills on a person’s click only': pageFillButton,
  'a BSN on captured pages appears nowhere in the extension’s storage': noBsnInStorage,
  'the whole flow makes no network request of its own': noOwnNetworkRequests,
  'the rights panel marks the six rights on a rights page and follows a right switched on': rightsPanel,
} satisfies Record<string, (driver: Driver) => Promise<void>>;

export type FlowName = keyof typeof FLOWS;
