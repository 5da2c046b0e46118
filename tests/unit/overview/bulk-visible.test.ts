// Issue 23, "Bulk actions act on what is seen": hidden rows leave the selection; the delete
// question names the count and the first names.
import { describe, expect, it } from 'vitest';
import { newEmployerRecord } from '../../../utils/employers/record';
import { deleteQuestion, keepShown } from '../../../utils/overview/actions';

const AT = '2026-12-06T10:00:00.000Z';
const record = (id: string, naam: string) => {
  const r = newEmployerRecord(id, AT, `W${id}`);
  return { ...r, draft: { ...r.draft, werkgeverNaam: naam } };
};

describe('the selection follows what is shown', () => {
  it('the issue’s case: 200 selected rows filtered out and 3 visible ticked: only the 3 remain selected', () => {
    const hidden = Array.from({ length: 200 }, (_, i) => `h${i}`);
    const selected = new Set([...hidden, 'v1', 'v2', 'v3']);
    const kept = keepShown(selected, ['v1', 'v2', 'v3', 'v4']);
    expect([...kept]).toEqual(['v1', 'v2', 'v3']);
  });

  it('nothing hidden: the same selection comes back (no re-render loop)', () => {
    const selected = new Set(['a']);
    expect(keepShown(selected, ['a', 'b'])).toBe(selected);
  });
});

describe('the delete question', () => {
  const records = Object.fromEntries(
    [record('1', 'Bakkerij A'), record('2', 'Garage B'), record('3', ''), record('4', 'Café D'), record('5', 'Eethuis E')].map((r) => [r.id, r]),
  );

  it('names the count and the first three (name, else Werkgever ID), then "en nog N"', () => {
    expect(deleteQuestion(['1', '2', '3', '4', '5'], records, 'nl')).toBe('5 werkgever(s) verwijderen: Bakkerij A · Garage B · W3 en nog 2?');
    expect(deleteQuestion(['2'], records, 'en')).toBe('Delete 1 employer(s): Garage B?');
  });
});
