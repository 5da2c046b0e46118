// Issue 27: the further ways a person operates a select when pressing its box does nothing
// (utils/asr/more-ways.ts): which element is its chevron, which its label, what is typed for
// type-ahead, and that the filler uses them only through the seam (utils/asr/ways.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { chevronOf, guardedKey, labelOf, MORE_WAYS, typedTexts } from '../../../utils/asr/more-ways';
import { meaningOf } from '../../../utils/asr/meaning';
import { pickOption } from '../../../utils/asr/act';
import { loadPage, type LoadedPage } from './helpers';

let page: LoadedPage | undefined;
afterEach(async () => {
  await page?.close();
  page = undefined;
});
const open = (body: string) => (page = loadPage('', undefined, `<!doctype html><html lang="nl"><body>${body}</body></html>`));
const SVG = '<svg viewBox="0 0 16 16"><path d="M3 6l5 5 5-5"/></svg>';

describe('the chevron of a select', () => {
  it('is the unnamed icon inside the box', () => {
    const p = open(`<div class="field"><label for="b">Verloning</label><div class="box"><input id="b" readonly role="combobox">${SVG}</div></div>`);
    expect(chevronOf(p.doc.getElementById('b')!)?.tagName).toBe('svg');
  });

  it('is the unnamed button beside the box (the button, not the svg inside it)', () => {
    const p = open(`<span id="l">Verloning</span><div class="wrap"><div id="b" role="combobox" aria-labelledby="l"></div><button type="button" id="c">${SVG}</button></div>`);
    expect(chevronOf(p.doc.getElementById('b')!)).toBe(p.doc.getElementById('c'));
  });

  it('is never a button with a name of its own ("Wissen"), nor something beside a box that shares its parent with another field', () => {
    const named = open(`<div><div id="b" role="combobox"></div><button type="button" aria-label="Wissen">${SVG}</button><button type="button">Wissen</button></div>`);
    expect(chevronOf(named.doc.getElementById('b')!)).toBeUndefined();
    void named.close();
    const shared = open(`<div><div id="b" role="combobox"></div><input id="other"><button type="button">${SVG}</button></div>`);
    expect(chevronOf(shared.doc.getElementById('b')!)).toBeUndefined();
  });
});

describe('the label of a select', () => {
  it('is its <label>, else the first element aria-labelledby names', () => {
    const p = open(`<label for="a">Verloning</label><input id="a" readonly role="combobox"><span id="l">Periode</span><span id="x">x</span><div id="b" role="combobox" aria-labelledby="l x"></div><div id="c" role="combobox"></div>`);
    expect(labelOf(p.doc.getElementById('a')!)?.textContent).toBe('Verloning');
    expect(labelOf(p.doc.getElementById('b')!)?.id).toBe('l');
    expect(labelOf(p.doc.getElementById('c')!)).toBeUndefined();
  });
});

describe('what is typed for type-ahead', () => {
  const means4 = (t: string) => meaningOf('verloning', t) === '4weken';
  it("the widget's own option texts that mean the intent, each once", () => {
    expect(typedTexts(['Per maand', ' Per 4  weken ', 'Per 4 weken'], means4, '4weken')).toEqual(['Per 4 weken']);
  });
  it('without options in the page, the words a person would type', () => {
    expect(typedTexts([], means4, '4weken')).toEqual(['4 w', 'vier', '4-w', '4w']);
    expect(typedTexts(['Per week'], means4, '4weken')).toEqual(['4 w', 'vier', '4-w', '4w']);
  });
});

