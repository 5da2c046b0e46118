// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared with `npm start` and the benchmark.
import { findChromium } from '../../support/browser.mjs';

describe('how tests find Chromium', () => {
  const saved = { path: process.env.PATH, chromium: process.env.CHROMIUM_PATH };
  afterEach(() => {
    process.env.PATH = saved.path;
    if (saved.chromium === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved.chromium;
  });

  it('takes CHROMIUM_PATH first', () => {
    process.env.CHROMIUM_PATH = process.execPath; // any existing file stands in for a browser
    expect(findChromium()).toBe(process.execPath);
  });

  it('says in one line how to install it when CHROMIUM_PATH points nowhere', () => {
    process.env.CHROMIUM_PATH = '/nergens/chromium';
    expect(() => findChromium()).toThrow(/CHROMIUM_PATH=\/nergens\/chromium does not exist.*apt-get install chromium/);
  });

  it('says in one line how to install it when there is no chromium on PATH', () => {
    delete process.env.CHROMIUM_PATH;
    process.env.PATH = '/nergens';
    let message = '';
    try {
      findChromium();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/apt-get install chromium.*CHROMIUM_PATH/);
    expect(message.split('\n')).toHaveLength(1);
  });
});
