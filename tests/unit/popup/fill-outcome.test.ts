import { describe, expect, it } from 'vitest';
import type { FieldReport, FillReport, FillValues } from '../../../utils/asr/types';
import { fillSummary, isFillComplete } from '../../../utils/popup/fill-outcome';
import { reportPhrase } from '../../../utils/popup/report-phrase';
import { stageAfterFill } from '../../../utils/registration/stage';

const values: FillValues = {
  bedrijfsnaam: 'Salarisbureau Noord B.V.',
  email: 'a@b.nl',
  raamwerkcontractnummer: 'A020778899',
  loonheffingennummer: '123456782L01',
  werkgeverId: '20720',
  hasDga: true,
  dgas: [{ naam: 'Jan de Vries', personeelsnummer: '1001' }],
  verloning: 'maand',
  dertiendeMaand: false,
};
const report = (...fields: FieldReport[]): FillReport => ({ formFound: true, fields });
const NOW = '2026-11-29T10:00:00.000Z';

describe('when a fill advances the stage', () => {
  it('every field filled or already equal: complete, Concept becomes Ingevuld with its date', () => {
    const done = report({ field: 'werkgeverId', status: 'filled' }, { field: 'email', status: 'filled', detail: 'al ingevuld' });
    expect(isFillComplete(done)).toBe(true);
    expect(stageAfterFill({ stage: 'concept' }, isFillComplete(done), NOW)).toEqual({ stage: 'ingevuld', filledAt: NOW });
  });
  it.each<FieldReport['status']>(['conflict', 'not-found', 'skipped'])('one field %s: not complete, the stage stays', (status) => {
    const partial = report({ field: 'werkgeverId', status: 'filled' }, { field: 'email', status });
    expect(isFillComplete(partial)).toBe(false);
    expect(stageAfterFill({ stage: 'concept' }, isFillComplete(partial), NOW)).toEqual({ stage: 'concept' });
  });
  it('no form, or an empty report: not complete', () => {
    expect(isFillComplete({ formFound: false, fields: [] })).toBe(false);
    expect(isFillComplete(report())).toBe(false);
  });
});

describe('report lines read aloud', () => {
  it('a conflict says both values', () => {
    expect(reportPhrase({ field: 'werkgeverId', status: 'conflict', detail: '20270' }, values, 'nl')).toBe(
      'niet overschreven: op het formulier staat “20270”, in de koppelhulp “20720”',
    );
    expect(reportPhrase({ field: 'dgaNaam', index: 0, status: 'conflict', detail: 'Piet' }, values, 'en')).toBe(
      'not overwritten: the form holds “Piet”, the link helper has “Jan de Vries”',
    );
  });
  it('"al ingevuld" reads as "stond er al", never "ingevuld: al ingevuld"', () => {
    expect(reportPhrase({ field: 'email', status: 'filled', detail: 'al ingevuld' }, values, 'nl')).toBe('stond er al');
    expect(reportPhrase({ field: 'email', status: 'filled' }, values, 'nl')).toBe('ingevuld');
  });
  it('English mode has no Dutch reasons', () => {
    for (const detail of ['geen waarde', 'uitgeschakeld', 'alleen-lezen', 'rij bevat een andere DGA', 'geen keuze voor "per week"']) {
      const phrase = reportPhrase({ field: 'verloning', status: 'skipped', detail }, values, 'en');
      expect(phrase).not.toMatch(/geen|uitgeschakeld|alleen|rij|keuze/);
    }
  });
  it('the announcement counts what needs attention, in the right number', () => {
    expect(fillSummary(report({ field: 'email', status: 'filled' }, { field: 'werkgeverId', status: 'conflict' }), 'nl')).toBe(
      '1 van de 2 velden ingevuld; 1 vraagt uw aandacht.',
    );
    expect(fillSummary(report({ field: 'email', status: 'filled' }), 'nl')).toBe('Klaar: alle 1 velden staan op het formulier.');
  });
});
