// The seam between the filler (asr.js) and the further ways a person operates a select
// (more-ways.ts, its own script asr-ways.js, injected with the filler): the filler's 16 kB budget
// holds only this lookup. Without them (a unit test of the filler alone) the filler works as before.

/** Further ways to open a select and to choose in it, tried only when the direct way did not take. */
export interface MoreWays {
  /** Press the select's chevron, then its label, then open it with keys; true once `opened()`. */
  open(el: HTMLElement, opened: () => boolean): Promise<boolean>;
  /**
   * Type the first letters of the option that `means` (type-ahead), letter by letter, until
   * `chosen()`; an option only made active is confirmed with Enter. Never types into a text box.
   */
  typeAhead(el: HTMLElement, desired: string, means: (text: string) => boolean, chosen: () => boolean): Promise<boolean>;
}

export const WAYS_KEY = Symbol.for('kh.asr.ways');

export const moreWays = (): MoreWays | undefined => (globalThis as Record<symbol, MoreWays | undefined>)[WAYS_KEY];
