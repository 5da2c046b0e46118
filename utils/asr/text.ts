// Text normalisation for matching what a person reads against the wording table.
// Kept dependency-free: this module ships in the a.s.r. content script.

/** Collapse all whitespace (incl. nbsp and zero-width spaces) and trim. */
export function collapseWhitespace(s: string): string {
  return s
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0\u2007\u202F]+/g, ' ')
    .trim();
}

/** Lowercase, strip diacritics and compatibility forms ("één" -> "een", "13ᵉ" -> "13e"). */
function fold(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

// Decorations a form adds to a label that carry no meaning for matching:
// required markers, "(verplicht)"/"(optioneel)", trailing colon or question mark.
const DECORATIONS = /\((?:verplicht|optioneel|niet verplicht|required|optional)\)|\*/gi;

/**
 * Readable form of a label for reports: whitespace collapsed, required markers and a
 * trailing colon removed, but case and wording kept as the page shows them.
 */
export function displayLabel(s: string): string {
  return collapseWhitespace(s.replace(DECORATIONS, ' ')).replace(/\s*:\s*$/, '');
}

/**
 * Words form for matching: folded, punctuation turned into spaces, so
 * "Werkgevers-ID *" -> "werkgevers id" and "Zit er één of meerdere DGA's ...?" ->
 * "zit er een of meerdere dga s ...".
 */
export function words(s: string): string {
  return collapseWhitespace(fold(s.replace(DECORATIONS, ' ')).replace(/[^a-z0-9]+/g, ' '));
}

/**
 * Compact form: words with the spaces removed, so that spelling variants that only differ
 * in spacing or hyphens compare equal: "Werkgever ID", "Werkgever-ID", "WerkgeverID" all
 * become "werkgeverid"; "Raamwerkcontract nummer" becomes "raamwerkcontractnummer".
 */
export function compact(s: string): string {
  return words(s).replace(/ /g, '');
}

/**
 * Compact form of a name/id attribute ("loonheffingenNummer", "werkgever_id",
 * "asr-form[email]") for last-resort matching.
 */
export function compactAttr(s: string): string {
  return compact(s.replace(/([a-z])([A-Z])/g, '$1 $2'));
}


/**
 * True when `stem` (compact form: "naamdga", "13emaand") starts at the start of a word of
 * `text` and runs on through whole or partial words: "Naam DGA" and "Naam van de DGA's"
 * hold "naamdga"; "Werkgever ID gaat" does NOT hold "dga" (letters across a word boundary).
 */
export function hasStem(text: string, stem: string): boolean {
  const ws = words(text).split(' ').filter(Boolean);
  for (let i = 0; i < ws.length; i++) {
    let rest = stem;
    for (let j = i; j < ws.length && rest; j++) {
      const w = ws[j]!;
      if (rest.startsWith(w)) rest = rest.slice(w.length);
      else if (w.startsWith(rest)) rest = '';
      else break;
    }
    if (!rest) return true;
  }
  return false;
}
