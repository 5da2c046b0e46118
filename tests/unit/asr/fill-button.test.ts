// The "Invullen met koppelhulp" button on the a.s.r. form page (issue 14, "Shorter route").
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import type { FieldReport, FillReport } from '../../../utils/asr/types';
import { fillFromButton, readButtonContext } from '../../../utils/asr-button/background';
import { buttonView, pageFillSummary } from '../../../utils/asr-button/view';
import { lastFillFor } from '../../../utils/asr-button/last-fill';
import { toFillValues } from '../../../utils/popup/fill-values';
import { readEmployer } from '../../../utils/store';
import { FULL, registrationItems } from '../../flows/data';
// The background's migrator: the seeds below are in the older single-item form it moves.
import '../../../utils/store/migrate';
import { rearm } from '../../../utils/store/ready';

const TAB = 7;
const URL = 'https://www.asr.nl/zakelijk/aanleveren-gegevens-eigen-beheer';
const report = (...statuses: FieldReport['status'][]): FillReport => ({
  formFound: true,
  fields: statuses.map((status, i) => ({ field: i === 0 ? 'werkgeverId' : 'email', status })),
});

async function seed(draft: Partial<typeof FULL.draft> = {}, more: Record<string, unknown> = {}) {
  await fakeBrowser.storage.local.set({ ...registrationItems(draft), ...more });
}

/** The filler in the tab answers with `answer`; returns what it was sent. */
function fillerAnswers(answer: FillReport) {
  const sent: unknown[] = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sent.push(message);
    return answer;
  });
  return sent;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  rearm(); // each test seeds old-format employers afresh
});

describe('for which employer the button fills', () => {
  it('the employer the popup would fill: its name, Werkgever ID and loonheffingennummer beside the button', async () => {
    await seed();
    const view = buttonView(await readButtonContext());
    expect(view.label).toBe('Invullen met koppelhulp');
    expect(view.employer).toBe(`Voor: ${FULL.draft.werkgeverNaam} · Werkgever ID ${FULL.draft.werkgeverId} · Loonheffingennummer 123456782L01`);
    expect(view.note).toBe('');
  });

  it('chosen in the popup and last seen in Loket.nl differ: it does not fill and says to open the koppelhulp', async () => {
    const other = { ...registrationItems().employers.emp_seed, id: 'emp_other' };
    await seed({}, { employers: { emp_seed: registrationItems().employers.emp_seed, emp_other: other }, chosenEmployerId: 'emp_other' });
    const sent = fillerAnswers(report('filled'));
    const reply = await fillFromButton(TAB, URL);
    expect(reply.status).toBe(
      'Niet ingevuld: het is niet zeker voor welke werkgever u invult. Open de koppelhulp (Alt+Shift+K) en kies de werkgever.',
    );
    expect(sent).toEqual([]);
  });

  it('the employer changed between showing and pressing: nothing is filled, the new one is shown', async () => {
    await seed();
    const sent = fillerAnswers(report('filled'));
    const shownBefore = 'Voor: Een andere werkgever B.V. · Werkgever ID 99999 · Loonheffingennummer 123456782L01';
    const reply = await fillFromButton(TAB, URL, shownBefore);
    expect(reply.status).toBe('Niet ingevuld: de werkgever is intussen gewijzigd. Controleer de werkgever hierboven en klik opnieuw.');
    expect(reply.view.employer).toBe(buttonView(await readButtonContext()).employer);
    expect(sent).toEqual([]);
    // Pressed while showing the current one: it fills.
    await fillFromButton(TAB, URL, reply.view.employer);
    expect(sent).toHaveLength(1);
  });

  it('blocking validation errors: no fill, one line saying why, in English when chosen', async () => {
    await seed({ werkgeverId: '' }, { settings: { lang: 'en' } });
    const sent = fillerAnswers(report('filled'));
    const reply = await fillFromButton(TAB, URL);
    expect(reply.status).toBe("Not filled in: this employer's details are not complete yet. Open the link helper (Alt+Shift+K) to complete them.");
    expect(reply.view.label).toBe('Fill in with the link helper');
    expect(sent).toEqual([]);
  });

  it('no employer at all: no fill', async () => {
    const sent = fillerAnswers(report('filled'));
    expect((await fillFromButton(TAB, URL)).status).toMatch(/^Niet ingevuld: er is nog geen werkgever gekozen/);
    expect(sent).toEqual([]);
  });
});

