import { beforeEach, describe, expect, it } from 'vitest';
import { closestDeep, deepQueryAll, walkTree } from '../../../utils/dom/walk';
import { isHidden, isHiddenByMarkup, markupHiddenCheck } from '../../../utils/dom/visibility';
import { isHeadingLike, readableText } from '../../../utils/dom/text';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}
const $ = (sel: string): Element => document.querySelector(sel)!;

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('visibility', () => {
  it('sees hidden, inline display:none and non-rendered tags, on the element or an ancestor', () => {
    html(`<div hidden><span id="a">x</span></div><div style="display: none"><span id="b">x</span></div>
      <template><span>x</span></template><div><span id="c">x</span></div>`);
    expect(isHiddenByMarkup($('#a'))).toBe(true);
    expect(isHiddenByMarkup($('#b'))).toBe(true);
    expect(isHiddenByMarkup($('#c'))).toBe(false);
    const check = markupHiddenCheck(document.body);
    expect([check($('#a')), check($('#b')), check($('#c'))]).toEqual([true, true, false]);
  });
  it('a hidden host hides its shadow content', () => {
    html(`<div id="host" hidden></div>`);
    const inner = document.createElement('span');
    $('#host').attachShadow({ mode: 'open' }).append(inner);
    expect(isHiddenByMarkup(inner)).toBe(true);
  });
  it('computed visibility also sees stylesheets and aria-hidden ancestors', () => {
    html(`<style>.gone { display: none }</style><div class="gone"><input id="a"></div>
      <div aria-hidden="true"><input id="b"></div><div style="visibility: hidden"><input id="c"></div><input id="d">`);
    expect([isHidden($('#a')), isHidden($('#b')), isHidden($('#c')), isHidden($('#d'))]).toEqual([true, true, true, false]);
    expect(isHiddenByMarkup($('#a'))).toBe(false);
  });
});

describe('readable text', () => {
  it('reads block boundaries as spaces, inline ones not, and leaves out scripts, buttons and hidden parts', () => {
    html(`<div id="t">Maand<div>BSN</div><b>Werk</b>gever<br>ID<script>x()</script><button>Wijzig</button><span hidden>geheim</span><span style="display:none">weg</span></div>`);
    expect(readableText($('#t'))).toBe('Maand BSN Werkgever ID');
  });
  it('as a label, leaves out aria-hidden parts and nested option widgets; as a value keeps an aria-hidden ✓', () => {
    html(`<label id="l">Verloning <span aria-hidden="true">*</span><span role="radio">Maand</span></label><td id="v"><span aria-hidden="true">✓</span></td>`);
    expect(readableText($('#l'), { asLabel: true })).toBe('Verloning');
    expect(readableText($('#l'))).toBe('Verloning *Maand');
  });
  it('skips the subtree it is told to skip', () => {
    html(`<label id="l">Naam <span id="c">inner</span></label>`);
    expect(readableText($('#l'), { skip: $('#c') })).toBe('Naam');
  });
  it('reads a web component label rendered in its open shadow root', () => {
    html(`<x-field id="f"></x-field>`);
    $('#f').attachShadow({ mode: 'open' }).innerHTML = '<label>Werkgever ID</label>';
    expect(readableText(document.body)).toBe('Werkgever ID');
  });
  it('reads slotted content where the slot shows it', () => {
    html(`<x-option id="o"><b>Per 4 weken</b></x-option>`);
    $('#o').attachShadow({ mode: 'open' }).innerHTML = '<span class="dot"></span><slot></slot>';
    expect(readableText($('#o'))).toBe('Per 4 weken');
  });
  it('reads a component that carries its label only as a label attribute', () => {
    html(`<x-radio id="r" label="Maandelijks"></x-radio>`);
    expect(readableText($('#r'))).toBe('Maandelijks');
  });
});

describe('walking a page', () => {
  it('visits open shadow trees between a host and its light children', () => {
    html(`<div id="host"><i>light</i></div><p>after</p>`);
    $('#host').attachShadow({ mode: 'open' }).innerHTML = '<b>shadow</b>';
    const seen: string[] = [];
    walkTree(document.body, (n) => {
      if (n.nodeType === 1) seen.push((n as Element).tagName.toLowerCase());
    });
    expect(seen).toEqual(['div', 'b', 'i', 'p']);
    expect(deepQueryAll(document.body, 'b').length).toBe(1);
    expect(closestDeep($('#host').shadowRoot!.querySelector('b')!, '#host')).toBe($('#host'));
  });
  it('skip leaves a subtree out, skip-siblings the rest of the parent', () => {
    html(`<ul><li>1</li><li>2</li><li>3</li></ul><p><span>in</span></p>`);
    const texts: string[] = [];
    walkTree(document.body, (n) => {
      if (n.nodeType === 3) texts.push((n as Text).data);
      if ((n as Element).tagName === 'LI' && n.textContent === '2') return 'skip-siblings';
      if ((n as Element).tagName === 'P') return 'skip';
    });
    expect(texts).toEqual(['1']);
  });
  it('enters a same-origin frame only when asked', async () => {
    html(`<iframe id="f" srcdoc="<span>Werkgever ID</span>"></iframe>`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const count = (frames: boolean): number => deepQueryAll(document.body, 'span', { frames }).length;
    expect(count(false)).toBe(0);
    expect(count(true)).toBe(1);
  });
});

describe('headings', () => {
  it('knows headings, legends, selected tabs and current items, not other tabs', () => {
    html(`<h2 id="a">x</h2><div role="tab" aria-selected="true" id="b">x</div><div role="tab" id="c">x</div><li class="nav active" id="d">x</li><li id="e">x</li>`);
    expect(['#a', '#b', '#c', '#d', '#e'].map((s) => isHeadingLike($(s)))).toEqual([true, true, false, true, false]);
  });
});
