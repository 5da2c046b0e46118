import { describe, expect, it } from 'vitest';
import { siteOf } from '../../../utils/browser/sites';

describe('which site a tab shows', () => {
  it.each([
    ['https://www.loket.nl/x', 'loket'],
    ['https://loket.nl/', 'loket'],
    ['https://app.loket-acc.nl/werkgever', 'loket'],
    ['https://www.asr.nl/salarisverwerkers', 'asr'],
    ['https://mijn.asr.nl/', 'asr'],
    ['http://www.asr.nl/', 'other'],
    ['https://asr.nl.example.com/', 'other'],
    ['https://evil-asr.nl/', 'other'],
    ['https://notloket.nl/', 'other'],
    ['chrome-extension://abc/popup.html', 'other'],
    ['geen url', 'other'],
    [undefined, 'other'],
  ])('%s is %s', (url, site) => {
    expect(siteOf(url)).toBe(site);
  });
});
