// Issue 24, "The user's own send is noticed": a trusted submit in the tab the extension filled,
// on the same a.s.r. origin, then a confirmation there; nothing from another tab or origin, and
// the page's words decide what counts as a confirmation.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { confirmNotice, noticeAfterSubmit, noticedSendFor, CONFIRM_WITHIN_MS } from '../../../utils/asr-button/sent-notice';
import { isRegistrationForm, showsConfirmation } from '../../../utils/asr-button/confirmation';
import type { LastFill } from '../../../utils/asr-button/last-fill';
import { FULL } from '../../flows/data';
import { toFillValues } from '../../../utils/popup/fill-values';

const NOW = '2026-12-06T10:00:00.000Z';
const fill = (patch: Partial<LastFill> = {}): LastFill => ({
  tabId: 7,
  values: toFillValues(FULL.profile, FULL.draft as never),
  report: { formFound: true, fields: [] },
  at: NOW,
  employerId: 'emp_a',
  origin: 'https://www.asr.nl',
  ...patch,
});

describe('noticeAfterSubmit', () => {
  it('starts a notice for the employer filled, in the tab and on the origin of the fill', () => {
    expect(noticeAfterSubmit(fill(), 7, 'https://www.asr.nl/bedankt', NOW)).toEqual({
      tabId: 7,
      employerId: 'emp_a',
      origin: 'https://www.asr.nl',
      submittedAt: NOW,
      confirmed: false,
    });
  });

  it('none from another tab, another a.s.r. origin, a look-alike host, or without a fill of a known employer', () => {
    expect(noticeAfterSubmit(fill(), 8, 'https://www.asr.nl/x', NOW)).toBeNull();
    expect(noticeAfterSubmit(fill(), 7, 'https://zakelijk.asr.nl/x', NOW)).toBeNull();
    expect(noticeAfterSubmit(fill({ origin: 'https://asr.nl.example.com' }), 7, 'https://asr.nl.example.com/x', NOW)).toBeNull();
    expect(noticeAfterSubmit(fill({ employerId: undefined }), 7, 'https://www.asr.nl/x', NOW)).toBeNull();
    expect(noticeAfterSubmit(fill({ report: { formFound: false, fields: [] } }), 7, 'https://www.asr.nl/x', NOW)).toBeNull();
    expect(noticeAfterSubmit(null, 7, 'https://www.asr.nl/x', NOW)).toBeNull();
  });

  it('none after a fill refused because the form held another employer: what is sent is theirs', () => {
    const refused = fill({ report: { formFound: true, fields: [], otherEmployer: { werkgeverId: '30830', loonheffingennummer: '123456782L01' } } });
    expect(noticeAfterSubmit(refused, 7, 'https://www.asr.nl/x', NOW)).toBeNull();
  });
});

describe('confirmNotice and noticedSendFor', () => {
  const notice = noticeAfterSubmit(fill(), 7, 'https://www.asr.nl/form', NOW);
  it('a confirmation in the same tab and origin soon after confirms it; the offer is for that employer only', () => {
    const confirmed = confirmNotice(notice, 7, 'https://www.asr.nl/bevestiging', '2026-12-06T10:01:00.000Z');
    expect(confirmed?.confirmed).toBe(true);
    expect(noticedSendFor(confirmed, 7, 'emp_a')).toBe(NOW);
    expect(noticedSendFor(confirmed, 7, 'emp_b')).toBeNull();
    expect(noticedSendFor(confirmed, 8, 'emp_a')).toBeNull();
    // Submitted but not (yet) confirmed: nothing offered.
    expect(noticedSendFor(notice, 7, 'emp_a')).toBeNull();
  });

  it('not from another tab, another origin, or long after the submit', () => {
    expect(confirmNotice(notice, 8, 'https://www.asr.nl/bevestiging', NOW)).toBeNull();
    expect(confirmNotice(notice, 7, 'https://zakelijk.asr.nl/bevestiging', NOW)).toBeNull();
    expect(confirmNotice(notice, 7, 'https://www.asr.nl/bevestiging', new Date(Date.parse(NOW) + CONFIRM_WITHIN_MS + 1).toISOString())).toBeNull();
    expect(confirmNotice(null, 7, 'https://www.asr.nl/bevestiging', NOW)).toBeNull();
  });
});

describe('showsConfirmation and isRegistrationForm', () => {
  const page = (html: string, title = '') => {
    const doc = new Window({ url: 'https://www.asr.nl/' }).document;
    doc.title = title;
    doc.body.innerHTML = html;
    return doc as unknown as Document;
  };
  it('reads a confirmation in the title, a heading or a live message', () => {
    expect(showsConfirmation(page('<h1>Bedankt voor uw aanmelding</h1>'))).toBe(true);
    expect(showsConfirmation(page('<p role="status">Uw gegevens zijn verstuurd.</p>'))).toBe(true);
    expect(showsConfirmation(page('<h2>We hebben uw aanmelding ontvangen</h2>'))).toBe(true);
  });
  it('not on the form itself, nor from body text a person does not read as the outcome', () => {
    expect(showsConfirmation(page('<h1>Aanleveren gegevens in eigen beheer</h1><p>Bedankt voor het invullen.</p>', 'Aanleveren gegevens in eigen beheer | a.s.r.'))).toBe(false);
  });
  it('only the registration form counts as a send, not a newsletter', () => {
    const doc = page('<form id="a"><label>Loonheffingennummer <input></label></form><form id="b"><label>E-mailadres <input></label></form>');
    expect(isRegistrationForm(doc.getElementById('a'))).toBe(true);
    expect(isRegistrationForm(doc.getElementById('b'))).toBe(false);
  });
});
