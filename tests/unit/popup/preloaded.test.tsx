import { describe, expect, it } from 'vitest';
import { act, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { preloaded } from '../../../components/shared/preloaded';

// React 19 asks for this flag before `act` may be used outside a test renderer.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Field({ value }: { value: string }) {
  return <input aria-label="Werkgever ID" defaultValue={value} />;
}

function mount(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<Suspense fallback={<p>Laden…</p>}>{node}</Suspense>));
  return { host, root };
}

describe('a component split off the first-paint bundle (components/preloaded.tsx)', () => {
  it('once loaded, appears in the same commit as the data (no fallback, no second render)', async () => {
    let loads = 0;
    const Part = preloaded(async () => {
      loads++;
      return Field;
    });
    await Part.preload();
    const { host, root } = mount(<Part value="20720" />);
    // Synchronously after the first commit: React.lazy would show the fallback here.
    expect(host.querySelector('input')?.value).toBe('20720');
    expect(host.textContent).not.toContain('Laden');
    expect(loads).toBe(1);
    act(() => root.unmount());
  });

  it('rendered before it loaded, shows the fallback, then the part, and keeps it mounted afterwards', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const Part = preloaded(async () => {
      await gate;
      return Field;
    });
    const { host, root } = mount(<Part value="20720" />);
    expect(host.textContent).toContain('Laden');
    await act(async () => {
      release();
      await Part.preload();
    });
    const input = host.querySelector('input')!;
    expect(input.value).toBe('20720');
    // A re-render after loading must not swap the lazy type for the loaded one: that would
    // remount the field (a user typing there would lose focus and text).
    act(() => root.render(<Suspense fallback={<p>Laden…</p>}><Part value="20720" /></Suspense>));
    expect(host.querySelector('input')).toBe(input);
    act(() => root.unmount());
  });

  it('a part whose file fails to load says so in its place; preload does not reject (the data still paints)', async () => {
    const Part = preloaded<{ value: string }>(() => Promise.reject(new Error('chunk gone after an update')));
    await expect(Part.preload()).resolves.toBeUndefined();
    const { host, root } = mount(<Part value="20720" />);
    await act(async () => {
      await Part.preload();
    });
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('kon niet worden geladen');
    act(() => root.unmount());
  });
});
