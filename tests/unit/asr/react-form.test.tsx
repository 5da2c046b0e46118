// The React 19 simulated form (tests/sites/asr/react-form/main.tsx) rendered with the
// project's own react-dom into happy-dom: after the fill, React's STATE holds the values
// (a DOM-only value change would be reverted by React and not reach window.__reactState).
import { afterEach, describe, expect, it } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { AsrReactForm, type ReactFormState } from '../../sites/asr/react-form/main';
import { fillDocument } from '../../../utils/asr/fill';
import { FAST, statuses, VALUES } from './helpers';

let root: Root | undefined;
let container: HTMLElement | undefined;
afterEach(() => {
  root?.unmount();
  container?.remove();
  root = undefined;
  delete window.__reactState;
  delete window.__submitted;
});

function mount(): void {
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  flushSync(() => root!.render(<AsrReactForm />));
}

describe('React 19 controlled form', () => {
  it('React state receives every value, DGA rows added asynchronously, no submit', async () => {
    mount();
    const report = await fillDocument(document, VALUES, FAST);
    expect(report.formFound).toBe(true);
    expect(Object.values(statuses(report)).every((s) => s === 'filled')).toBe(true);
    const state = window.__reactState as ReactFormState;
    expect(state).toEqual({
      organisatie: VALUES.bedrijfsnaam,
      email: VALUES.email,
      contract: VALUES.raamwerkcontractnummer,
      lhn: VALUES.loonheffingennummer,
      werkgeverId: VALUES.werkgeverId,
      heeftDga: 'ja',
      dgas: VALUES.dgas,
      verloning: '4weken',
      dertiende: 'ja',
    });
    expect(window.__submitted).toBeUndefined();
  });

  it('setting el.value alone does not reach React state (the test would catch a naive fill)', async () => {
    mount();
    const input = document.querySelector('input[type=text]') as HTMLInputElement;
    input.value = 'naief';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 10));
    expect(window.__reactState?.organisatie).toBe('');
  });
});
