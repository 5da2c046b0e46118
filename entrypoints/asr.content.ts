import { browser } from 'wxt/browser';
import { failedReport, fillAsrDocument, findFormDocument, isAsrOrigin } from '../utils/asr/fill';
import { parseAsrRequest, type AsrRequest } from '../utils/asr/request';

/** One random token per document the form was found in: which page load a fill was made on. */
const pageTokens = new WeakMap<Document, string>();
function pageOf(doc: Document): string {
  let token = pageTokens.get(doc);
  if (!token) pageTokens.set(doc, (token = crypto.randomUUID()));
  return token;
}

async function answer(request: AsrRequest) {
  const form = findFormDocument(document);
  if (request.type === 'asr/probe') {
    return { formFound: form !== null, origin: location.origin, page: pageOf(form ?? document) };
  }
  // The form may sit in a same-origin iframe: fill the document that holds it; when none holds
  // it yet, wait for it on the page itself (it may still be rendering).
  // fillAsrDocument checks the origin of the very document it fills.
  const doc = form ?? document;
  const report = await fillAsrDocument(doc, request.values, request.options);
  return report && { ...report, page: pageOf(doc) };
}

/** Set in the page's extension world once the filler listens: a second injection is a no-op. */
const FILLER_STARTED_KEY = Symbol.for('kh.asr.filler');

// The a.s.r. filler: not in the manifest's content scripts (registration: 'runtime'), so nothing
// of it runs on a page the user only browses. The background injects it into the tab's top frame
// when the popup or the in-page button asks for a probe or fill (utils/browser/asr-filler.ts),
// then the request is sent as a message. Acts only on an a.s.r. https origin, and never submits.
export default defineContentScript({
  matches: ['https://*.asr.nl/*'],
  registration: 'runtime',
  main() {
    const world = globalThis as Record<symbol, unknown>;
    if (world[FILLER_STARTED_KEY]) return;
    world[FILLER_STARTED_KEY] = true;
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !isAsrOrigin(location.origin)) return false;
      const request = parseAsrRequest(message);
      if (!request) return false;
      // sendResponse rather than a returned promise: Chrome's native onMessage (no polyfill
      // here, see wxt.config.ts) only keeps the channel open this way.
      // An error outside any field (finding the form) changed nothing: every field says so.
      answer(request).then(sendResponse, () => sendResponse(request.type === 'asr/fill' ? failedReport(request.values) : undefined));
      return true;
    });
  },
});
