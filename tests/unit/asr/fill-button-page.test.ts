// The fill button in the page: where it appears, and that the page cannot press or restyle it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { HOST_STYLE, isFormPage, mountFillButton, watchFormPage, type FillButtonApi } from '../../../utils/asr-button/page';
import type { ButtonView } from '../../../utils/asr-button/messages';

const VIEW: ButtonView = { lang: 'nl', label: 'Invullen met koppelhulp', busy: 'Bezig met invullen…', reload: 'Vernieuw de pagina', employer: 'Voor: Het Baken · Werkgever ID 20720', note: '' };

let win: Window | undefined;
afterEach(async () => {
  await win?.happyDOM.close();
  win = undefined;
});

function page(html: string): Document {
  win = new Window({ url: 'https://www.asr.nl/zakelijk/x' });
  const doc = win.document as unknown as Document;
  doc.write(html);
  return doc;
}

function api(): FillButtonApi & { fills: number } {
  const a = {
    fills: 0,
    state: async () => VIEW,
    fill: async () => {
      a.fills++;
      return { view: VIEW, status: 'klaar' };
    },
  };
  return a;
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('the form page, recognised by its title or first heading', () => {
  it('title or h1 naming "Aanleveren gegevens in eigen beheer" (any case, any spacing): yes; another a.s.r. page: no', () => {
    expect(isFormPage(page('<title>Aanleveren gegevens in eigen beheer | a.s.r.</title><h1>Welkom</h1>'))).toBe(true);
    expect(isFormPage(page('<title>a.s.r.</title><h1>Aanleveren  gegevens in\n eigen Beheer</h1>'))).toBe(true);
    expect(isFormPage(page('<title>Salarisverwerkers | a.s.r.</title><h1>Salarisverwerkers</h1><p>Aanleveren gegevens in eigen beheer</p>'))).toBe(false);
  });

  it('the button appears on the form page, and goes when a single-page app routes elsewhere', async () => {
    const doc = page('<html><head><title>Aanleveren gegevens in eigen beheer</title></head><body><h1>Formulier</h1></body></html>');
    const a = api();
    const state = vi.spyOn(a, 'state');
    watchFormPage(doc, a);
    await flush();
    expect(doc.querySelectorAll('koppelhulp-invullen')).toHaveLength(1);
    expect(state).toHaveBeenCalledTimes(1);
    doc.title = 'Bedankt | a.s.r.';
    await new Promise((r) => setTimeout(r, 20));
    expect(doc.querySelectorAll('koppelhulp-invullen')).toHaveLength(0);
    expect(a.fills).toBe(0); // never fills by itself
  });
});

describe('out of the page’s reach', () => {
  it('the page sees no shadow root; its synthetic clicks and key events fill nothing', async () => {
    const doc = page('<title>Aanleveren gegevens in eigen beheer</title>');
    const a = api();
    const { host, root, refresh } = mountFillButton(doc, a);
    await refresh();
    expect(host.shadowRoot).toBeNull();
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Invullen met koppelhulp');
    host.click();
    button.click();
    button.dispatchEvent(new doc.defaultView!.MouseEvent('click', { bubbles: true, composed: true }));
    await flush();
    expect(a.fills).toBe(0);
  });

  it('nothing is shown while the extension does not answer (a script cut off by an update)', async () => {
    const doc = page('<title>Aanleveren gegevens in eigen beheer</title>');
    const { refresh } = mountFillButton(doc, { state: async () => undefined, fill: async () => undefined });
    await refresh();
    expect(doc.querySelectorAll('koppelhulp-invullen')).toHaveLength(0);
  });

  it('a page script rewriting the host’s style gets it put back', async () => {
    const doc = page('<title>Aanleveren gegevens in eigen beheer</title>');
    const { host, refresh } = mountFillButton(doc, api());
    await refresh();
    host.setAttribute('style', 'display:none');
    await flush();
    expect(host.getAttribute('style')).toBe(HOST_STYLE);
  });

  it('one button per page, even when an older script left one', async () => {
    const doc = page('<title>Aanleveren gegevens in eigen beheer</title>');
    await mountFillButton(doc, api()).refresh();
    await mountFillButton(doc, api()).refresh();
    expect(doc.querySelectorAll('koppelhulp-invullen')).toHaveLength(1);
  });
});
