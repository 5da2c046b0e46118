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

/**
 * Popup → background: "load the a.s.r. filler into this tab" (`{ type, tabId }`), sent before
 * every probe or fill. The filler is no manifest content script: nothing of it runs on an a.s.r.
 * page the user only browses. The in-page button's side runs in the background and injects directly.
 */
export const ASR_FILLER_REQUEST = 'asr/filler';
/** The filler, built from entrypoints/asr.content.ts and injected on request only. */
export const ASR_FILLER_FILE = '/content-scripts/asr.js';
/** The further ways to operate a select (entrypoints/asr-ways.content.ts), injected just before the filler. */
export const ASR_WAYS_FILE = '/content-scripts/asr-ways.js';
