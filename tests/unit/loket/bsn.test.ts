import { afterEach, describe, expect, it } from 'vitest';
import type { Window } from 'happy-dom';
import { capturePage } from '../../../utils/loket/capture';
import { readPairs } from '../../../utils/loket/page-scan';
import { asDocument, FIXTURE_BSNS, openSite, pageNames, parseSite, readSite } from './helpers';

describe('BSNs are never read', () => {
  const windows: Window[] = [];
  afterEach(async () => {
    for (const w of windows.splice(0)) await w.happyDOM.close();
  });

  it('several fixture pages really show a BSN next to read fields', () => {
    const withBsn = pageNames().filter((n) => readSite(n).includes('111222333'));
    expect(withBsn.length).toBeGreaterThanOrEqual(6);
  });

  for (const name of pageNames()) {
    it(`${name}: neither the capture nor any pair holds BSN digits`, async () => {
      const docs: Document[] = [parseSite(name)];
      if (/late-render|spa-route/.test(name)) {
        const w = openSite(name);
        windows.push(w);
        await new Promise((r) => setTimeout(r, 700));
        docs.push(asDocument(w));
      }
      for (const doc of docs) {
        const json = JSON.stringify(capturePage(doc));
        const pairs = readPairs(doc.body);
        for (const bsn of FIXTURE_BSNS) {
          expect(json).not.toContain(bsn);
          for (const p of pairs) expect(p.value).not.toContain(bsn);
        }
        // BSN-labelled pairs are dropped entirely, not just blanked.
        expect(pairs.filter((p) => /bsn|burgerservice|sofi/i.test(p.label))).toEqual([]);
      }
    });
  }

  it('a BSN inside a read value cell drops that value', () => {
    const doc = new DOMParser().parseFromString(
      `<table><tr><th>Werkgever ID</th><td>20720</td></tr>
       <tr><th>Naam</th><td>J. Jansen <small>BSN 111222333</small></td></tr></table>`,
      'text/html',
    );
    const pairs = readPairs(doc.body);
    expect(pairs.map((p) => p.label)).toEqual(['Werkgever ID']);
  });

  it('a BSN in a neighbouring field never rides along into a name', () => {
    const doc = new DOMParser().parseFromString(
      `<h1>Werknemer</h1>
       <div><div><span>Naam</span></div><div class="pair"><span>Kenmerk</span><span>111222333</span></div></div>
       <div><span>Achternaam</span><span>Jansen</span></div>
       <div><span>Personeelsnummer</span><label>Referentie <input value="111222333"></label></div>
       <div><span>Personeelsnummer</span><span>77</span></div>`,
      'text/html',
    );
    const c = capturePage(doc);
    expect(c).toEqual({ kind: 'employee', naam: 'Jansen', personeelsnummer: '77', isDga: null });
  });
});
