import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSimpleText, compareText } from '../../../utils/overview/text-order';
import { generateEmployers } from '../../support/employers.mjs';

// The overview sorts without creating Intl.Collator on its first paint (utils/overview/text-order.ts):
// its shortcut must answer as the collator does wherever it answers at all.
const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const sign = (n: number): number => Math.sign(n);
const SIMPLE = [...' _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâäçèéêëïîñóôöüûÿÉÖ'];

describe('compareText: the collator’s order without the collator', () => {
  it('answers as Intl.Collator on any text of ASCII and accented Latin letters', () => {
    const text = fc.array(fc.constantFrom(...SIMPLE), { maxLength: 12 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const simple = compareSimpleText(a, b);
        expect(simple).not.toBeNull();
        expect(sign(simple!), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('numbers by value, leading zeros, case and accents as the collator', () => {
    for (const [a, b] of [['Bakkerij 9', 'Bakkerij 10'], ['a1', 'a01'], ['Émile', 'emile'], ['ab', 'a-b'], ['a b', 'ab'], ['', 'a'], ['Zn.', 'Zn'], ['007', '7'], ["'t Hof", 'Hof']])
      expect(sign(compareText(a!, b!)), `${a} vs ${b}`).toBe(sign(collator.compare(a!, b!)));
  });

  it('leaves other characters to the real collator, with the same answer', () => {
    for (const [a, b] of [['Æbleskiver', 'Aebleskiver'], ['Straße', 'Strasse'], ['Øresund', 'Oresund'], ['Ĳsselmeer', 'IJsselmeer'], ['Łódź', 'Lodz']]) {
      expect(compareSimpleText(a!, b!)).toBeNull();
      expect(sign(compareText(a!, b!))).toBe(sign(collator.compare(a!, b!)));
    }
  });

  it('sorts the 1,000 generated employers exactly as the collator, and needs it for none of them', () => {
    const names = Object.values(generateEmployers(1000) as Record<string, { draft: { werkgeverNaam: string } }>).map((r) => r.draft.werkgeverNaam);
    expect(names.every((a) => compareSimpleText(a, names[0]!) !== null)).toBe(true);
    const ours = [...names].sort(compareText);
    const theirs = [...names].sort((a, b) => collator.compare(a, b));
    expect(ours.map((n) => n.toLowerCase())).toEqual(theirs.map((n) => n.toLowerCase()));
  });
});
