// The background's side of the rights panel: it injects the panel where the reader found a rights
// page, and answers the panel with what the page cannot know (stored checks, employer, language).

import { browser } from 'wxt/browser';
import type { LoketCapture } from '../loket/types';
import { chosenEmployerIdItem, lastEmployerIdItem, readEmployers, readRights, readSettings, tabEmployersItem } from '../store';
import { chooseEmployer } from '../popup/choose-employer';
import { RIGHTS_PANEL_FILE } from '../messages/rights-panel';
import type { PanelContext } from './page';

/** The panel only where the reader's evidence says "rights page" (a rights or team capture). */
export function injectPanelFor(capture: LoketCapture, tabId: number, frameId: number): Promise<unknown> {
  if (capture.kind !== 'rights' && capture.kind !== 'team') return Promise.resolve();
  return browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [RIGHTS_PANEL_FILE] });
}

/** The employer the popup would show on this Loket.nl tab (utils/popup/choose-employer.ts), so both check the same one. */
export async function panelContext(tabId: number): Promise<PanelContext> {
  const [tabEmployers, chosenId, lastSeenId, rights, settings] = await Promise.all([
    tabEmployersItem.getValue().catch(() => ({}) as Record<string, string>),
    chosenEmployerIdItem.getValue(),
    lastEmployerIdItem.getValue(),
    readRights(),
    readSettings(),
  ]);
  const tabEmployerId = tabEmployers[String(tabId)] ?? null;
  const candidates = [tabEmployerId, chosenId, lastSeenId].filter((id): id is string => !!id);
  const records = await readEmployers([...new Set(candidates)]);
  const { selectedId } = chooseEmployer({ site: 'loket', ids: new Set(records.keys()), tabEmployerId, chosenId, lastSeenId });
  const draft = selectedId ? records.get(selectedId)?.draft : undefined;
  return {
    checks: Object.values(rights),
    ...(draft ? { employer: { werkgeverId: draft.werkgeverId, werkgeverNaam: draft.werkgeverNaam } } : {}),
    lang: settings.lang,
  };
}
