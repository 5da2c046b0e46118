import { useState } from 'react';
import { text } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';

export function CopyButton({ text: content, lang }: { text: string; lang: Lang }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard.writeText(content).then(
          () => setState('copied'),
          () => setState('failed'),
        )
      }
      className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 outline-none focus-visible:ring-2 focus-visible:ring-sky-600"
    >
      {state === 'copied' ? `✓ ${text('copied', lang)}` : state === 'failed' ? text('copyFailed', lang) : text('copyText', lang)}
    </button>
  );
}
