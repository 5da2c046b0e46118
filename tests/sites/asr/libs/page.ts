// What every library page shares: the form's values as the tests expect them and the hooks
// the tests read (window.__formState, window.__submitted). No React here: the Shoelace page
// uses it too. React pages mount through react-page.tsx.

export interface Dga {
  naam: string;
  personeelsnummer: string;
}
export const EMPTY_DGA: Dga = { naam: '', personeelsnummer: '' };

/** The hooks a page offers the tests; read through `window` so each page can type its own state. */
interface PageWindow {
  __formState?: () => unknown;
  __submitted?: number;
}
const pageWindow = () => window as unknown as PageWindow;

/** Publishes how the page reads its framework's own state (not the DOM). */
export function exposeState(read: () => unknown): void {
  pageWindow().__formState = read;
  pageWindow().__submitted ??= 0;
}

/** The submit handler of every page: counts, and never leaves the page. */
export function countSubmit(event?: { preventDefault(): void }): void {
  event?.preventDefault();
  pageWindow().__submitted = (pageWindow().__submitted ?? 0) + 1;
}

/** Which variant the template asks for (`<body data-variant="...">`), '' for the plain page. */
export const variant = (): string => document.body.dataset.variant ?? '';
