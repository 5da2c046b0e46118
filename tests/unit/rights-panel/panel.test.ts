// The panel's logic without a browser: what it says for a user and a team, that its own words
// are never read as the page's rights, and that a right switched on is redrawn after one read
// (reads are counted, never timed).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSite } from '../loket/helpers';
import { startPanel, type PanelContext } from '../../../utils/rights-panel/page';
import { userPanel, teamPanel } from '../../../utils/rights-panel/model';
import { capturePage } from '../../../utils/loket/capture';
import { PANEL_HOST_TAG } from '../../../utils/rights-panel/view';
import type { RightsCapture, TeamCapture } from '../../../utils/loket/types';

const employer = { werkgeverId: '20720', werkgeverNaam: 'Bakkerij De Korenschoof B.V.' };

function load(name: string): void {
  document.documentElement.innerHTML = readSite(name).replace(/^<!doctype html>/i, '').replace(/<\/?html[^>]*>/g, '').replace(/<script[\s\S]*?<\/script>/g, '');
}

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
  document.documentElement.innerHTML = '';
});

describe('the panel model', () => {
  it('asks the helpdesk for exactly what is missing, in the e-mail and its copy text', () => {
    const live = capturePage(new DOMParser().parseFromString(readSite('rights-forty-grouped.html'), 'text/html')) as RightsCapture;
    const model = userPanel(live, [], employer, 'nl');
    expect(model.rights.filter((r) => r.state === 'missing').map((r) => r.right)).toEqual(['Raadplegen dienstverbanden', 'Raadplegen loonoutput beperkt']);
    const asked = model.mail!.text.split('\n').filter((l) => l.startsWith('- '));
    // No employer list on the page: access is missing for this employer only when a list shows it.
    expect(asked).toEqual(['- Recht “Raadplegen dienstverbanden”', '- Recht “Raadplegen loonoutput beperkt”']);
    expect(model.mail!.text).toContain('Aan: api@loket.nl');
    expect(model.mail!.href).toMatch(/^mailto:api@loket\.nl\?subject=/);
    expect(model.verdict).toBe('missing');
  });

  it('a team page: the team’s own six rights, its members, and English when chosen', () => {
    const team = capturePage(new DOMParser().parseFromString(readSite('team-koppelingen.html'), 'text/html')) as TeamCapture;
    const model = teamPanel(team, employer, 'en');
    expect(model.title).toBe('Team “Koppelingen”');
    expect(model.rights.filter((r) => r.state === 'granted')).toHaveLength(4);
    expect(model.context).toContain('Members: Koppeling a.s.r., Jan Jansen');
    expect(model.mail!.text).toContain('team “Koppelingen”');
  });
});

describe('the panel on a page', () => {
  it('marks each of the six where the page lists it, and its own words are never read as the page’s', async () => {
    load('rights-forty-grouped.html');
    const context: PanelContext = { checks: [], employer, lang: 'nl' };
    const running = startPanel(document, { context: async () => context, copy: async () => true });
    stop = running.stop;
    await vi.waitFor(() => expect(running.view()).not.toBeNull());
    const root = running.view()!.root;
    expect(root.querySelectorAll('.mark')).toHaveLength(6);
    // The host stands outside <body>: the reader, which scans <body>, reads the same capture.
    expect(document.body.querySelector(PANEL_HOST_TAG)).toBeNull();
    expect(document.querySelector(PANEL_HOST_TAG)).not.toBeNull();
    expect(capturePage(document)).toEqual(capturePage(new DOMParser().parseFromString(readSite('rights-forty-grouped.html'), 'text/html')));
  });

  it('two context requests answered out of order: the newer one stands, the older answer is dropped', async () => {
    load('rights-forty-grouped.html');
    const other = { werkgeverId: '20790', werkgeverNaam: 'De Boer Transport B.V.' };
    const answers: Array<(c: PanelContext) => void> = [];
    const running = startPanel(document, { context: () => new Promise<PanelContext>((resolve) => answers.push(resolve)), copy: async () => true });
    stop = running.stop;
    // The first request, then one capture asks twice: the storage change (read before the tab's
    // employer was written) and the background's refresh after it.
    answers[0]!({ checks: [], employer, lang: 'nl' });
    await vi.waitFor(() => expect(running.view()).not.toBeNull());
    running.refreshContext();
    running.refreshContext();
    answers[2]!({ checks: [], employer: other, lang: 'nl' });
    await vi.waitFor(() => expect(running.view()!.root.textContent).toContain('Werkgever ID 20790'));
    answers[1]!({ checks: [], employer, lang: 'nl' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(running.view()!.root.textContent).toContain('Werkgever ID 20790');
    expect(running.view()!.root.textContent).not.toContain('Werkgever ID 20720');
  });

  it('a right switched on in place is redrawn after one read', async () => {
    load('rights-switch-live.html');
    let renders = 0;
    const running = startPanel(document, { context: async () => ({ checks: [], employer, lang: 'nl' }), copy: async () => true }, { onRender: () => renders++ });
    stop = running.stop;
    await vi.waitFor(() => expect(running.view()).not.toBeNull());
    const state = () => running.view()!.root.querySelector('.mark[data-right="Raadplegen variabele gegevens"]')?.getAttribute('data-state');
    expect(state()).toBe('missing');
    const before = renders;
    document.querySelector('[aria-labelledby="n5"]')!.setAttribute('aria-checked', 'true');
    await vi.waitFor(() => expect(state()).toBe('granted'));
    expect(renders - before).toBe(1);
  });

  it('the page’s other changes (a clock) redraw nothing: keyboard focus in the panel stays', async () => {
    load('rights-forty-grouped.html');
    const clock = document.body.appendChild(document.createElement('p'));
    let renders = 0;
    const running = startPanel(document, { context: async () => ({ checks: [], employer, lang: 'nl' }), copy: async () => true }, { onRender: () => renders++ });
    stop = running.stop;
    await vi.waitFor(() => expect(running.view()).not.toBeNull());
    const root = running.view()!.root;
    const copy = [...root.querySelectorAll('button')].find((b) => b.textContent === 'E-mail kopiëren')!;
    copy.focus();
    const before = renders;
    clock.textContent = '12:01';
    await vi.waitFor(() => expect(renders).toBe(before + 1));
    expect(copy.isConnected).toBe(true);
    expect(root.activeElement).toBe(copy);
  });

  it('leaves when the page stops being a rights page (a route change) and stays away once dismissed', async () => {
    load('rights-missing.html');
    const running = startPanel(document, { context: async () => ({ checks: [], lang: 'nl' }), copy: async () => true });
    stop = running.stop;
    await vi.waitFor(() => expect(running.view()).not.toBeNull());
    running.view()!.root.querySelector<HTMLButtonElement>('button.x')!.click();
    expect(document.querySelector(PANEL_HOST_TAG)).toBeNull();
    document.body.appendChild(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 50));
    expect(document.querySelector(PANEL_HOST_TAG)).toBeNull();
  });
});
