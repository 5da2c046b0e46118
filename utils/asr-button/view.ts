// What the fill button on the a.s.r. form page shows and says (pure; composed in the background,
// so the page's content script carries no dictionary).

import type { FillReport, FillStatus } from '../asr/types';
import type { EmployerRecord } from '../employers/record';
import type { Profile } from '../registration/schema';
import { hasBlockingErrors, validateRegistration } from '../registration/validate';
import { text, type Lang, type TextKey } from '../i18n';
import { toFillValues } from '../popup/fill-values';
import type { ButtonView } from './messages';

export interface ButtonContext {
  lang: Lang;
  profile: Profile;
  /** The employer the popup would fill on this tab (utils/popup/choose-employer.ts), or null. */
  record: EmployerRecord | null;
  /** The popup would ask which employer first. */
  mustPick: boolean;
  /** The browser's shortcut that opens the popup; '' when the user removed it. */
  shortcut: string;
}

/** The employer line and, when the button must not fill, the one line that says why. */
export function buttonView(ctx: ButtonContext): ButtonView {
  const { lang, record } = ctx;
  const say = (key: TextKey) => text(key, lang).replace('{shortcut}', ctx.shortcut || text('pageFillNoShortcut', lang));
  let employer = '';
  if (record) {
    const values = toFillValues(ctx.profile, record.draft);
    const parts = [
      record.draft.werkgeverNaam.trim() || text('unnamedEmployer', lang),
      values.werkgeverId && `${text('werkgeverId', lang)} ${values.werkgeverId}`,
      values.loonheffingennummer && `${text('loonheffingennummer', lang)} ${values.loonheffingennummer}`,
    ];
    employer = `${text('pageFillFor', lang)}: ${parts.filter(Boolean).join(' · ')}`;
  }
  const note = !record
    ? say('pageFillNoEmployer')
    : ctx.mustPick
      ? say('pageFillMustPick')
      : hasBlockingErrors(validateRegistration(ctx.profile, record.draft))
        ? say('pageFillBlocked')
        : '';
  return { lang, label: text('pageFill', lang), busy: text('pageFillBusy', lang), reload: text('pageFillReload', lang), employer, note };
}

const NOT_FILLED: [FillStatus, string, string][] = [
  ['not-found', 'niet gevonden', 'not found'],
  ['conflict', 'niet overschreven', 'not overwritten'],
  ['not-taken', 'niet overgenomen', 'not taken over'],
  ['skipped', 'overgeslagen', 'skipped'],
];

/** The one line beside the button after a fill: "12 van 14 velden ingevuld – 2 niet gevonden; open de koppelhulp voor het verslag". */
export function pageFillSummary(report: FillReport, lang: Lang): string {
  const nl = lang === 'nl';
  if (!report.formFound) return nl ? 'Niet ingevuld: geen a.s.r.-formulier gevonden op deze pagina.' : 'Not filled in: no a.s.r. form found on this page.';
  const count = (status: FillStatus) => report.fields.filter((f) => f.status === status).length;
  const open = NOT_FILLED.filter(([status]) => count(status) > 0)
    .map(([status, nlWord, enWord]) => `${count(status)} ${nl ? nlWord : enWord}`)
    .join(', ');
  const rest = open ? ` – ${open}` : '';
  return nl
    ? `${count('filled')} van ${report.fields.length} velden ingevuld${rest}; open de koppelhulp voor het verslag`
    : `${count('filled')} of ${report.fields.length} fields filled in${rest}; open the link helper for the report`;
}
