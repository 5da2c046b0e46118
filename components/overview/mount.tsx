import { flushSync } from 'react-dom';
import type { Root } from 'react-dom/client';
import type { readFirstPaint } from '../../utils/overview/store';
import { OverviewApp } from './OverviewApp';

type FirstPaint = Awaited<ReturnType<typeof readFirstPaint>>;

/**
 * How long the page may stay blank waiting for its first read before it says "Laden…". The read
 * has usually ended before the bundle runs; a "Laden…" render and paint would then only sit on
 * the way to the rows.
 */
export const LOADING_AFTER_MS = 150;

/** Renders the overview into `root`: at once with the rows once `first` is read, or "Laden…" while it takes long. */
export function mountOverview(root: Root, first: Promise<FirstPaint>, loadingAfterMs = LOADING_AFTER_MS): void {
  const render = (initial?: FirstPaint) => root.render(<OverviewApp first={first} initial={initial} />);
  const loading = setTimeout(render, loadingAfterMs);
  first.then(
    (read) => {
      clearTimeout(loading);
      // Now rather than in a task of React's scheduler: no frame of an empty page before the rows.
      flushSync(() => render(read));
    },
    () => {
      clearTimeout(loading);
      render(); // OverviewApp shows the failure
    },
  );
}
