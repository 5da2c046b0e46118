// Walking a page the way it is shown: the light tree, open shadow roots (web components such
// as a widget library's <x-radio>), and, when asked, same-origin frames. Both sites read
// through these, so a component or a frame is never invisible to one of them only.

export type WalkStep = 'enter' | 'skip' | 'skip-siblings';

export interface WalkOptions {
  /** Enter open shadow roots (closed ones cannot be reached). Default true. */
  shadow?: boolean;
  /**
   * Enter same-origin <iframe>/<frame> documents. Default false: both content scripts run in
   * every frame (allFrames), so each frame is read by its own script; only a reader that runs
   * in the top frame alone should ask for frames.
   */
  frames?: boolean;
}

/** The document inside a same-origin frame element; null for other elements and foreign origins. */
export function frameDocument(el: Element): Document | null {
  const tag = el.tagName.toUpperCase();
  if (tag !== 'IFRAME' && tag !== 'FRAME') return null;
  try {
    // Reading contentDocument of a cross-origin frame returns null (or throws in old engines).
    return (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The open shadow root of an element, or null. */
export function openShadowRoot(el: Element): ShadowRoot | null {
  return (el as HTMLElement).shadowRoot ?? null;
}

/**
 * Visits every node below `root` in the order a page shows them: an element, then its open
 * shadow tree, then its light children (slotted ones among them), then a same-origin frame's
 * document when `frames` is on. `visit` decides per node: 'enter' (default) goes on into its
 * children, 'skip' leaves its subtree out, 'skip-siblings' also leaves the rest of its
 * parent's children out (e.g. the 5,001st row of an overview).
 */
export function walkTree(root: Node, visit: (node: Node) => WalkStep | void, opts: WalkOptions = {}): void {
  const shadow = opts.shadow !== false;
  const frames = opts.frames === true;
  const walkChildren = (parent: Node): void => {
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      const step = visit(c);
      if (step === 'skip-siblings') return;
      if (step === 'skip' || c.nodeType !== 1) continue;
      const el = c as Element;
      if (shadow) {
        const sr = openShadowRoot(el);
        if (sr) walkChildren(sr);
      }
      if (frames) {
        const doc = frameDocument(el);
        if (doc) walkChildren(doc);
      }
      walkChildren(el);
    }
  };
  walkChildren(root);
}

/** Every element under `root` matching `selector`, open shadow roots included, in walk order. */
export function deepQueryAll<T extends Element = Element>(root: ParentNode, selector: string, opts: WalkOptions = {}): T[] {
  const out: T[] = [];
  walkTree(root as Node, (node) => {
    if (node.nodeType === 1 && (node as Element).matches(selector)) out.push(node as T);
  }, opts);
  return out;
}

/** The parent a person sees: parentElement, or across a shadow boundary the host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  // A shadow root's children belong to its host (nodeType 11 with a host).
  return (parent as ShadowRoot).host ?? null;
}

/** closest() that continues above a shadow root into the host's tree. */
export function closestDeep(el: Element, selector: string): Element | null {
  for (let cur: Element | null = el; cur; ) {
    const hit = cur.closest(selector);
    if (hit) return hit;
    const top = cur.getRootNode() as ShadowRoot | Document;
    cur = 'host' in top ? top.host : null;
  }
  return null;
}
