import { createRoot } from 'react-dom/client';
import { OverviewApp } from '@/components/overview/OverviewApp';
import { readFirstPaint } from '@/utils/overview/store';
import './style.css';

// The index is read while React and the page load: both are on the path to the first rows.
const first = readFirstPaint();
// Marks for `npm run bench` (tests/bench/overview.mjs): where the time to the first rows goes.
void first.then(() => performance.mark('overview:storage-read'));
createRoot(document.getElementById('root')!).render(<OverviewApp first={first} />);
