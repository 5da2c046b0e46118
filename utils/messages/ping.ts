// Plain constants (no zod): the Loket.nl content script imports this and must stay lean.

/** Popup → Loket.nl content script: "are you still connected?" (answered with { alive: true }). */
export const LOKET_PING = 'loket/ping';

export const HOST_PATTERNS_LOKET = ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'];

/**
 * Loket.nl first stage → background: "this page may hold a capture, load the reader into my
 * frame" (entrypoints/loket.content.ts; the background injects READER_FILE).
 */
export const LOKET_READER_REQUEST = 'loket/reader';
/** The reader, built from entrypoints/loket-reader.content.ts and injected on request only. */
export const LOKET_READER_FILE = '/content-scripts/loket-reader.js';
