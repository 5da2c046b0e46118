// The a.s.r. page's fill button as assistive technology and a person meet it (see asr-button.spec.ts):
// found in the accessibility tree, pressed with the mouse where it is drawn. Shared by the specs
// that drive it, so a fix to how it is read reaches all of them.
import type { CDPSession, Page } from '@playwright/test';

/**
 * The page's fill button, read and pressed through the accessibility tree. Also found while it
 * says "Bezig met invullen…", so a status read during a fill sees the fill's line, and after a
 * send, when it offers "Verstuurd op <date>" and then "Volgende: <employer>".
 */
export function pageButton(page: Page) {
  let session: CDPSession | undefined;
  const cdp = async () => (session ??= await page.context().newCDPSession(page));
  type AX = { role?: { value?: string }; name?: { value?: string }; backendDOMNodeId?: number };
  const node = async () =>
    ((await (await cdp()).send('Accessibility.getFullAXTree')).nodes as AX[]).find(
      (n) => n.role?.value === 'button' && n.backendDOMNodeId && /koppelhulp|link helper|overschrijven|opnieuw|bezig met invullen|^verstuurd op |^volgende: /i.test(n.name?.value ?? ''),
    );
  // `missing` while the button is not (yet) on the page: a poll waits for it instead of failing at
  // once (expect.poll does not retry a callback that throws; 1 of 3 runs read before it was added).
  const on = async <T>(fn: string, missing: T): Promise<T> => {
    const found = await node();
    if (!found) return missing;
    const { object } = await (await cdp()).send('DOM.resolveNode', { backendNodeId: found.backendDOMNodeId! });
    return ((await (await cdp()).send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: fn, returnByValue: true })).result.value as T) ?? missing;
  };
  return {
    name: async () => (await node())?.name?.value,
    /** Everything the box says: the button, the employer line and the status line. */
    text: () => on('function () { return this.parentNode.textContent }', ''),
    status: () => on('function () { return this.parentNode.querySelector("[role=status]").textContent }', ''),
    /** Background, colour, font size, display, visibility, width and height as drawn. */
    style: () =>
      on<string[]>(
        'function () { const s = getComputedStyle(this); const r = this.getBoundingClientRect(); return [s.backgroundColor, s.color, s.fontSize, s.display, s.visibility, String(Math.round(r.width)), String(Math.round(r.height))] }',
        [],
      ),
    /** Keyboard focus, as Tab would give it (DOM.focus reaches into the closed root). */
    focus: async () => {
      await (await cdp()).send('DOM.focus', { backendNodeId: (await node())!.backendDOMNodeId! });
    },
    click: async () => {
      const { model } = await (await cdp()).send('DOM.getBoxModel', { backendNodeId: (await node())!.backendDOMNodeId! });
      const q = model.border;
      await page.mouse.click((q[0]! + q[4]!) / 2, (q[1]! + q[5]!) / 2);
    },
  };
}
