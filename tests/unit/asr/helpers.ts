// Load a simulated a.s.r. page into its own happy-dom Window (its own realm, like a frame)
// and run the page's inline scripts against it, so the page's own listeners record what
// they saw. happy-dom does not evaluate scripts by default; we run them explicitly.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import type { FillValues } from '../../../utils/asr/types';

export const SITES = resolve(__dirname, '../../sites/asr');

export function readSite(name: string): string {
  return readFileSync(resolve(SITES, name), 'utf8');
}

export interface LoadedPage {
  win: Window;
  doc: Document;
  /** The page's recorder globals (window.__seen etc.). */
  g: Record<string, unknown> & { __seen: Record<string, unknown>; __submitted: boolean; __events: string[] };
  close(): Promise<void>;
}

export function runScripts(win: Window, doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if (script.getAttribute('type') && script.getAttribute('type') !== 'text/javascript') continue;
    // The page scripts only use window.* and document.* (no bare globals), so running them
    // with these two bound is running them in the page.
    new Function('window', 'document', script.textContent ?? '')(win, doc);
  }
}

export function loadPage(
  name: string,
  url = 'https://www.asr.nl/zakelijk/aanleveren-gegevens-eigen-beheer',
  html?: string,
  settings: Record<string, unknown> = {},
): LoadedPage {
  // happy-dom's settings type is partial-deep; a plain record keeps the call sites short.
  const win = new Window({ url, width: 1280, height: 900, settings: settings as never });
  // happy-dom's Document type differs from lib.dom's; the DOM API used is the same.
  const doc = win.document as unknown as Document;
  doc.write(html ?? readSite(name));
  runScripts(win, doc);
  return {
    win,
    doc,
    g: win as unknown as LoadedPage['g'],
    close: () => win.happyDOM.close(),
  };
}

export const VALUES: FillValues = {
  bedrijfsnaam: 'Salarisbureau De Vries B.V.',
  email: 'koppelingen@devries-salaris.nl',
  raamwerkcontractnummer: 'A020123456',
  loonheffingennummer: '123456782L01',
  werkgeverId: 'b14acd0d-75d7-4fc8-8b22-4a3924585cab',
  hasDga: true,
  dgas: [
    { naam: 'Jan de Vries', personeelsnummer: '1001' },
    { naam: 'Petra Jansen', personeelsnummer: '1002' },
    { naam: 'Karel Bakker', personeelsnummer: '1003' },
  ],
  verloning: '4weken',
  dertiendeMaand: true,
};

export const FAST = { overwriteConflicts: false, waitForFormMs: 1500, rowWaitMs: 1000, highlightMs: 0 };

export function statuses(report: { fields: { field: string; index?: number; status: string }[] }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of report.fields) out[f.index === undefined ? f.field : `${f.field}.${f.index}`] = f.status;
  return out;
}

/** Every field of VALUES reported as filled (keys as `statuses` gives them). */
export const ALL_FILLED: Record<string, string> = Object.fromEntries(
  [
    'bedrijfsnaam', 'email', 'raamwerkcontractnummer', 'loonheffingennummer', 'werkgeverId', 'hasDga', 'verloning', 'dertiendeMaand',
    'dgaNaam.0', 'dgaPersoneelsnummer.0', 'dgaNaam.1', 'dgaPersoneelsnummer.1', 'dgaNaam.2', 'dgaPersoneelsnummer.2',
  ].map((k) => [k, 'filled']),
);

/** What a page's own listeners must have seen for the text fields after filling VALUES. */
export const TEXT_SEEN: Record<string, string> = {
  bedrijfsnaam: VALUES.bedrijfsnaam,
  email: VALUES.email,
  raamwerkcontractnummer: VALUES.raamwerkcontractnummer,
  loonheffingennummer: VALUES.loonheffingennummer,
  werkgeverId: VALUES.werkgeverId,
  'dgaNaam.0': 'Jan de Vries',
  'dgaPersoneelsnummer.0': '1001',
  'dgaNaam.1': 'Petra Jansen',
  'dgaPersoneelsnummer.1': '1002',
  'dgaNaam.2': 'Karel Bakker',
  'dgaPersoneelsnummer.2': '1003',
};

/** Report labels keyed like `statuses`, to compare with how a page words its fields. */
export function labelsOf(report: { fields: { field: string; index?: number; label?: string }[] }): Record<string, string | undefined> {
  return Object.fromEntries(report.fields.map((f) => [f.index === undefined ? f.field : `${f.field}.${f.index}`, f.label]));
}
