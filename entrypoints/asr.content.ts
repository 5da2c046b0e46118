import { browser } from 'wxt/browser';
import { fillDocument, findFormDocument, isAsrOrigin } from '@/utils/asr/fill';
import { parseAsrRequest } from '@/utils/asr/request';

// Acts only when the popup asks, only on an a.s.r. https origin, and never submits.
export default defineContentScript({
  matches: ['https://*.asr.nl/*'],
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown, sender) => {
      if (sender.id !== browser.runtime.id || !isAsrOrigin(location.origin)) return undefined;
      const request = parseAsrRequest(message);
      if (!request) return undefined;
      if (request.type === 'asr/probe') {
        return Promise.resolve({ formFound: findFormDocument(document) !== null, origin: location.origin });
      }
      return fillDocument(document, request.values, request.options);
    });
  },
});
