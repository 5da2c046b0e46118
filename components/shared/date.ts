// A date as the UI shows it, without Intl (a helper of the React parts, not a phrase table: utils/i18n holds only those).
//
// Why: the first toLocaleDateString in a fresh extension process sets up ICU's date formatting,
// 45–80 ms in Chromium 156, and the employer editor shows "sinds <date>" on the popup's and the
// overview's first paint (issue 26). The two forms the UI uses are fixed and simple; a unit test
// holds them equal to toLocaleDateString('nl-NL') and ('en-GB').

/** "6-12-2026" (nl-NL) or "06/12/2026" (en-GB), in the browser's time zone as toLocaleDateString. */
export function formatDate(date: Date | string | number, lang: 'nl' | 'en'): string {
  const d = date instanceof Date ? date : new Date(date);
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  const day = d.getDate();
  const month = d.getMonth() + 1;
  const year = d.getFullYear();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return lang === 'nl' ? `${day}-${month}-${year}` : `${pad(day)}/${pad(month)}/${year}`;
}
