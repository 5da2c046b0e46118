import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { findDeadTabs } from '../../../utils/popup/tab-health';

// After an extension update Chrome leaves the old content scripts cut off: sendMessage to them
// rejects ("Could not establish connection"). The popup must name exactly those tabs.
describe('open tabs whose content script no longer answers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('names the Loket.nl tabs that do not answer, not the ones that do', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, title: 'Loket.nl - Bedrijfsgegevens', url: 'https://www.loket.nl/x', status: 'complete' },
      { id: 2, title: 'Loket.nl - Werknemer', url: 'https://www.loket.nl/y', status: 'complete' },
    ] as never);
    let asked = 0;
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number) => {
      asked++;
      if (tabId === 2) return { alive: true };
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    const dead = await findDeadTabs(0);
    expect(dead).toEqual([{ id: 1, title: 'Loket.nl - Bedrijfsgegevens' }]);
    // Each suspect is asked twice (a tab still loading gets a second chance), the live one once.
    expect(asked).toBe(3);
  });

  it('never asks an a.s.r. tab: its filler is injected on each fill, and asking would load it into every open a.s.r. tab', async () => {
    const query = vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 1, title: 'Loket.nl', url: 'https://www.loket.nl/x', status: 'complete' }] as never);
    const sent: unknown[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => {
      sent.push([tabId, message]);
      return { alive: true };
    });
    const injected = vi.spyOn(browser.runtime, 'sendMessage');
    expect(await findDeadTabs(0)).toEqual([]);
    expect(query.mock.calls[0]![0]).toEqual({ url: ['https://*.loket.nl/*', 'https://*.loket-acc.nl/*'] });
    expect(sent).toEqual([[1, { type: 'loket/ping' }]]);
    expect(injected).not.toHaveBeenCalled();
  });

  it('a tab that answers on the second ask (still loading) is not named', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([
      { id: 1, title: 'Loket.nl', url: 'https://www.loket.nl/x', status: 'complete' },
    ] as never);
    let calls = 0;
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation(async () => {
      calls++;
      if (calls === 1) throw new Error('not yet');
      return { alive: true };
    });
    expect(await findDeadTabs(0)).toEqual([]);
  });
});
