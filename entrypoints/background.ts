import { browser } from 'wxt/browser';
import { CaptureMessageSchema, isFromThisExtension } from '../utils/messages/captures';
import { saveCapture } from '../utils/store/save-capture';
import { ensureMigrated, migrateWhenLegacyAppears, MIGRATE_REQUEST } from '../utils/store/migrate';
import { siteOf } from '../utils/browser/sites';
import { showBadge } from '../utils/browser/show-badge';
import { listenForFillButton } from '../utils/asr-button/background';
import { ASR_FILLER_REQUEST, LOKET_READER_FILE, LOKET_READER_REQUEST } from '../utils/messages/ping';
import { RIGHTS_PANEL_CONTEXT, RIGHTS_PANEL_REFRESH } from '../utils/messages/rights-panel';
import { injectPanelFor, panelContext } from '../utils/rights-panel/background';
import { ensureAsrFiller } from '../utils/browser/asr-filler';

/**
 * The tab one of this extension's own pages (the popup) asks the a.s.r. filler for; never a
 * content script's request (its sender URL is the web page's).
 */
function asrFillerRequest(message: unknown, sender: { id?: string; url?: string }): number | undefined {
  const { type, tabId } = (message ?? {}) as { type?: unknown; tabId?: unknown };
  const fromOwnPage = sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
  return type === ASR_FILLER_REQUEST && fromOwnPage && Number.isInteger(tabId) ? (tabId as number) : undefined;
}

// The background is the single writer of captures: content scripts stay lean (no zod) and
// every capture is validated here before it reaches storage.
export default defineBackground(() => {
  // Moves employers stored by an older version to one key each as soon as the worker starts,
  // rather than when the popup first opens (a no-op read once done).
  void ensureMigrated().catch(() => undefined);
  migrateWhenLegacyAppears();
  // The "Invullen met koppelhulp" button on the a.s.r. form page asks here (utils/asr-button).
  listenForFillButton();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // A page of this extension (no tab) found old-format employers: move them, then answer.
    if (sender.id === browser.runtime.id && !sender.tab && (message as { type?: unknown } | null)?.type === MIGRATE_REQUEST)
      return ensureMigrated().then(() => ({ migrated: true }));
    // The popup is about to probe or fill an a.s.r. tab: the filler goes in only now.
    const filler = asrFillerRequest(message, sender);
    if (filler !== undefined) return ensureAsrFiller(filler).then((injected) => ({ injected }));
    if (!isFromThisExtension(sender, browser.runtime.id) || !sender.tab) return undefined;
    // Captures only count from a Loket.nl page (any frame of it), never from elsewhere.
    if (siteOf(sender.url) !== 'loket') return undefined;
    // The first stage found a page that may hold a capture: the reader goes into that frame only.
    if ((message as { type?: unknown } | null)?.type === LOKET_READER_REQUEST && sender.tab.id !== undefined)
      return browser.scripting
        .executeScript({ target: { tabId: sender.tab.id, frameIds: [sender.frameId ?? 0] }, files: [LOKET_READER_FILE], injectImmediately: true })
        .then(() => ({ injected: true }));
    // The rights panel asks what the page cannot know (utils/rights-panel/background.ts).
    if ((message as { type?: unknown } | null)?.type === RIGHTS_PANEL_CONTEXT && sender.tab.id !== undefined) return panelContext(sender.tab.id);
    const parsed = CaptureMessageSchema.safeParse(message);
    if (!parsed.success) return undefined;
    const tabId = sender.tab.id;
    // A rights page by the reader's evidence: the panel goes into that frame (it starts once).
    if (tabId !== undefined) void injectPanelFor(parsed.data.capture, tabId, sender.frameId ?? 0).catch(() => undefined);
    return saveCapture(parsed.data.capture, tabId).then(() => {
      if (tabId !== undefined) void showBadge(tabId, parsed.data.capture).catch(() => undefined);
      // Only now is the tab's employer stored: a rights panel in this tab asks again.
      if (tabId !== undefined) void browser.tabs.sendMessage(tabId, { type: RIGHTS_PANEL_REFRESH }).catch(() => undefined);
      return { saved: true };
    });
  });
});
