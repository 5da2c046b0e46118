// The fill button on a.s.r.'s form page, in the page's DOM but out of its reach: a host element
// with a CLOSED shadow root holding its own styles, so the page's CSS cannot restyle it and its
// scripts cannot read or press it. It acts only on a person's click or key press
// (event.isTrusted); a page script's click() or dispatchEvent does nothing. It never fills by
// itself: only when pressed, and then the background decides for which employer.

import type { ButtonConfirm, ButtonView, FillButtonReply } from './messages';

/** The form's name as a.s.r. shows it in the tab title and first heading. */
const FORM_NAME = 'aanleveren gegevens in eigen beheer';
const normal = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').toLowerCase();

/**
 * Is this the form page? Decided by what a person sees first, the tab title or the first
 * heading naming the form: two reads, never a walk of the form (the filler does no work until
 * asked). The URL where the form was last found (asrFormUrl) is not used: it is known only
 * after a first fill or popup probe, and a.s.r. may add query or session parts to it.
 */
export function isFormPage(doc: Document): boolean {
  return normal(doc.title).includes(FORM_NAME) || normal(doc.querySelector('h1')?.textContent).includes(FORM_NAME);
}

export interface FillButtonApi {
  /** What to show (asked when the button appears and when the stored data changes). */
  state(): Promise<ButtonView | undefined>;
  /**
   * A person pressed the button showing `employer` (the view's line), confirming what it asked;
   * `press`: the view's message when the press is not a fill (record the send, open the next form).
   */
  fill(employer: string, confirm?: ButtonConfirm, press?: string): Promise<FillButtonReply | undefined>;
}

/**
 * Inline and !important: a style attribute's important declarations win over every rule of
 * the page's style sheets (`* { display: none !important }` included); `all: initial` first
 * resets whatever else the page sets on every element.
 */
export const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;right:16px!important;bottom:16px!important;' +
  'z-index:2147483647!important;visibility:visible!important;opacity:1!important;pointer-events:auto!important';

/**
 * The host's box is the button alone; the employer and status lines stand above it
 * (positioned), so the button is what a click on the middle of the host reaches.
 */
const CSS =
  '.box{position:relative;font:14px/1.4 system-ui,sans-serif;color:#0f172a}' +
  '.info{position:absolute;right:0;bottom:calc(100% + 4px);width:max-content;max-width:340px;display:grid;gap:4px;justify-items:end}' +
  'p{margin:0;font-size:12px;background:#fff;border:1px solid #0369a1;border-radius:6px;padding:4px 8px;box-shadow:0 2px 8px #0003}p:empty{display:none}' +
  'button{font:inherit;font-weight:600;color:#fff;background:#075985;border:0;border-radius:6px;padding:8px 14px;margin:0;cursor:pointer;box-shadow:0 2px 8px #0004}' +
  'button:hover{background:#0c4a6e}button:focus-visible{outline:3px solid #0284c7;outline-offset:2px}button[aria-busy=true]{cursor:progress}';

const HOST_TAG = 'koppelhulp-invullen';

export interface MountedButton {
  host: HTMLElement;
  refresh(): Promise<void>;
  remove(): void;
}

/** `root` is returned for tests only; the content script never hands it to the page. */
export function mountFillButton(doc: Document, api: FillButtonApi): MountedButton & { root: ShadowRoot } {
  // A script of an older version of the extension (Firefox injects the new one into open tabs
  // on an update) may have left its button: one button per page.
  doc.querySelectorAll(HOST_TAG).forEach((old) => old.remove());
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  // Built node by node: no markup parsing in a content script (web-ext lint flags innerHTML).
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, attrs: Record<string, string> = {}) => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    parent.appendChild(node);
    return node;
  };
  el('style', root).textContent = CSS;
  const box = el('div', root, { class: 'box' });
  const info = el('div', box, { class: 'info' });
  const who = el('p', info, { id: 'who' });
  const note = el('p', info, { id: 'note', role: 'status' });
  const button = el('button', box, { type: 'button', 'aria-describedby': 'who note' });
  let view: ButtonView | undefined;
  /** The last fill's one-line result; it stays while the stored data changes (the stage does). */
  let status = '';
  /** The employer line `status` was said under: a fill's result belongs to that employer only. */
  let statusFor = '';
  let busy = false;
  let removed = false;
  const show = (next: ButtonView | undefined) => {
    if (!next || removed) return;
    // Shown once there is something to say: a script cut off from the extension shows nothing.
    // On <html>, outside <body>: a single-page app re-rendering its body does not take it away.
    if (!host.isConnected) doc.documentElement.append(host);
    view = next;
    if (next.employer !== statusFor) status = '';
    // A line this page said is said again in the language chosen since (a fresh page says none).
    else if (status && next.status) status = next.status;
    box.lang = next.lang;
    button.textContent = next.label;
    who.textContent = next.employer;
    // "Al verstuurd" outranks an earlier fill's line: a second registration is the costlier mistake.
    note.textContent = next.note || next.warn || status;
  };
  button.addEventListener('click', (event) => {
    // A page script's click() or dispatched event is not trusted: only a person fills.
    if (!event.isTrusted || busy || !view) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    note.textContent = view.busy;
    statusFor = view.employer;
    void api
      .fill(view.employer, view.confirm, view.press)
      .then((reply) => {
        // No answer: the extension was updated or reloaded since this page was opened.
        status = reply?.status ?? view!.reload;
        statusFor = reply?.view.employer ?? statusFor;
        show(reply?.view ?? view);
        note.textContent = status;
      })
      .finally(() => {
        busy = false;
        button.removeAttribute('aria-busy');
      });
  });
  // A page script that rewrites the host's style attribute gets it put back.
  new (doc.defaultView ?? window).MutationObserver(() => {
    if (host.getAttribute('style') !== HOST_STYLE) host.setAttribute('style', HOST_STYLE);
  }).observe(host, { attributes: true, attributeFilter: ['style'] });
  const remove = () => {
    removed = true;
    host.remove();
  };
  return { host, root, refresh: () => api.state().then(show, () => undefined), remove };
}

/**
 * Shows the button while the page is the form page. A single-page app changes route without a
 * load: the title changes (watched in <head> only) or history moves; a late first heading is
 * looked for twice more. `onDataChange` re-asks what to show when the stored data changes.
 */
export function watchFormPage(doc: Document, api: FillButtonApi, onDataChange?: (refresh: () => void) => void): { keep(): void } {
  const win = doc.defaultView!;
  let mounted: MountedButton | null = null;
  /** Shown on a page that is not the form too: the confirmation after the user's own send. */
  let kept = false;
  const check = () => {
    const form = kept || isFormPage(doc);
    if (form && !mounted) {
      mounted = mountFillButton(doc, api);
      void mounted.refresh();
    } else if (!form && mounted) {
      mounted.remove();
      mounted = null;
    }
  };
  check();
  if (doc.head) new win.MutationObserver(check).observe(doc.head, { childList: true, subtree: true, characterData: true });
  win.addEventListener('popstate', check);
  win.addEventListener('hashchange', check);
  for (const ms of [1000, 3000]) win.setTimeout(check, ms);
  onDataChange?.(() => void mounted?.refresh());
  return {
    keep() {
      kept = true;
      check();
      void mounted?.refresh();
    },
  };
}
