// Conflicts, unusable controls, DGA rows already filled, highlight, late form, frames, origin guard.
import { afterEach, describe, expect, it } from 'vitest';
import { fillAsrDocument, fillDocument, findFormDocument } from '../../../utils/asr/fill';
import { highlight } from '../../../utils/asr/highlight';
import { waitForForm } from '../../../utils/asr/wait';
import { FAST, loadPage, readSite, statuses, VALUES, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});

const input = (p: LoadedPage, id: string) => p.doc.getElementById(id) as HTMLInputElement;

describe('conflicts', () => {
  function prefilled(): LoadedPage {
    const p = loadPage('plain-form.html');
    input(p, 'bedrijfsnaam').value = 'Iets Anders B.V.';
    input(p, 'lhn').value = '1234.56.782 l01'; // same number, other notation
    (p.doc.querySelector('input[name=verloning][value=maand]') as HTMLInputElement).checked = true;
    input(p, 'dga-naam-1').value = 'Iemand Anders';
    return p;
  }

  it('keeps a different value and reports it, without overwriteConflicts', async () => {
    page = prefilled();
    const report = await fillDocument(page.doc, VALUES, FAST);
    const by = (f: string, i?: number) => report.fields.find((r) => r.field === f && r.index === i);
    expect(by('bedrijfsnaam')).toEqual({ field: 'bedrijfsnaam', label: 'Bedrijfsnaam', status: 'conflict', detail: 'Iets Anders B.V.' });
    expect(by('loonheffingennummer')).toMatchObject({ status: 'filled', detail: 'al ingevuld' });
    expect(by('verloning')).toMatchObject({ status: 'conflict', detail: 'Maandelijks' });
    expect(by('dgaNaam', 0)).toMatchObject({ status: 'conflict', detail: 'Iemand Anders' });
    expect(by('dgaPersoneelsnummer', 0)).toMatchObject({ status: 'skipped' });
    expect(input(page, 'bedrijfsnaam').value).toBe('Iets Anders B.V.');
    expect(input(page, 'lhn').value).toBe('1234.56.782 l01');
    expect(input(page, 'dga-naam-1').value).toBe('Iemand Anders');
    expect(input(page, 'dga-pnr-1').value).toBe('');
    expect((page.doc.querySelector('input[name=verloning][value=maand]') as HTMLInputElement).checked).toBe(true);
    // The other DGAs still got rows of their own.
    expect(by('dgaNaam', 1)).toMatchObject({ status: 'filled' });
    expect(by('dgaNaam', 2)).toMatchObject({ status: 'filled' });
    expect(page.g.__seen.bedrijfsnaam).toBeUndefined();
  });

  it('overwrites with overwriteConflicts', async () => {
    page = prefilled();
    const report = await fillDocument(page.doc, VALUES, { ...FAST, overwriteConflicts: true });
    expect(statuses(report)).toMatchObject({ bedrijfsnaam: 'filled', verloning: 'filled', 'dgaNaam.0': 'filled', 'dgaPersoneelsnummer.0': 'filled' });
    expect(page.g.__seen).toMatchObject({ bedrijfsnaam: VALUES.bedrijfsnaam, verloning: '4weken', 'dgaNaam.0': 'Jan de Vries' });
    // The same value in other notation is still left as the user typed it.
    expect(input(page, 'lhn').value).toBe('1234.56.782 l01');
  });

  it('a DGA row already holding the same DGA counts as filled, in any row', async () => {
    page = loadPage('plain-form.html');
    input(page, 'dga-naam-1').value = 'Petra Jansen';
    input(page, 'dga-pnr-1').value = '1002';
    const report = await fillDocument(page.doc, VALUES, FAST);
    const s = statuses(report);
    expect(s['dgaNaam.1']).toBe('filled');
    expect(report.fields.find((f) => f.field === 'dgaNaam' && f.index === 1)?.detail).toBe('al ingevuld');
    expect(s['dgaNaam.0']).toBe('filled');
    expect(s['dgaNaam.2']).toBe('filled');
    const names = Array.from(page.doc.querySelectorAll<HTMLInputElement>('#dga-rows input[name$="[naam]"]')).map((i) => i.value);
    expect(names).toEqual(['Petra Jansen', 'Jan de Vries', 'Karel Bakker']);
  });
});

describe('unusable controls', () => {
  it('skips disabled and read-only fields, ignores hidden ones', async () => {
    page = loadPage('plain-form.html');
    input(page, 'wgid').disabled = true;
    input(page, 'rwc').readOnly = true;
    // A hidden duplicate "Loonheffingennummer" before the real one must stay untouched.
    const hidden = page.doc.createElement('div');
    hidden.innerHTML = '<label for="lh-old">Loonheffingennummer</label><input id="lh-old">';
    hidden.style.display = 'none';
    input(page, 'lhn').parentElement!.before(hidden);
    const report = await fillDocument(page.doc, VALUES, FAST);
    const by = (f: string) => report.fields.find((r) => r.field === f);
    expect(by('werkgeverId')).toMatchObject({ status: 'skipped', detail: 'uitgeschakeld', label: 'Werkgever ID' });
    expect(by('raamwerkcontractnummer')).toMatchObject({ status: 'skipped', detail: 'alleen-lezen' });
    expect(by('loonheffingennummer')).toMatchObject({ status: 'filled' });
    expect(input(page, 'lh-old').value).toBe('');
    expect(input(page, 'wgid').value).toBe('');
    expect(input(page, 'rwc').value).toBe('');
  });

  it('a disabled fieldset disables its radios', async () => {
    page = loadPage('plain-form.html');
    (page.doc.querySelector('input[name=dertiende]') as HTMLInputElement).closest('fieldset')!.setAttribute('disabled', '');
    const report = await fillDocument(page.doc, VALUES, FAST);
    expect(report.fields.find((f) => f.field === 'dertiendeMaand')).toMatchObject({ status: 'skipped', detail: 'uitgeschakeld' });
    expect(page.g.__seen.dertiendeMaand).toBeUndefined();
  });
});

