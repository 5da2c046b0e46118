import { vi } from 'vitest';

/**
 * happy-dom has no layout: the overview table's scroller measures as a screenful and each row
 * as 44 px, so its virtual list renders rows as in a browser.
 */
export function fakeTableLayout(): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return new DOMRect(0, 0, 1200, this.tagName === 'TR' ? 44 : 800);
  });
  for (const [prop, size] of [['clientHeight', 800], ['offsetHeight', 800], ['clientWidth', 1200], ['offsetWidth', 1200]] as const)
    vi.spyOn(HTMLElement.prototype, prop, 'get').mockImplementation(function (this: HTMLElement) {
      return this.tagName === 'TR' && prop.endsWith('Height') ? 44 : size;
    });
}
