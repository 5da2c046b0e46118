// What every library page shares: the form's values as the tests expect them, the hooks the
// tests read (window.__formState, window.__submitted), and mounting.
import { StrictMode, useEffect, useRef, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

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

/** React state as the tests see it: always the latest committed value. */
export function useExposedState(state: unknown): void {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => exposeState(() => latest.current), []);
}

/** The submit handler of every page: counts, and never leaves the page. */
export function countSubmit(event?: { preventDefault(): void }): void {
  event?.preventDefault();
  pageWindow().__submitted = (pageWindow().__submitted ?? 0) + 1;
}

/** Which variant the template asks for (`<body data-variant="...">`), '' for the plain page. */
export const variant = (): string => document.body.dataset.variant ?? '';

export function mount(app: ReactNode): void {
  pageWindow().__submitted = 0;
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in the page template');
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
