import { createRoot } from 'react-dom/client';
import { mountOverview } from '../../components/overview/mount';
import { readFirstPaint } from '../../utils/overview/store';
import { OVERVIEW_FIRST_READ_GLOBAL, type OverviewFirstRead } from '../../utils/overview/first-read';
import './style.css';

// The index is read while React and the page load (started by overview-first-read.js, which
// overview.html loads ahead of this bundle): both are on the path to the first rows.
const first = readFirstPaint((globalThis as Record<string, unknown>)[OVERVIEW_FIRST_READ_GLOBAL] as Promise<OverviewFirstRead> | undefined);
// Marks for `npm run bench` (tests/bench/overview.mjs): where the time to the first rows goes.
void first.then(() => performance.mark('overview:storage-read'));
mountOverview(createRoot(document.getElementById('root')!), first);
