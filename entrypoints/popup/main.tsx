import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootPopup } from '@/components/usePopupData';
import { siteOf } from '@/utils/sites';
import './style.css';

const boot = bootPopup(location.search);
// Parts split off the first-paint bundle start loading now, beside the storage reads.
void import('@/components/EmployerEditor');
void import('@/components/EmployerSwitcher');
void boot.target.then((tab) => (siteOf(tab?.url) === 'asr' ? import('@/components/FillPanel') : undefined));
createRoot(document.getElementById('root')!).render(<App boot={boot} />);
