import { preloaded } from '../shared/preloaded';

/**
 * The popup's first-screen parts kept out of its first-paint bundle: they load beside the
 * storage reads (entrypoints/popup/main.tsx) and render without suspending once there.
 */
export const EmployerEditorPart = preloaded(() => import('../shared/EmployerEditor').then((m) => m.EmployerEditor));
export const EmployerSwitcherPart = preloaded(() => import('./EmployerSwitcher').then((m) => m.EmployerSwitcher));
/** A one-line status; its checklist loads when opened. */
export const RightsPanelPart = preloaded(() => import('./RightsPanel').then((m) => m.RightsPanel));
/** The first screen's status line, with the rights deciding "ready". */
export const ReadySummaryPart = preloaded(() => import('./ReadySummary').then((m) => m.ReadySummary));
/** Only on an a.s.r. tab. */
export const FillPanelPart = preloaded(() => import('./FillPanel').then((m) => m.FillPanel));
