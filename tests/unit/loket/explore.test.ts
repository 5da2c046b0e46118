import { it } from 'vitest';
import { capturePage } from '../../../utils/loket/capture';
import { openSite } from './helpers';
it('explore', async () => {
  const w = openSite('spa-route-change.html');
  console.log(w.location.href, JSON.stringify(capturePage(w.document as unknown as Document)));
  (w.document.getElementById('link-b') as any).click();
  console.log(w.location.href, JSON.stringify(capturePage(w.document as unknown as Document)));
  const l = openSite('late-render.html');
  console.log(JSON.stringify(capturePage(l.document as unknown as Document)));
  await new Promise((r) => setTimeout(r, 700));
  console.log(JSON.stringify(capturePage(l.document as unknown as Document)), l.document.getElementById('clock')!.textContent);
  await w.happyDOM.close(); await l.happyDOM.close();
});
