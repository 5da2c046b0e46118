import { MORE_WAYS } from '../utils/asr/more-ways';
import { WAYS_KEY } from '../utils/asr/ways';

// The further ways a person operates a select (utils/asr/more-ways.ts), for the filler to use
// when pressing a select's box does not take. Its own script so the filler keeps its budget;
// injected with the filler, on request only (utils/browser/asr-filler.ts); it only hands the
// filler its functions and does nothing by itself.
export default defineContentScript({
  matches: ['https://*.asr.nl/*'],
  registration: 'runtime',
  main() {
    (globalThis as Record<symbol, unknown>)[WAYS_KEY] = MORE_WAYS;
  },
});
