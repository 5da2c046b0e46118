// The panel's DOM: a host outside <body> (the readers scan <body> only, so the panel's own words
// are never read as the page's rights) with an open shadow root holding its own styles. Fixed
// position: the page's content never moves. The marks beside the page's rights are fixed boxes
// in the same root, drawn over the page, never inserted into it.

import { translate, type Lang } from '../i18n/table';
import { PANEL_TEXT } from '../i18n/rights-panel';
import type { RightName } from '../loket/types';
import type { PanelLine, PanelModel } from './model';
import type { CheckState as CheckStateName } from '../rights/checklist';

export const PANEL_HOST_TAG = 'koppelhulp-rechten';

/** Inline and !important: the page's style sheets cannot hide or move the host. */
const HOST_STYLE =
  'all:initial!important;display:block!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;' +
  'z-index:2147483646!important;visibility:visible!important;opacity:1!important';

const COLORS = { granted: '#047857', missing: '#b91c1c', undetermined: '#92400e', unchecked: '#475569' } as const;
const SIGN = { granted: '✓', missing: '✗', undetermined: '?', unchecked: '–' } as const;

const CSS =
  `.panel{position:fixed;right:16px;bottom:16px;width:360px;max-width:calc(100vw - 32px);max-height:70vh;overflow:auto;box-sizing:border-box;` +
  `font:13px/1.4 system-ui,sans-serif;color:#0f172a;background:#fff;border:2px solid #075985;border-radius:8px;box-shadow:0 4px 16px #0004;padding:10px 12px}` +
  `.head{display:flex;gap:6px;align-items:flex-start}h2{font-size:14px;margin:0;flex:1}` +
  `button,a.btn{font:inherit;font-size:12px;color:#075985;background:#f0f9ff;border:1px solid #075985;border-radius:5px;padding:3px 8px;cursor:pointer;text-decoration:none;display:inline-block}` +
  `button:focus-visible,a:focus-visible{outline:3px solid #0284c7;outline-offset:2px}` +
  `.x{border:0;background:none;font-size:16px;line-height:1;padding:2px 6px}` +
  `p{margin:6px 0}.verdict{font-weight:600}ul{list-style:none;margin:4px 0;padding:0}li{padding:2px 0;border-top:1px solid #e2e8f0}` +
  `.st{font-weight:600}.note{display:block;color:#475569;font-size:12px}` +
  Object.entries(COLORS).map(([s, c]) => `[data-state=${s}] .st{color:${c}}.mark[data-state=${s}]{border-color:${c}}.mark[data-state=${s}] span{background:${c}}`).join('') +
  `.mark{position:fixed;box-sizing:border-box;border:2px solid;border-radius:4px;pointer-events:none}` +
  `.mark span{position:absolute;top:50%;right:calc(100% + 3px);transform:translateY(-50%);width:18px;height:18px;border-radius:50%;color:#fff;font:700 12px/18px system-ui,sans-serif;text-align:center}` +
  `.mark.inside span{right:auto;left:2px}.mail{display:flex;gap:6px;flex-wrap:wrap}.small{font-size:11px;color:#475569}[hidden]{display:none!important}`;

export interface PanelView {
  host: HTMLElement;
  root: ShadowRoot;
  render(model: PanelModel, marks: Map<RightName, Element>): void;
  /** Puts the marks back over their rows (after scrolling or a resize). */
  place(): void;
  remove(): void;
}

export interface ViewActions {
  dismiss(): void;
  copy(text: string): Promise<boolean>;
}

