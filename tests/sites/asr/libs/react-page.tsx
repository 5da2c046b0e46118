// Mounting a React library page, and its React state as the tests read it.
import { StrictMode, useEffect, useRef, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { exposeState } from './page';

/** React state as the tests see it: always the latest committed value. */
export function useExposedState(state: unknown): void {
  const latest = useRef(state);
  latest.current = state;
  useEffect(() => exposeState(() => latest.current), []);
}

export function mount(app: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing in the page template');
  createRoot(root).render(<StrictMode>{app}</StrictMode>);
}
