import type { Lang } from '../../utils/i18n/table';

/**
 * A text whose 'quoted' parts are a.s.r.'s or Loket.nl's own (Dutch) names, e.g. the form
 * 'Aanleveren gegevens in eigen beheer': in English mode those parts are marked lang="nl", so
 * screen readers pronounce them as Dutch.
 */
export function DutchQuotes({ text, lang }: { text: string; lang: Lang }) {
  if (lang !== 'en') return <>{text}</>;
  return (
    <>
      {/* A quote opens after a space only: "a.s.r.'s" is no quote. */}
      {text.split(/((?<=^|\s)'[^']+')/).map((part, i) => (i % 2 ? <span key={i} lang="nl">{part}</span> : part))}
    </>
  );
}