export function mountPanel(doc: Document, actions: ViewActions): PanelView {
  doc.querySelectorAll(PANEL_HOST_TAG).forEach((old) => old.remove());
  const host = doc.createElement(PANEL_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, parent: Node, attrs: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    parent.appendChild(node);
    return node;
  };
  el('style', root).textContent = CSS;
  const marksLayer = el('div', root, { 'aria-hidden': 'true' });
  const panel = el('section', root, { class: 'panel', role: 'region' });
  const head = el('div', panel, { class: 'head' });
  const title = el('h2', head, { id: 'title' });
  const toggle = el('button', head, { type: 'button', 'aria-expanded': 'true' });
  const close = el('button', head, { type: 'button', class: 'x' }, '×');
  panel.setAttribute('aria-labelledby', 'title');
  // Announced politely: what changed, in one sentence, not the whole panel again.
  const live = el('p', panel, { class: 'verdict', 'aria-live': 'polite', role: 'status' });
  const body = el('div', panel);
  let lang: Lang = 'nl';
  let collapsed = false;
  let placed: Array<[HTMLElement, Element]> = [];
  let copyText = '';
  /** What is drawn: redrawn only when it changes, so keyboard focus in the panel survives the page's other changes. */
  let drawnModel = '';
  let drawnMarks: Array<[string, CheckStateName, Element]> = [];

  toggle.addEventListener('click', () => {
    collapsed = !collapsed;
    body.hidden = collapsed;
    toggle.setAttribute('aria-expanded', String(!collapsed));
    toggle.textContent = translate(PANEL_TEXT, collapsed ? 'expand' : 'collapse', lang);
  });
  close.addEventListener('click', () => actions.dismiss());

  const lineItem = (list: HTMLElement, l: PanelLine) => {
    const li = el('li', list, { 'data-state': l.state });
    el('span', li, {}, `${l.label}: `);
    el('span', li, { class: 'st' }, `${SIGN[l.state]} ${l.stateText}`);
    if (l.note) el('span', li, { class: 'note' }, l.note);
  };

  const place = (): void => {
    for (const [mark, target] of placed) {
      const r = target.getBoundingClientRect();
      const shown = r.width > 0 && r.height > 0;
      mark.hidden = !shown;
      if (!shown) continue;
      mark.style.cssText = `left:${r.left - 3}px;top:${r.top - 2}px;width:${r.width + 6}px;height:${r.height + 4}px`;
      // The sign left of the row, where lists keep a margin; inside its left end when there is none.
      mark.classList.toggle('inside', r.left < 24);
    }
  };

  return {
    host,
    root,
    place,
    render(model, marks) {
      const wanted = model.rights.flatMap((r): Array<[string, CheckStateName, Element]> => {
        const target = marks.get(r.right);
        return target ? [[r.right, r.state, target]] : [];
      });
      // The list says which rights the page does not show, so which are marked is part of it.
      const modelKey = `${JSON.stringify(model)}|${wanted.map((w) => w[0]).join()}`;
      const sameMarks = wanted.length === drawnMarks.length && wanted.every((w, i) => w.every((part, j) => part === drawnMarks[i]![j]));
      if (modelKey === drawnModel && sameMarks) return place();
      drawnMarks = wanted;
      if (modelKey !== drawnModel) drawBody(model, marks);
      drawnModel = modelKey;
      marksLayer.replaceChildren();
      placed = [];
      for (const [right, state, target] of wanted) {
        const mark = el('div', marksLayer, { class: 'mark', 'data-state': state, 'data-right': right });
        // A sign only: the words (and where a right comes from) are in the panel's list, which
        // screen readers read; the marks are drawn for the eye and hidden from them.
        el('span', mark, {}, SIGN[state]);
        placed.push([mark, target]);
      }
      place();
    },
    remove() {
      host.remove();
    },
  };

  function drawBody(model: PanelModel, marks: Map<RightName, Element>): void {
    lang = model.lang;
    title.textContent = model.title;
    close.setAttribute('aria-label', translate(PANEL_TEXT, 'close', lang));
    close.title = translate(PANEL_TEXT, 'close', lang);
    toggle.textContent = translate(PANEL_TEXT, collapsed ? 'expand' : 'collapse', lang);
    panel.setAttribute('lang', lang);
    if (live.textContent !== model.announce) live.textContent = model.announce;
    body.replaceChildren();
    const rights = el('ul', body, { 'aria-label': lang === 'nl' ? 'De zes rechten' : 'The six rights' });
    for (const r of model.rights) {
      lineItem(rights, marks.has(r.right) ? r : { ...r, note: [r.note, translate(PANEL_TEXT, 'notOnPage', lang)].filter(Boolean).join(' – ') });
    }
    if (model.conditions.length) {
      const conditions = el('ul', body, { 'aria-label': lang === 'nl' ? 'Voorwaarden' : 'Conditions' });
      for (const c of model.conditions) lineItem(conditions, c);
    }
    if (model.context) el('p', body, { class: 'small' }, model.context);
    el('p', body, { class: 'st' }, translate(PANEL_TEXT, 'mailTitle', lang));
    if (model.mail) {
      copyText = model.mail.text;
      const mail = el('div', body, { class: 'mail' });
      el('a', mail, { class: 'btn', href: model.mail.href }, translate(PANEL_TEXT, 'mailOpen', lang));
      const copy = el('button', mail, { type: 'button' }, translate(PANEL_TEXT, 'mailCopy', lang));
      copy.addEventListener('click', () => {
        void actions.copy(copyText).then((ok) => {
          if (ok) live.textContent = translate(PANEL_TEXT, 'mailCopied', lang);
        });
      });
    } else el('p', body, {}, translate(PANEL_TEXT, 'mailNothing', lang));
    el('p', body, { class: 'small' }, translate(PANEL_TEXT, 'touchesNothing', lang));
  }
}
