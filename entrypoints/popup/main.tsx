import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bootPopup } from '../../utils/popup/load';
import { siteOf } from '../../utils/browser/sites';
import { EmployerEditorPart, EmployerSwitcherPart, FillPanelPart, ReadySummaryPart, RightsPanelPart } from '../../components/popup/parts';
import './style.css';

const boot = bootPopup(location.search);
// The first screen's parts split off this bundle load beside the storage reads; React gets the
// data once both are there, so the first paint with data does not suspend.
const partsLoaded = Promise.all([
  EmployerEditorPart.preload(),
  EmployerSwitcherPart.preload(),
  RightsPanelPart.preload(),
  ReadySummaryPart.preload(),
  boot.target.then((tab) => (siteOf(tab?.url) === 'asr' ? FillPanelPart.preload() : undefined)),
]);
const data = Promise.all([boot.data, partsLoaded]).then(([loaded]) => loaded);
const root = createRoot(document.getElementById('root')!);
// The data is usually there a moment after this bundle ran: the first render paints it, with no
// "Laden…" render before it. Only when it takes longer does that state show meanwhile.
const slow = setTimeout(() => root.render(<App boot={{ ...boot, data }} />), 150);
void Promise.all([boot.target, data]).then(
  ([target, loaded]) => {
    clearTimeout(slow);
    root.render(<App boot={{ ...boot, data, ready: { target, data: loaded } }} />);
  },
  () => {
    clearTimeout(slow);
    root.render(<App boot={{ ...boot, data }} />);
  },
);