describe('a fill from the button', () => {
  it('sends the popup’s own request with the employer’s values; a complete fill advances the stage and keeps the report for the popup', async () => {
    await seed();
    // The a.s.r. page names the page load it filled (a token of the form's document).
    const page = 'page-load-1';
    const answer = { ...report('filled', 'filled'), page };
    const sent = fillerAnswers(answer);
    const reply = await fillFromButton(TAB, URL);
    const values = toFillValues(FULL.profile, FULL.draft as never);
    expect(sent).toEqual([{ type: 'asr/fill', values, options: { overwriteConflicts: false } }]);
    expect(reply.status).toBe('2 van 2 velden ingevuld; open de koppelhulp voor het resultaat per veld');
    expect((await readEmployer('emp_seed'))?.draft.status).toMatchObject({ stage: 'ingevuld' });
    expect(await lastFillFor(TAB, values, page)).toEqual(answer);
    // Chrome's storage hands objects back with their keys sorted.
    const stored = (await fakeBrowser.storage.session.get('lastFill')).lastFill as { values: Record<string, unknown> };
    const sorted = Object.fromEntries(Object.entries(stored.values).sort(([a], [b]) => a.localeCompare(b)));
    await fakeBrowser.storage.session.set({ lastFill: { ...stored, values: sorted } });
    expect(await lastFillFor(TAB, values, page)).toEqual(answer);
    // The page reloaded (or its form frame replaced) since shows an empty form: not its report.
    expect(await lastFillFor(TAB, values, 'page-load-2')).toBeNull();
    // Another tab, or other values (the employer changed since): not this fill's report.
    expect(await lastFillFor(TAB + 1, values, page)).toBeNull();
    expect(await lastFillFor(TAB, { ...values, werkgeverId: '20720' }, page)).toBeNull();
    expect((await fakeBrowser.storage.local.get('asrFormUrl')).asrFormUrl).toBe(URL);
  });

  it('a partial fill leaves the stage where it was', async () => {
    await seed();
    fillerAnswers(report('filled', 'not-found'));
    const reply = await fillFromButton(TAB, URL);
    expect(reply.status).toBe('1 van 2 velden ingevuld – 1 niet gevonden; open de koppelhulp voor het resultaat per veld');
    expect((await readEmployer('emp_seed'))?.draft.status).toEqual({ stage: 'concept' });
  });

  it('a tab whose filler does not answer (extension updated): asks for a reload, changes nothing', async () => {
    await seed();
    vi.spyOn(browser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
    expect((await fillFromButton(TAB, URL)).status).toBe('Niet ingevuld: vernieuw de pagina (F5) en probeer het opnieuw.');
    expect((await readEmployer('emp_seed'))?.draft.status).toEqual({ stage: 'concept' });
  });
});

describe('the one-line summary', () => {
  it('counts what was filled and names what was not', () => {
    const r = report('filled', 'filled', 'not-found', 'not-found', 'conflict');
    expect(pageFillSummary(r, 'nl')).toBe('2 van 5 velden ingevuld – 2 niet gevonden, 1 niet overschreven; open de koppelhulp voor het resultaat per veld');
    expect(pageFillSummary(r, 'en')).toBe('2 of 5 fields filled in – 2 not found, 1 not overwritten; open the link helper for the result per field');
    expect(pageFillSummary({ formFound: false, fields: [] }, 'nl')).toBe('Niet ingevuld: geen a.s.r.-formulier gevonden op deze pagina.');
  });
});
