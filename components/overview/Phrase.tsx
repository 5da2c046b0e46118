import { Fragment, type ReactNode } from 'react';
import type { Lang } from '../../utils/i18n/table';
import { dataLang, fieldLabel, fieldLang, formatValue } from '../../utils/overview/labels';
import { ot } from '../../utils/i18n/overview';

/** A sentence from utils/overview/text.ts whose {placeholders} are filled with elements. */
export function Phrase({ text, parts }: { text: string; parts: Record<string, ReactNode> }) {
  return <>{text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment> : piece))}</>;
}

/** A field's name; in English mode a Dutch one (the a.s.r. form's) is marked lang="nl". */
export function FieldName({ field, lang }: { field: string; lang: Lang }) {
  return <span lang={fieldLang(field, lang)}>{fieldLabel(field, lang)}</span>;
}

/** A field's value as a person reads it; an employer's name is Dutch data, marked so in English mode. */
export function FieldValue({ field, value, lang }: { field: string; value: unknown; lang: Lang }) {
  return <span lang={field === 'werkgeverNaam' ? dataLang(lang) : undefined}>{formatValue(field, value, lang)}</span>;
}

/** "13e maand: Gebruik “Ja”": the choice of the other side's value (restore, merge). */
export function UseOther({ field, other, lang }: { field: string; other: unknown; lang: Lang }) {
  return (
    <>
      <FieldName field={field} lang={lang} />: <Phrase text={ot('useOther', lang)} parts={{ other: <FieldValue field={field} value={other} lang={lang} /> }} />
    </>
  );
}
