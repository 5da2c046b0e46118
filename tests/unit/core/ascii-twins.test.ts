import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { fold, hasLetter, isAscii, words } from '../../../utils/text/normalize';
import { mentionsBsn } from '../../../utils/loket/labels';
import { hasCaptureWording, pageMayHoldCapture } from '../../../utils/loket/gate';
import { capturePage } from '../../../utils/loket/capture';
import { RIGHT_VERBS } from '../../../utils/loket/labels';
import { pageNames, parseSite, readSite } from '../loket/helpers';

// The Unicode-property forms the ASCII twins stand in for (utils/text/normalize.ts isAscii):
// written out here as the specification the fast path must equal.
const spec = {
  fold: (t: string) => t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
  words: (t: string) => spec.fold(t.replace(/[\u200b-\u200d\ufeff]/g, '')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim(),
  hasLetter: (t: string) => /\p{L}/u.test(t),
  mentionsBsn: (t: string) => /(^|[^\p{L}])(bsn|burgerservicenummer|sofi-?nummer)([^\p{L}]|$)/iu.test(t),
};

/** Page-like text: ASCII, Dutch diacritics, other scripts, the long s and Kelvin sign that /iu folds. */
const pageText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -:.*?()\'_'.split('')),
    fc.constantFrom('é', 'ë', 'ï', 'ö', 'ü', 'É', 'ĳ', 'ſ', 'K', 'ß', 'Ω', 'д', '١', '²', 'ᵉ', '\u00a0', '\u2007', '\u202f', '\u200b', '\u200c', '\u200d', '\ufeff', 'ⓘ'),
    fc.constantFrom('bsn', 'BSN', 'sofinummer', 'Burgerservicenummer', 'Werkgever ID', 'Raadplegen', 'rechten'),
  ),
  maxLength: 40,
});

describe('ASCII twins of the Unicode-property expressions', () => {
  it('give the same answers as the Unicode forms, for ASCII and non-ASCII text alike', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        expect(fold(text)).toBe(spec.fold(text));
        expect(words(text)).toBe(spec.words(text));
        expect(hasLetter(text)).toBe(spec.hasLetter(text));
        expect(mentionsBsn(text)).toBe(spec.mentionsBsn(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('the first stage finds the same wording with either form', () => {
    const verbs = RIGHT_VERBS.slice(0, 3);
    for (const verb of verbs) {
      for (const text of [`${verb} loonstroken`, `x ${verb.toUpperCase()} y`, `é ${verb} y`, `${verb}é`, `a${verb}`]) {
        const unicode = new RegExp(`(?:^|[^\\p{L}])(?:${verb})(?:[^\\p{L}]|$)`, 'iu').test(text);
        expect(hasCaptureWording(text), text).toBe(unicode || /werkgever|personeel/i.test(text));
      }
    }
  });
});

describe('reading ASCII pages compiles no Unicode-property expression', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Counts executions of expressions whose source uses \p{…} (each costs V8 a compile per page). */
  function countUnicodePropertyRuns(): { runs: number } {
    const counter = { runs: 0 };
    const unicodeProperty = (re: RegExp) => re.unicode && re.source.includes('\\p{');
    const proto = RegExp.prototype as unknown as Record<string | symbol, (...args: unknown[]) => unknown>;
    for (const name of ['exec', 'test', Symbol.replace, Symbol.split, Symbol.match] as const) {
      const original = proto[name]!;
      vi.spyOn(proto, name as never).mockImplementation(function (this: RegExp, ...args: unknown[]) {
        if (unicodeProperty(this)) { counter.runs++; if (process.env.SHOW_RE) console.log(this.source, String(args[0]).slice(0, 60)); }
        return original.apply(this, args);
      } as never);
    }
    return counter;
  }

  const asciiPages = pageNames().filter((name) => isAscii(readSite(name)));

  it('has ASCII-only Loket.nl page variants to read', () => {
    expect(asciiPages.length).toBeGreaterThan(5);
  });

  it.each(asciiPages)('%s: first stage and reader run only ASCII expressions', (name) => {
    const doc = parseSite(name);
    const counter = countUnicodePropertyRuns();
    pageMayHoldCapture(doc);
    capturePage(doc);
    expect(counter.runs).toBe(0);
  });

  it('a page with an accented word still reads it (the Unicode form is used for that text)', () => {
    const doc = new DOMParser().parseFromString('<dl><dt>Werkgever ID</dt><dd>20720</dd><dt>Naam</dt><dd>Coöperatie Één B.V.</dd></dl>', 'text/html');
    const counter = countUnicodePropertyRuns();
    expect(capturePage(doc)).toMatchObject({ kind: 'company', werkgeverId: '20720' });
    expect(counter.runs).toBeGreaterThan(0);
  });
});
