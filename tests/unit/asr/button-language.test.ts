// Issue 24, English mode complete: a line the page's button said before the user switched the
// language is said again in the new language, not left in the old one; a fresh page says none.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Window } from 'happy-dom';
import type { FillReport } from '../../../utils/asr/types';
import { buttonState, fillFromButton } from '../../../utils/asr-button/background';
import { mountFillButton } from '../../../utils/asr-button/page';
import type { ButtonView, FillButtonReply } from '../../../utils/asr-button/messages';
import { registrationItems } from '../../flows/data';
import '../../../utils/store/migrate';
import { rearm } from '../../../utils/store/ready';

const TAB = 7;
const URL = 'https://www.asr.nl/zakelijk/aanleveren-gegevens-eigen-beheer';
const REPORT: FillReport = { formFound: true, fields: [{ field: 'werkgeverId', status: 'filled' }, { field: 'email', status: 'not-found' }] };

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  rearm();
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => REPORT);
});

describe("the page button's status line after a language switch", () => {
  it('the background says the last line again in the language chosen now', async () => {
    await fakeBrowser.storage.local.set(registrationItems());
    const filled = await fillFromButton(TAB, URL);
    expect(filled.status).toBe('1 van 2 velden ingevuld – 1 niet gevonden; open de koppelhulp voor het resultaat per veld');
    await fakeBrowser.storage.local.set({ settings: { lang: 'en' } });
    expect((await buttonState(TAB)).status).toBe('1 of 2 fields filled in – 1 not found; open the link helper for the result per field');
    // Another tab said nothing.
    expect((await buttonState(TAB + 1)).status).toBeUndefined();
  });

  it('the page shows the new words for a line it said, and takes none on a page that said nothing', async () => {
    const doc = new Window({ url: URL }).document as unknown as Document;
    const nl: ButtonView = { lang: 'nl', label: 'Invullen met koppelhulp', busy: 'Bezig…', reload: 'Vernieuw', employer: 'Voor: A', note: '', status: 'regel in het Nederlands' };
    const en: ButtonView = { ...nl, lang: 'en', label: 'Fill in with the link helper', employer: 'Voor: A', status: 'line in English' };
    let state: ButtonView = nl;
    const reply: FillButtonReply = { view: nl, status: 'regel in het Nederlands' };
    const mounted = mountFillButton(doc, { state: async () => state, fill: async () => reply });
    await mounted.refresh();
    const note = mounted.root.querySelector('#note')!;
    // Nothing said on this page yet: an old line stored for the tab is not shown.
    expect(note.textContent).toBe('');
    const button = mounted.root.querySelector('button')!;
    // A person's click (isTrusted cannot be faked in happy-dom: dispatch through its own API).
    const click = new (doc.defaultView as unknown as typeof globalThis).MouseEvent('click');
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    await vi.waitFor(() => expect(note.textContent).toBe('regel in het Nederlands'));
    state = en;
    await mounted.refresh();
    expect(note.textContent).toBe('line in English');
  });
});
