import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootPopup } from '@/components/usePopupData';
import './style.css';

const boot = bootPopup(location.search);
createRoot(document.getElementById('root')!).render(<App boot={boot} />);