describe('values', () => {
  it('answers Nee without DGAs and skips empty values', async () => {
    page = loadPage('plain-form.html');
    const report = await fillDocument(page.doc, { ...VALUES, hasDga: false, dgas: [], email: '', dertiendeMaand: null }, FAST);
    expect(statuses(report)).toEqual({
      bedrijfsnaam: 'filled',
      email: 'skipped',
      raamwerkcontractnummer: 'filled',
      loonheffingennummer: 'filled',
      werkgeverId: 'filled',
      hasDga: 'filled',
      verloning: 'filled',
      dertiendeMaand: 'skipped',
    });
    expect(page.g.__seen.hasDga).toBe('nee');
    expect(page.doc.querySelectorAll('#dga-rows .dga-row')).toHaveLength(1);
  });
});

describe('highlight', () => {
  it('outlines for a while, then restores the inline style exactly', async () => {
    page = loadPage('plain-form.html');
    const el = input(page, 'bedrijfsnaam');
    el.setAttribute('style', 'color: red; outline: 1px dotted blue');
    const before = el.style.getPropertyValue('outline');
    highlight(el, 30);
    expect(el.style.getPropertyValue('outline')).toContain('solid');
    await new Promise((r) => setTimeout(r, 60));
    expect(el.style.getPropertyValue('color')).toBe('red');
    expect(el.style.getPropertyValue('outline')).toBe(before);
    const bare = input(page, 'email');
    highlight(bare, 10);
    await new Promise((r) => setTimeout(r, 40));
    expect(bare.hasAttribute('style')).toBe(false);
  });
});

describe('late form and frames', () => {
  it('waitForForm resolves when the late form appears, false on timeout', async () => {
    page = loadPage('late-render.html');
    expect(await waitForForm(page.doc, 100)).toBe(false);
    const t0 = Date.now();
    expect(await waitForForm(page.doc, 3000)).toBe(true);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('reports formFound false on a page without the form, touching nothing', async () => {
    page = loadPage('x.html', 'https://www.asr.nl/', '<form><label for=e>E-mailadres</label><input id=e></form>');
    const report = await fillDocument(page.doc, VALUES, { ...FAST, waitForFormMs: 50 });
    expect(report.formFound).toBe(false);
    expect(report.fields.every((f) => f.status === 'not-found' || f.status === 'skipped')).toBe(true);
    expect(input(page, 'e').value).toBe('');
  });

  it('same-origin iframe: the host has no form, the frame document does (frame-agnostic fill)', async () => {
    // happy-dom creates a frame document only with iframe loading on; the src is dropped so
    // nothing is fetched, and the frame's page is written in (same origin: about:blank
    // inherits the host's origin).
    const host = readSite('iframe-host.html').replace(' src="iframe-form.html"', '');
    page = loadPage('iframe-host.html', 'https://www.asr.nl/zakelijk/aanmelden-salariskoppeling', host, { enableIframePageLoading: true });
    await new Promise((r) => setTimeout(r, 20));
    const iframe = page.doc.querySelector('iframe') as HTMLIFrameElement;
    const frameDoc = iframe.contentDocument!;
    frameDoc.write(readSite('iframe-form.html'));
    const frameWin = iframe.contentWindow as unknown as Record<string, unknown> & Window;
    new Function('window', 'document', frameDoc.querySelector('script')!.textContent!)(frameWin, frameDoc);

    expect(findFormDocument(page.doc)).toBe(frameDoc);
    const hostReport = await fillDocument(page.doc, VALUES, { ...FAST, waitForFormMs: 50 });
    expect(hostReport.formFound).toBe(false);
    const report = await fillDocument(frameDoc, VALUES, FAST);
    expect(report.formFound).toBe(true);
    expect(report.fields.every((f) => f.status === 'filled')).toBe(true);
    expect((frameWin.__seen as Record<string, unknown>).werkgeverId).toBe(VALUES.werkgeverId);
    expect(page.g.__hostSeen).toEqual({});
  });
});

describe('origin guard', () => {
  it('the a.s.r. form served from a look-alike origin stays empty', async () => {
    page = loadPage('plain-form.html', 'https://asr.nl.example.com/aanleveren-gegevens-eigen-beheer');
    expect(await fillAsrDocument(page.doc, VALUES, FAST)).toBeNull();
    expect(page.g.__seen).toEqual({});
    for (const el of Array.from(page.doc.querySelectorAll('input'))) {
      expect((el as HTMLInputElement).value, el.id).toBe((el as HTMLInputElement).type === 'radio' ? (el as HTMLInputElement).value : '');
      expect((el as HTMLInputElement).checked).toBe(false);
    }
  });

  it('the same page on www.asr.nl is filled', async () => {
    page = loadPage('plain-form.html', 'https://www.asr.nl/aanleveren-gegevens-eigen-beheer');
    const report = await fillAsrDocument(page.doc, VALUES, FAST);
    expect(report?.formFound).toBe(true);
  });
});
