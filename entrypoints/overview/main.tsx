import { createRoot } from 'react-dom/client';
import { OverviewApp } from '@/components/overview/OverviewApp';
import { readPortfolio } from '@/utils/overview/store';
import './style.css';

// Storage is read while React and the page load: both are on the path to the first rows.
const boot = readPortfolio();
createRoot(document.getElementById('root')!).render(<OverviewApp boot={boot} />);
