// Two storage changes in a row start two reloads of the overview, each many storage calls. When
// the older one is answered last, the page must not fall back to what the employers were before
// the newer change: a portfolio that shows an overwritten name or stage is a wrong value.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureMigrated, updateEmployer } from '../../../utils/store';
import { applyUserEdit } from '../../../utils/employers/record';
import { readFirstPaint } from '../../../utils/overview/store';
import { OverviewApp } from '../../../components/overview/OverviewApp';
import { seedEmployers } from '../store/seed';
import { fakeTableLayout } from './fake-layout';

let root: Root | null = null;
let container: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  fakeTableLayout();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
  vi.restoreAllMocks();
});

const rename = (id: string, werkgeverNaam: string) => updateEmployer(id, (r) => applyUserEdit(r!, { werkgeverNaam }, new Date().toISOString()));
const tableText = () => container.querySelector('tbody')?.textContent ?? '';

it('an older reload answered after a newer one does not bring back what the newer change replaced', async () => {
  const records = await seedEmployers(5);
  await ensureMigrated();
  const id = Object.keys(records)[0]!;
  root = createRoot(container);
  root.render(<OverviewApp first={readFirstPaint()} />);
  await vi.waitFor(() => expect(container.querySelector('table')?.getAttribute('aria-busy')).toBe('false'), { timeout: 10_000 });

  // Record reads made after the first rename are answered only when released, with what they
  // read then (the index watcher's own reads go through: it keeps its callbacks in order).
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  const set = local.set.bind(local);
  let holding = false;
  const held: Array<() => void> = [];
  vi.spyOn(local, 'get').mockImplementation(((keys: string[]) => {
    const answer = get(keys);
    if (!holding || ![keys].flat().some((k) => String(k).startsWith('employer:'))) return answer;
    return answer.then((value) => new Promise((resolve) => held.push(() => resolve(value))));
  }) as typeof local.get);
  vi.spyOn(local, 'set').mockImplementation(((items: Record<string, unknown>) => {
    const done = set(items);
    if (Object.keys(items).includes(`employer:${id}`) && JSON.stringify(items).includes('Eerste Naam')) holding = true;
    return done;
  }) as typeof local.set);

  await rename(id, 'Eerste Naam B.V.');
  await vi.waitFor(() => expect(held.length).toBeGreaterThan(0));
  holding = false;
  await rename(id, 'Tweede Naam B.V.');
  await vi.waitFor(() => expect(tableText()).toContain('Tweede Naam B.V.'));

  // The first reload's answers arrive last.
  held.splice(0).forEach((release) => release());
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(tableText()).toContain('Tweede Naam B.V.');
  expect(tableText()).not.toContain('Eerste Naam B.V.');
});
