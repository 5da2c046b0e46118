// The a.s.r. content script runs on every a.s.r. page: until the popup asks, it must not read
// the page or watch it (no DOM walk, no style computation, no observer).
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import script from '../../../entrypoints/asr.content';

describe('asr.content.ts', () => {
  it('does no work on the page before a request arrives', () => {
    fakeBrowser.reset();
    document.body.innerHTML = '<form><label for="l">Loonheffingennummer</label><input id="l"></form>';
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    const style = vi.spyOn(window, 'getComputedStyle');
    const walk = vi.spyOn(Node.prototype, 'firstChild', 'get');
    const query = vi.spyOn(Element.prototype, 'querySelectorAll');
    const listen = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    // main's context argument is not used by this script.
    script.main(undefined as never);
    expect(listen).toHaveBeenCalledTimes(1);
    expect(observe).not.toHaveBeenCalled();
    expect(style).not.toHaveBeenCalled();
    expect(walk).not.toHaveBeenCalled();
    expect(query).not.toHaveBeenCalled();
  });
});
