import { browser } from 'wxt/browser';
import { startPanel, type PanelContext } from '../utils/rights-panel/page';
import { RIGHTS_PANEL_CONTEXT, RIGHTS_PANEL_REFRESH } from '../utils/messages/rights-panel';

const STARTED_KEY = Symbol.for('koppelhulp.rightsPanel');

// The panel on a Loket.nl rights page (utils/rights-panel/). Not a content script of the manifest:
// the background injects it into a frame only once the reader there delivered a rights or team
// capture, so ordinary Loket.nl pages never load it. It reads the page and draws over it; it
// changes nothing in Loket.nl and sends nothing off the machine.
export default defineUnlistedScript(() => {
  const world = globalThis as Record<symbol, unknown>;
  // Injected again with every new capture of this frame: one panel per frame.
  if (world[STARTED_KEY]) return;
  world[STARTED_KEY] = true;
  const panel = startPanel(document, {
    context: () => browser.runtime.sendMessage({ type: RIGHTS_PANEL_CONTEXT }).then((reply) => reply as PanelContext | undefined, () => undefined),
    copy: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
  });
  // A team's page read in another tab, or the popup's confirmation: the stored checks changed.
  browser.storage.onChanged.addListener((changes, area) => {
    if (!browser.runtime?.id) return panel.stop();
    if (area === 'local' && Object.keys(changes).some((key) => key === 'rights' || key === 'lastEmployerId' || key === 'chosenEmployerId' || key === 'settings')) panel.refreshContext();
  });
  // Another frame of this tab showed another employer: the helpdesk mail must name that one.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === RIGHTS_PANEL_REFRESH) panel.refreshContext();
  });
});
