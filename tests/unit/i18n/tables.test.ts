// Every UI text is a phrase in a table of utils/i18n/ (table.ts): both languages, the same
// placeholders, and keys the compiler checks.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fill, keptDutch, lookup, translate, type Phrase } from '../../../utils/i18n/table';
import { dutchIn, text } from '../../../utils/i18n/popup';
import { ot } from '../../../utils/i18n/overview';
import { pageText } from '../../../utils/i18n/page-fill';
import { ROOT } from '../layout/import-graph';

const TABLE_FILES = readdirSync(join(ROOT, 'utils/i18n')).filter((f) => f.endsWith('.ts') && f !== 'table.ts');
const modules = Object.fromEntries(
  await Promise.all(TABLE_FILES.map(async (f) => [f, (await import(`../../../utils/i18n/${f.replace(/\.ts$/, '')}.ts`)) as Record<string, unknown>] as const)),
);
const isTable = (value: unknown): value is Record<string, Phrase> => typeof value === 'object' && value !== null;
/** Every exported table of every table file, as "file TABLE". */
const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isTable(value))
    .map(([name, value]) => [`${file} ${name}`, value as Record<string, Phrase>] as const),
);
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the text tables', () => {
  it('are found: one file per part of the product, each with its tables', () => {
    expect(TABLE_FILES.sort()).toEqual(['guard.ts', 'overview.ts', 'page-fill.ts', 'popup.ts', 'report.ts', 'rights-panel.ts', 'rights.ts', 'send.ts', 'stage-dates.ts']);
    expect(tables.map(([name]) => name)).toEqual(expect.arrayContaining(['popup.ts POPUP_TEXT', 'overview.ts OVERVIEW_TEXT', 'overview.ts COLUMN_LABELS']));
  });

  it.each(tables)('%s: every key has a Dutch and an English text, nothing else', (_name, table) => {
    expect(Object.keys(table).length).toBeGreaterThan(0);
    for (const [key, phrase] of Object.entries(table)) {
      expect(Object.keys(phrase).sort(), key).toEqual(['en', 'nl']);
      expect(typeof phrase.nl === 'string' && phrase.nl.trim() !== '', `${key}.nl`).toBe(true);
      expect(typeof phrase.en === 'string' && phrase.en.trim() !== '', `${key}.en`).toBe(true);
    }
  });

  it.each(tables)('%s: Dutch and English hold the same placeholders', (_name, table) => {
    for (const [key, phrase] of Object.entries(table)) expect(placeholders(phrase.en), key).toEqual(placeholders(phrase.nl));
  });
});

describe('reading a table', () => {
  it('fills placeholders, every occurrence, keeps an unknown one, and reads no pattern into a value', () => {
    expect(fill('{n} van {total}: {n}', { n: 3, total: 7 })).toBe('3 van 7: 3');
    expect(fill('{n} en {m}', { n: 1 })).toBe('1 en {m}');
    expect(fill('{name}', { name: '$& {n}' })).toBe('$& {n}');
    expect(ot('shownCount', 'en', { n: 2, total: 5 })).toBe('2 of 5 employers');
    expect(pageText('pageFillNoEmployer', 'nl', { shortcut: 'Alt+Shift+K' })).toContain('Open de koppelhulp (Alt+Shift+K)');
  });

  it('gives the text as written when no values are given', () => {
    expect(text('title', 'nl')).toBe('Koppelhulp Loket.nl → a.s.r.');
    expect(ot('restorePlan', 'nl')).toContain('{date}');
    expect(translate({ a: { nl: 'x {y}', en: 'z {y}' } }, 'a', 'en')).toBe('z {y}');
  });

  it('marks a phrase that English mode shows in Dutch (the a.s.r. form’s own names)', () => {
    expect(dutchIn('werkgeverId', 'en')).toBe('nl');
    expect(dutchIn('werkgeverId', 'nl')).toBeUndefined();
    expect(dutchIn('employer', 'en')).toBeUndefined();
    expect(keptDutch(undefined, 'en')).toBeUndefined();
    expect(lookup({ a: { nl: 'A', en: 'A' } }, 'b')).toBeUndefined();
  });

  it('takes typed keys only', () => {
    // @ts-expect-error: not a key of the popup's table
    expect(() => text('noSuchKey', 'nl')).toThrow();
    // @ts-expect-error: a key of the popup's table is not one of the overview's
    expect(() => ot('formName', 'nl')).toThrow();
    // @ts-expect-error: not a language
    expect(text('title', 'de')).toBeUndefined();
  });
});

describe('the Dutch a payroll professional reads (issue 24)', () => {
  /** Phrasings found when the messages were read aloud, each with why it goes. */
  const AVOID: [RegExp, string][] = [
    [/a\.s\.r\.'s/, "an English genitive: 'de pagina van a.s.r.'"],
    [/in de vorm die/, 'stiff: say what is right about the values'],
    [/\bverslag\b/, "a report is 'resultaat' in this product"],
    [/met deze computer/, 'data is merged, not a computer'],
    [/\bregistratie\b/, "a.s.r.'s word is 'aanmelding'"],
  ];
  it.each(tables)('%s: no phrasing a Dutch reader stumbles on', (_name, table) => {
    for (const [key, phrase] of Object.entries(table)) {
      for (const [pattern, why] of AVOID) expect(pattern.test(phrase.nl), `${key}: ${why} – "${phrase.nl}"`).toBe(false);
    }
  });
  it('a conflict line names both values the same way, the popup\'s as the link helper\'s, not "werkgever"', async () => {
    const { REPORT_TEXT } = await import('../../../utils/i18n/report');
    expect(REPORT_TEXT.conflictOurs.nl).not.toMatch(/werkgever/);
    expect(REPORT_TEXT.conflict.nl).toMatch(/^[a-z]/);
    expect(REPORT_TEXT.conflict.nl).toContain('“{onForm}”');
    expect(REPORT_TEXT.conflictOurs.nl).toContain('“{ours}”');
  });
  it('English mode has the popup\'s link to the overview in English', () => {
    expect(text('allEmployers', 'en')).toBe('All employers');
  });
});
