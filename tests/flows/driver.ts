import { join } from 'node:path';
// One description of the end-to-end flows, two drivers: Playwright drives Chromium
// (tests/flows/chromium.ts), puppeteer-core drives Firefox over WebDriver BiDi
// (tests/flows/firefox.ts). Flows (tests/flows/flows.ts) see only what is declared here.

/** What a user finds an element by: its role and accessible name, or a form control's label. */
export type Target =
  | { role: string; name?: string; within?: Target }
  | { label: string; within?: Target }
  | { css: string; within?: Target };

export interface Element {
  /** Runs `fn` in the page on the element (serialised: no closures over test variables). */
  evaluate<R, A = undefined>(fn: (element: HTMLElement, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real click (trusted input events), as a user makes it. */
  click(): Promise<void>;
  /** Replaces a text field's value by typing, as a user does. */
  fill(value: string): Promise<void>;
}

export interface Tab {
  /** The address the tab was last sent to. */
  url(): string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page's own world (what the page's scripts see). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Every element matching `target` right now, in document order. */
  all(target: Target): Promise<Element[]>;
  close(): Promise<void>;
}

export interface Driver {
  readonly browser: 'chromium' | 'firefox';
  /** A new tab at `url`; https addresses of Loket.nl and a.s.r. are served from tests/sites. */
  open(url: string): Promise<Tab>;
  /** The popup as a page acting on `tab` (`popup.html?tabId=N`: a toolbar cannot be clicked). */
  openPopup(tab: Tab): Promise<Tab>;
  /** Everything in the extension's storage.local, read by the extension itself. */
  readStorage(): Promise<Record<string, unknown>>;
  writeStorage(items: Record<string, unknown>): Promise<void>;
  /** Every URL requested so far by pages or the extension, except the extension's own files and data:/blob: URLs (no network). */
  requests(): string[];
  /** A full-page screenshot under tests/artifacts, to look at (never compared). */
  screenshot(tab: Tab, name: string): Promise<void>;
}

/** Retries `check` until it stops throwing; after `timeout` ms its last error is thrown. */
export async function eventually<T>(check: () => Promise<T>, timeout = 5000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

export const describeTarget = (t: Target): string => {
  const self = 'role' in t ? `${t.role} "${t.name ?? ''}"` : 'label' in t ? `field "${t.label}"` : t.css;
  return t.within ? `${self} in ${describeTarget(t.within)}` : self;
};

/** The one element matching `target`, waited for; more than one is an error, as in Playwright. */
export function one(tab: Tab, target: Target, timeout = 5000): Promise<Element> {
  return eventually(async () => {
    const found = await tab.all(target);
    if (found.length !== 1) throw new Error(`${found.length} elements for ${describeTarget(target)} on ${tab.url()}`);
    return found[0]!;
  }, timeout);
}

export const valueOf = async (tab: Tab, target: Target) =>
  (await one(tab, target)).evaluate((e) => (e as HTMLInputElement).value);
export const isChecked = async (tab: Tab, target: Target) =>
  (await one(tab, target)).evaluate((e) => (e as HTMLInputElement).checked);
export const isDisabled = async (tab: Tab, target: Target) =>
  (await one(tab, target)).evaluate((e) => (e as HTMLButtonElement).disabled);
export const textOf = async (tab: Tab, target: Target) => (await one(tab, target)).evaluate((e) => e.textContent ?? '');
export const attributeOf = async (tab: Tab, target: Target, name: string) =>
  (await one(tab, target)).evaluate((e, n) => e.getAttribute(n), name);
/** The text of the elements `aria-describedby` points at: what a screen reader reads after the name. */
export const descriptionOf = async (tab: Tab, target: Target) =>
  (await one(tab, target)).evaluate((e) =>
    (e.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? e.ownerDocument.getElementById(id)?.textContent ?? '' : ''))
      .join(' ')
      .trim(),
  );

/** Where screenshots of the popup's main states go (looked at before an issue is resolved). */
export const SHOTS = join(process.cwd(), 'tests/artifacts/screenshots');
