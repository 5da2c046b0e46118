// Issue 23, "Pay period per administration": the reader ties each period to the administration
// it is shown beside (row, card, section) and to no other; a period shown once for the employer
// stays the employer's. Saved pages in several markup styles, each with its capture in its header.
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { applyCompanyCapture, applyUserEdit, newEmployerRecord } from '../../../utils/employers/record';
import { CaptureMessageSchema } from '../../../utils/messages/captures';
import type { CompanyCapture } from '../../../utils/loket/types';
import { parseSite, readSite } from './helpers';

const expectedOf = (name: string): unknown => JSON.parse(/Expected capture[^:]*:\s*([\s\S]*?)-->/.exec(readSite(name))![1]!);
const NOW = '2026-12-06T10:00:00.000Z';

const PAGES: Record<string, Record<string, string>> = {
  // table with thead (Verloningsperiode), one number formatted "8190.00.127.L02"
  'several-administrations.html': { '819000127L01': 'maand', '819000127L02': '4weken', '824375919L01': 'maand' },
  // list of cards, label/value spans, "Vierwekelijks"; the third card shows none
  'administrations-periods.html': { '819000127L01': 'maand', '819000127L02': '4weken' },
  // Loket Classic: header cells in the first row, no thead, "Loontijdvak" / "Vier weken"
  'administrations-classic-periods.html': { '123456782L01': 'maand', '123456782L02': '4weken' },
  // one definition list per administration ("Loontijdvak": Maand / Week)
  'administrations-definition-lists.html': { '123456782L01': 'maand', '123456782L02': 'week' },
};

describe('each administration’s period, read from Loket.nl pages', () => {
  for (const [name, periods] of Object.entries(PAGES)) {
    it(`${name}: the periods per loonheffingennummer, and the whole capture as the page states it`, () => {
      const capture = capturePage(parseSite(name)) as CompanyCapture;
      expect(capture.verloningen).toEqual(periods);
      if (/Expected capture/.test(readSite(name))) expect(capture).toEqual(expectedOf(name));
      // The background accepts it as it is.
      expect(CaptureMessageSchema.safeParse({ type: 'loket/capture', capture }).success).toBe(true);
    });
  }

  it('an administration without a period of its own gets none from a neighbour', () => {
    const capture = capturePage(parseSite('administrations-periods.html')) as CompanyCapture;
    expect(capture.verloningen).not.toHaveProperty('824375919L01');
  });

  it('one administration: its period is the employer’s, no map', () => {
    const capture = capturePage(parseSite('new-ui-bedrijfsgegevens.html')) as CompanyCapture;
    expect(capture.verloningen).toBeUndefined();
    expect(capture.verloning).toBe('4weken');
  });
});

describe('from page to registration: Verloning follows the administration chosen', () => {
  it('Classic page: choosing "Uitzendkrachten" gives 4 weken although the employer shows Maand once', () => {
    const record = applyCompanyCapture(newEmployerRecord('e', NOW), capturePage(parseSite('administrations-classic-periods.html')) as CompanyCapture, NOW);
    expect(record.draft.verloning).toBeNull();
    expect(applyUserEdit(record, { loonheffingennummer: '123456782L02' }, NOW).draft.verloning).toBe('4weken');
    expect(applyUserEdit(record, { loonheffingennummer: '123456782L01' }, NOW).draft.verloning).toBe('maand');
  });

  it('cards page: the administration without a period, others differing, leaves Verloning open (the popup asks)', () => {
    const record = applyCompanyCapture(newEmployerRecord('e', NOW), capturePage(parseSite('administrations-periods.html')) as CompanyCapture, NOW);
    expect(applyUserEdit(record, { loonheffingennummer: '824375919L01' }, NOW).draft.verloning).toBeNull();
    expect(applyUserEdit(record, { loonheffingennummer: '819000127L02' }, NOW).draft.verloning).toBe('4weken');
  });
});

describe('the popup says why it asks', () => {
  it('only when the chosen administration shows none and the others differ', async () => {
    const { differingPeriods } = await import('../../../utils/employers/administrations');
    const record = applyCompanyCapture(newEmployerRecord('e', NOW), capturePage(parseSite('administrations-periods.html')) as CompanyCapture, NOW);
    const seizoen = applyUserEdit(record, { loonheffingennummer: '824375919L01' }, NOW);
    expect(differingPeriods(seizoen, seizoen.draft)).toEqual(['maand', '4weken']);
    const oproep = applyUserEdit(record, { loonheffingennummer: '819000127L02' }, NOW);
    expect(differingPeriods(oproep, oproep.draft)).toBeNull();
    // Answered by the user: nothing left to explain.
    const answered = applyUserEdit(seizoen, { verloning: 'maand' }, NOW);
    expect(differingPeriods(answered, answered.draft)).toBeNull();
  });
});
