// Plain constants (no zod): the panel script imports these and must stay lean.

/**
 * The panel on Loket.nl's rights pages: built from entrypoints/rights-panel.ts and injected by
 * the background only into a frame whose reader delivered a rights or team capture.
 */
export const RIGHTS_PANEL_FILE = '/rights-panel.js';
/** Panel → background: "what do the stored checks, the employer in question and the language say?" */
export const RIGHTS_PANEL_CONTEXT = 'rights-panel/context';
/**
 * Background → every frame of a tab, after a capture of that tab was saved: the tab's employer
 * may have changed (storage.session, which the panel cannot watch), so the panel asks again.
 */
export const RIGHTS_PANEL_REFRESH = 'rights-panel/refresh';
