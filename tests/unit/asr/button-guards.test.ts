// Issue 23 on the a.s.r. page's own button: another employer's form is not filled unless the
// next press says so; a registration sent already asks first; a fill's line belongs to its employer.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Window } from 'happy-dom';
import type { FillReport } from '../../../utils/asr/types';
import { fillFromButton, readButtonContext } from '../../../utils/asr-button/background';
import { buttonView } from '../../../utils/asr-button/view';
import { mountFillButton, type FillButtonApi } from '../../../utils/asr-button/page';
import type { ButtonView } from '../../../utils/asr-button/messages';
import { FULL, registrationItems } from '../../flows/data';
import '../../../utils/store/migrate';
import { rearm } from '../../../utils/store/ready';

const TAB = 7;
const URL = 'https://www.asr.nl/zakelijk/aanleveren-gegevens-eigen-beheer';
const FULL_REPORT: FillReport = { formFound: true, fields: [{ field: 'werkgeverId', status: 'filled' }] };

function fillerAnswers(answer: FillReport) {
  const sent: { options: { overwriteConflicts: boolean } }[] = [];
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (_tab: number, message: unknown) => {
    sent.push(message as never);
    return answer;
  });
  return sent;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  rearm();
});

describe('the button on a form that holds another employer', () => {
  it('writes nothing, names whose data it is, and only the next press (confirm "overwrite") replaces it', async () => {
    await fakeBrowser.storage.local.set(registrationItems());
    const refused: FillReport = {
      formFound: true,
      fields: [{ field: 'werkgeverId', status: 'conflict', detail: '20720' }],
      otherEmployer: { werkgeverId: '20720', loonheffingennummer: '111222333L01' },
    };
    const sent = fillerAnswers(refused);
    const reply = await fillFromButton(TAB, URL);
    expect(sent.map((m) => m.options.overwriteConflicts)).toEqual([false]);
    expect(reply.status).toContain('Niet ingevuld: dit formulier bevat gegevens van een andere werkgever (Werkgever ID 20720 · loonheffingennummer 111222333L01)');
    expect(reply.view.confirm).toBe('overwrite');
    expect(reply.view.label).toBe('Toch overschrijven');
    // Stage untouched: nothing was filled.
    expect((await readButtonContext()).record?.draft.status.stage).toBe('concept');
    await fillFromButton(TAB, URL, reply.view.employer, 'overwrite');
    expect(sent.map((m) => m.options.overwriteConflicts)).toEqual([false, true]);
  });
});

describe('the button for an employer sent already', () => {
  const sentStatus = { stage: 'verstuurd' as const, sentAt: '2026-11-20T10:00:00.000Z' };

  it('says so with the date before anything is pressed', async () => {
    await fakeBrowser.storage.local.set(registrationItems({ status: sentStatus }));
    const view = buttonView(await readButtonContext());
    expect(view.warn).toBe('Al verstuurd op 20 november 2026.');
    expect(view.note).toBe('');
  });

  it('the first press fills nothing and asks; the confirming press fills', async () => {
    await fakeBrowser.storage.local.set(registrationItems({ status: sentStatus }));
    const sent = fillerAnswers(FULL_REPORT);
    const reply = await fillFromButton(TAB, URL);
    expect(sent).toEqual([]);
    expect(reply.status).toBe('Al verstuurd op 20 november 2026. Klik nogmaals om toch opnieuw in te vullen.');
    expect(reply.view.confirm).toBe('sent');
    await fillFromButton(TAB, URL, reply.view.employer, 'sent');
    expect(sent).toHaveLength(1);
  });

  it('a later stage without a sending date names the stage and its date', async () => {
    await fakeBrowser.storage.local.set(registrationItems({ status: { stage: 'wacht-op-keylane', since: '2026-11-25T10:00:00.000Z' } as never }));
    expect(buttonView(await readButtonContext()).warn).toBe('Al verstuurd: deze aanmelding staat sinds 25 november 2026 op “Wacht op Keylane”.');
  });

  it('a concept says nothing of sending', async () => {
    await fakeBrowser.storage.local.set(registrationItems());
    expect(buttonView(await readButtonContext()).warn).toBeUndefined();
    void FULL;
  });
});

describe('the line after a fill belongs to the employer it was made for', () => {
  let win: Window | undefined;
  afterEach(async () => {
    await win?.happyDOM.close();
    win = undefined;
  });

  it('A’s "8 van 8 velden ingevuld" goes when the button shows employer B', async () => {
    win = new Window({ url: 'https://www.asr.nl/zakelijk/x' });
    const doc = win.document as unknown as Document;
    doc.write('<title>Aanleveren gegevens in eigen beheer</title>');
    const A: ButtonView = { lang: 'nl', label: 'Invullen met koppelhulp', busy: 'Bezig…', reload: 'Vernieuw', employer: 'Voor: A · Werkgever ID 20720', note: '' };
    const B: ButtonView = { ...A, employer: 'Voor: B · Werkgever ID 30830' };
    let shown = A;
    const api: FillButtonApi = { state: async () => shown, fill: async () => ({ view: A, status: '8 van 8 velden ingevuld' }) };
    const { root, refresh } = mountFillButton(doc, api);
    await refresh();
    const button = root.querySelector('button')!;
    // A person's click: trusted (the button ignores page scripts' clicks).
    const click = new doc.defaultView!.MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    button.dispatchEvent(click);
    await new Promise((r) => setTimeout(r, 10));
    const note = () => root.getElementById('note')!.textContent;
    expect(note()).toBe('8 van 8 velden ingevuld');
    await refresh(); // stored data changed, same employer: the line stays
    expect(note()).toBe('8 van 8 velden ingevuld');
    shown = B;
    await refresh();
    expect(note()).toBe('');
  });
});
