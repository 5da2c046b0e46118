// The panel on a Loket.nl rights page, kept current: the page is read again (the reader's own
// rights reading, utils/loket/pages/rights.ts) shortly after it changes, so a right switched on
// shows at once, without waiting for storage or the background.

import { scanPage } from '../loket/page-scan';
import { read } from '../loket/pages/rights';
import type { EmployerRef, StoredCheck } from '../rights/checklist';
import type { Lang } from '../i18n/table';
import { teamPanel, userPanel } from './model';
import { locateRights } from './marks';
import { mountPanel, type PanelView } from './view';

/** What the page cannot know: the stored checks (teams among them), the employer in question, the language. */
export interface PanelContext {
  checks: StoredCheck[];
  employer?: EmployerRef;
  lang: Lang;
}

export interface PanelApi {
  context(): Promise<PanelContext | undefined>;
  copy(text: string): Promise<boolean>;
}

/**
 * The attributes the rights reading looks at (a switch's state, markup hiding, a state icon's
 * words); a class or any other attribute cannot change what it reads, so spinners and hover
 * styles cost nothing.
 */
const WATCHED_ATTRIBUTES = ['aria-checked', 'checked', 'hidden', 'style', 'value', 'aria-label', 'title', 'aria-labelledby'];

export interface PanelOptions {
  /** Coalesces a burst of changes into one read. Default 16 ms (one frame). */
  debounceMs?: number;
  /** Told after each render: tests and the bench count reads. */
  onRender?: () => void;
}

export interface RunningPanel {
  /** The stored context changed (a team's page was read meanwhile): ask again and redraw. */
  refreshContext(): void;
  stop(): void;
  /** For tests: the view, when shown. */
  view(): PanelView | null;
}

export function startPanel(doc: Document, api: PanelApi, opts: PanelOptions = {}): RunningPanel {
  const win = (doc.defaultView ?? globalThis) as Window & typeof globalThis;
  const debounceMs = opts.debounceMs ?? 16;
  let context: PanelContext = { checks: [], lang: 'nl' };
  let view: PanelView | null = null;
  /** Dismissed on this address: shown again only on another page (route). */
  let dismissedOn: string | null = null;
  let timer: number | undefined;
  let frame: number | undefined;
  let stopped = false;

  const render = (): void => {
    timer = undefined;
    if (stopped) return;
    const body = doc.body;
    if (dismissedOn !== null && dismissedOn !== win.location.href) dismissedOn = null;
    const page = body ? scanPage(body) : null;
    const capture = page && body ? read(body, page) : null;
    // Not (or no longer) a rights page, or dismissed here: no panel.
    if (!capture || !page || !body || dismissedOn !== null) {
      view?.remove();
      view = null;
      return;
    }
    const model = capture.kind === 'team' ? teamPanel(capture, context.employer, context.lang) : userPanel(capture, context.checks, context.employer, context.lang);
    if (!view) {
      view = mountPanel(doc, {
        dismiss: () => {
          dismissedOn = win.location.href;
          view?.remove();
          view = null;
        },
        copy: (text) => api.copy(text),
      });
      doc.documentElement.appendChild(view.host);
    }
    view.render(model, locateRights(page, body));
    opts.onRender?.();
  };

  const schedule = (): void => {
    if (stopped || timer !== undefined) return;
    timer = win.setTimeout(render, debounceMs);
  };

  const observer = new win.MutationObserver(schedule);
  if (doc.body)
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  // A native checkbox changes its `checked` property only: no mutation, but an event.
  const listen: AddEventListenerOptions = { capture: true, passive: true };
  doc.addEventListener('change', schedule, listen);
  doc.addEventListener('input', schedule, listen);
  win.addEventListener('popstate', schedule, listen);
  const reposition = (): void => {
    if (frame !== undefined) return;
    frame = win.requestAnimationFrame(() => {
      frame = undefined;
      view?.place();
    });
  };
  win.addEventListener('scroll', reposition, listen);
  win.addEventListener('resize', reposition, listen);

  /** The newest request: an older answer arriving after it (one capture asks twice) is dropped. */
  let asked = 0;
  const refreshContext = (): void => {
    const request = ++asked;
    void api
      .context()
      .catch(() => undefined)
      .then((next) => {
        if (request !== asked) return;
        if (next) context = next;
        render();
      });
  };
  // The first paint waits for the context: drawn without the teams, rights held through a team
  // would be announced as missing for a moment.
  refreshContext();

  return {
    refreshContext,
    view: () => view,
    stop() {
      stopped = true;
      observer.disconnect();
      if (timer !== undefined) win.clearTimeout(timer);
      doc.removeEventListener('change', schedule, listen);
      doc.removeEventListener('input', schedule, listen);
      win.removeEventListener('popstate', schedule, listen);
      win.removeEventListener('scroll', reposition, listen);
      win.removeEventListener('resize', reposition, listen);
      view?.remove();
      view = null;
    },
  };
}
