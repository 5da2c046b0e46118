import { it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { readPairs } from '../../../utils/loket/pairs';
import { pageNames, parseSite } from './helpers';
it('explore', () => {
  for (const name of pageNames()) {
    const doc = parseSite(name);
    console.log(name, JSON.stringify(capturePage(doc)));
    if (process.env.PAIRS) console.log(readPairs(doc.body).map((p) => `${p.source}:${p.label}=${p.value}${p.checked!==undefined?'/'+p.checked:''}`).join(' | '));
  }
});
