import type { KeyboardEvent } from 'react';
import type { ValidationIssue } from '../../utils/registration/schema';
import { text, type TextKey } from '../../utils/i18n/popup';
import type { Lang } from '../../utils/i18n/table';
import type { Readiness } from '../../utils/popup/readiness';
import { missingTargets } from '../../utils/popup/missing-targets';
import { focusField } from './focus-field';

/** Field names that are the a.s.r. form's own Dutch words (marked lang="nl" in English mode). */
const DUTCH_NAMES = new Set<TextKey>(['bedrijfsnaam', 'email', 'raamwerkcontractnummer', 'werkgeverId', 'loonheffingennummer']);

/** Arrow keys, Home and End move focus among the list's buttons. */
function moveWithArrows(event: KeyboardEvent<HTMLUListElement>) {
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (at < 0 || to === undefined) return;
  event.preventDefault();
  buttons[(to + buttons.length) % buttons.length]?.focus();
}

/**
 * What still blocks a clean fill, as one short list of field names, at the top of the popup.
 * `readiness` (the popup's first screen): the ready mark is green only when the link user's
 * rights are in order too; otherwise one line says what fails.
 */
export function MissingSummary({ issues, lang, readiness }: { issues: ValidationIssue[]; lang: Lang; readiness?: Readiness }) {
  // Each item is a link to its field (issue 24): one click or Enter moves focus there.
  const items = missingTargets(issues);
  const keys = items.map((i) => i.item);
  const rightsLine = readiness && !readiness.ready && (
    <p id="not-ready" className="text-xs font-medium text-red-800">
      {readiness.line}
    </p>
  );
  if (keys.length === 0 && rightsLine)
    return (
      <div role="status" className="space-y-0.5">
        <p className="text-xs text-slate-700">{text('allComplete', lang)}</p>
        {rightsLine}
      </div>
    );
  if (keys.length === 0)
    return (
      <p role="status" className="text-xs text-emerald-800">
        ✓ {text('allComplete', lang)}
      </p>
    );
  return (
    <div aria-label={text('stillMissing', lang)} role="region" className="text-xs" id="missing-summary">
      <p className="font-semibold text-slate-800">
        {text('stillMissing', lang)} ({keys.length}):
      </p>
      {/* One Tab stop for the whole list, arrow keys within it: the next action stays a few Tab stops away. */}
      <ul className="mt-0.5 flex flex-wrap gap-1" onKeyDown={moveWithArrows}>
        {items.map(({ item, target }, index) => (
          <li key={item} lang={lang === 'en' && DUTCH_NAMES.has(item) ? 'nl' : undefined}>
            <button
              type="button"
              tabIndex={index === 0 ? 0 : -1}
              onClick={() => focusField(document, target)}
              className="rounded bg-red-50 px-1.5 py-0.5 text-red-900 underline outline-none hover:bg-red-100 focus-visible:ring-2 focus-visible:ring-sky-600"
            >
              {text(item, lang)}
            </button>
          </li>
        ))}
      </ul>
      {rightsLine}
    </div>
  );
}