describe('type-ahead on the page', () => {
  /** A select that chooses by the typed prefix (reset after 500 ms), as the e2e page does. */
  const TYPEAHEAD = `<span id="l">Verloning</span><X id="b" role="combobox" tabindex="0" aria-labelledby="l"Y></X>
    <script>
      var box = document.getElementById('b'), typed = '', options = ['Per maand', 'Per 4 weken'];
      box.addEventListener('keydown', function (e) {
        if (e.key.length !== 1) return;
        typed += e.key.toLowerCase(); window.__keys = (window.__keys || 0) + 1;
        var hit = options.filter(function (o) { return o.toLowerCase().indexOf(typed) === 0; })[0];
        if (hit) { if (box.tagName === 'INPUT') box.value = hit; else box.textContent = hit; }
      });
    </script>`;
  const shows = (el: HTMLElement) => (el.tagName === 'INPUT' ? (el as HTMLInputElement).value : el.textContent ?? '');
  const means4 = (t: string) => meaningOf('verloning', t) === '4weken';

  it('types the first letters one by one until the select shows the intent, and no further', async () => {
    const p = open(TYPEAHEAD.replace(/X/g, 'div').replace('Y', ''));
    const el = p.doc.getElementById('b')!;
    // No option in the page: "4 w" leads nowhere, "vier" leads nowhere, so the search words do not take here.
    expect(await MORE_WAYS.typeAhead(el, '4weken', means4, () => means4(shows(el)))).toBe(false);
    void p.close();
    const withList = open(TYPEAHEAD.replace(/X/g, 'div').replace('Y', ' aria-controls="o"') + '<ul id="o" hidden><li role="option">Per maand</li><li role="option">Per 4 weken</li></ul>');
    const box = withList.doc.getElementById('b')!;
    // Its own option texts: "P", "e", "r", " ", "4" — five keys, then it shows "Per 4 weken".
    expect(await MORE_WAYS.typeAhead(box, '4weken', means4, () => means4(shows(box)))).toBe(true);
    expect(shows(box)).toBe('Per 4 weken');
    expect((withList.win as unknown as { __keys: number }).__keys).toBe(5);
  }, 10_000);

  it('never types into a text box a person can edit (the filler\'s own search does that): not one key', async () => {
    const editable = open(TYPEAHEAD.replace('<X', '<input').replace('></X>', '>').replace('Y', ''));
    const input = editable.doc.getElementById('b') as HTMLInputElement;
    expect(await MORE_WAYS.typeAhead(input, '4weken', means4, () => means4(input.value))).toBe(false);
    expect(input.value).toBe('');
    expect((editable.win as unknown as { __keys?: number }).__keys).toBeUndefined();
  });
});

describe('a key the filler presses', () => {
  it('never submits the form, even when the widget\'s own Enter handler asks to', () => {
    const p = open(`<form id="f"><div id="b" role="combobox" tabindex="0"></div><button>Versturen</button></form>`);
    const form = p.doc.getElementById('f') as HTMLFormElement;
    const box = p.doc.getElementById('b')!;
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    box.addEventListener('keydown', (e) => {
      if ((e as KeyboardEvent).key === 'Enter') form.requestSubmit();
    });
    guardedKey(box, 'Enter');
    expect(submitted).toBe(0);
    // The same handler, pressed without the guard: the page's submit listener hears it.
    box.dispatchEvent(new (p.win as unknown as typeof window).KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(submitted).toBe(1);
  });

  it('the filler\'s own Enter, when it chooses an option with the keys, never submits either', async () => {
    // A select that answers only keys: ArrowDown opens and walks, Enter chooses the active
    // option and, as some widgets do, asks the form to submit.
    const p = open(
      `<form id="f"><label id="l">Verloning</label><div id="b" role="combobox" tabindex="0" aria-labelledby="l" aria-expanded="false" aria-controls="lb">Kies</div>` +
        `<ul id="lb" role="listbox" hidden><li role="option" id="o1">Per maand</li><li role="option" id="o2">Per 4 weken</li></ul><button>Versturen</button></form>` +
        `<script>
          const box = document.getElementById('b'), list = document.getElementById('lb'), form = document.getElementById('f');
          const opts = Array.from(list.children); let at = -1;
          form.addEventListener('keydown', (e) => {
            if (e.key === 'ArrowDown') { list.hidden = false; box.setAttribute('aria-expanded', 'true'); at = Math.min(at + 1, opts.length - 1); box.setAttribute('aria-activedescendant', opts[at].id); }
            if (e.key === 'Enter' && at >= 0) { box.textContent = opts[at].textContent; list.hidden = true; box.setAttribute('aria-expanded', 'false'); box.removeAttribute('aria-activedescendant'); form.requestSubmit(); }
          });
        </script>`,
    );
    let submitted = 0;
    p.doc.getElementById('f')!.addEventListener('submit', (e) => {
      submitted++;
      e.preventDefault();
    });
    const box = p.doc.getElementById('b')!;
    expect(await pickOption(box, 'verloning', '4weken', false)).toBe(true);
    expect(box.textContent).toBe('Per 4 weken');
    expect(submitted).toBe(0);
  });
});
