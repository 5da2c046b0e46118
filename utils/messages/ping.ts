// Plain constants (no zod): the Loket.nl content script imports this and must stay lean.

/** Popup → Loket.nl content script: "are you still connected?" (answered with { alive: true }). */
export const LOKET_PING = 'loket/ping';

export const HOST_PATTERNS_LOKET = ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'];
