// The overview with 1,000 employers, rendered with the project's react-dom into happy-dom on the
// fake browser's storage: what is read and computed before the first rows, after them, and per
// keystroke (counted work, never time).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot, type Root } from 'react-dom/client';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ensureMigrated } from '../../../utils/store';
import { EMPLOYER_PREFIX } from '../../../utils/store/layout';
import { readFirstPaint } from '../../../utils/overview/store';
import { OverviewApp } from '../../../components/overview/OverviewApp';
import { mountOverview } from '../../../components/overview/mount';
import { meterStorage, type Meter } from '../store/meter';
import { seedEmployers } from '../store/seed';
import { fakeTableLayout } from './fake-layout';

const work = vi.hoisted(() => ({ fullRows: 0, entryRows: 0 }));

vi.mock('../../../utils/overview/rows', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../utils/overview/rows')>();
  return {
    ...actual,
    toRows: (...args: Parameters<typeof actual.toRows>) => {
      work.fullRows += Object.keys(args[0]).length;
      return actual.toRows(...args);
    },
    entryRow: (entry: Parameters<typeof actual.entryRow>[0]) => {
      work.entryRows++;
      return actual.entryRow(entry);
    },
  };
});

const N = 1000;
let root: Root | null = null;
let container: HTMLElement;
let meter: Meter;

beforeEach(async () => {
  fakeBrowser.reset();
  work.fullRows = 0;
  work.entryRows = 0;
  fakeTableLayout();
  await seedEmployers(N);
  await ensureMigrated(); // once per page, before anything the page shows
  meter = meterStorage();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  root?.unmount();
  root = null;
  container.remove();
  meter.stop();
});

const recordsRead = () => meter.read.filter((k) => k.startsWith(EMPLOYER_PREFIX)).length;
const count = () => container.querySelector('[data-testid="shown-count"]')!.textContent;
const table = () => container.querySelector('table');

function type(text: string) {
  const input = container.querySelector<HTMLInputElement>('#overview-search')!;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * Renders the page and resolves with what was done when the first rows were committed (taken
 * in that commit's microtask: nothing scheduled after the paint can have run yet).
 */
function renderUntilFirstRows() {
  return new Promise<{ recordsRead: number; work: typeof work; count: string | null; busy: string | null; cells: (string | null)[] }>((resolve) => {
    const observer = new MutationObserver(() => {
      const row = container.querySelector('tbody tr[data-index]');
      if (!row) return;
      observer.disconnect();
      resolve({
        recordsRead: recordsRead(),
        work: { ...work },
        count: count(),
        busy: table()!.getAttribute('aria-busy'),
        cells: [...row.querySelectorAll('td')].map((td) => td.textContent),
      });
    });
    observer.observe(container, { childList: true, subtree: true });
    root = createRoot(container);
    root.render(<OverviewApp first={readFirstPaint()} />);
  });
}

describe('overview at 1,000 employers', () => {
  it('first rows from the index entries alone: no record read, no full row computed, details left empty', async () => {
    const first = await renderUntilFirstRows();
    expect(first.count).toBe(`${N} van ${N} werkgevers`);
    expect(first.recordsRead).toBe(0);
    expect(first.work).toEqual({ fullRows: 0, entryRows: N });
    expect(first.busy).toBe('true');
    // DGAs, "what is missing", rights, last seen: unknown yet, so empty, not 0, "compleet", "niet gecontroleerd", "nooit".
    expect([3, 6, 7, 9].map((i) => first.cells[i])).toEqual(['', '', '', '']);
    expect(first.cells[1]).not.toBe('');

    await vi.waitFor(() => expect(table()!.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000 });
    expect(recordsRead()).toBe(N);
    expect(work.fullRows).toBe(N);
    expect(count()).toBe(`${N} van ${N} werkgevers`);
  });

  it('a search before the records are read shows no count until it can be complete', async () => {
    await renderUntilFirstRows();
    type('z');
    expect(table()!.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect(count()).toBe('Laden…'));
    await vi.waitFor(() => expect(count()).toMatch(new RegExp(`^\\d+ van ${N} werkgevers$`)), { timeout: 30_000 });
  });

  it('a keystroke computes no row again: it filters the rows made once', async () => {
    await renderUntilFirstRows();
    await vi.waitFor(() => expect(table()!.getAttribute('aria-busy')).toBe('false'), { timeout: 30_000 });
    const before = { work: { ...work }, read: meter.read.length };

    for (const text of ['z', 'zu', 'z']) {
      const shown = count();
      type(text);
      await vi.waitFor(() => expect(count()).not.toBe(shown));
    }
    expect(work).toEqual(before.work);
    expect(meter.read.length).toBe(before.read);
  });
});

describe('mounted as the page does (components/overview/mount.tsx)', () => {
  /** What each commit showed, in order: the loading screen, the rows. */
  function mount(first: ReturnType<typeof readFirstPaint>, loadingAfterMs?: number) {
    const commits: ('loading' | 'rows')[] = [];
    const observer = new MutationObserver(() => {
      if (container.querySelector('tbody tr[data-index]')) commits.push('rows');
      else if (container.querySelector('main[aria-busy="true"]')) commits.push('loading');
    });
    observer.observe(container, { childList: true, subtree: true, characterData: true });
    root = createRoot(container);
    mountOverview(root, first, loadingAfterMs);
    return commits;
  }

  it('with the first read done, the first render shows the rows: no "Laden…" render and paint on the way', async () => {
    const first = readFirstPaint();
    await first;
    const commits = mount(first);
    await vi.waitFor(() => expect(commits).toContain('rows'));
    expect(commits[0]).toBe('rows');
    expect(commits).not.toContain('loading');
    expect(count()).toBe(`${N} van ${N} werkgevers`);
  });

  it('a read that takes long shows "Laden…" meanwhile, then the rows', async () => {
    let release: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (release = resolve)).then(() => readFirstPaint());
    const commits = mount(first, 10);
    await vi.waitFor(() => expect(commits).toEqual(['loading']));
    release();
    await vi.waitFor(() => expect(commits.at(-1)).toBe('rows'));
    expect(count()).toBe(`${N} van ${N} werkgevers`);
  });
});
