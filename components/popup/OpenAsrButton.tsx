import { browser } from 'wxt/browser';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import { ASR_REGISTRATION_PAGE } from '../../utils/browser/sites';
import { DutchQuotes } from '../shared/DutchQuotes';
import { buttonClass } from './button';

/** Opens the a.s.r. form where it was last found (else a.s.r.'s page for payroll processors). */
export function OpenAsrButton({ lang, formUrl }: { lang: Lang; formUrl: string | null }) {
  return (
    <div className="space-y-1">
      <button
        type="button"
        aria-describedby="open-asr-hint"
        onClick={() => void browser.tabs.create({ url: formUrl ?? ASR_REGISTRATION_PAGE })}
        className={buttonClass + 'bg-sky-800 text-white hover:bg-sky-900'}
      >
        {text('openAsr', lang)}
      </button>
      <p id="open-asr-hint" className="text-[11px] text-slate-600">
        <DutchQuotes text={text(formUrl ? 'openAsrHintKnown' : 'openAsrHint', lang)} lang={lang} />
      </p>
    </div>
  );
}
