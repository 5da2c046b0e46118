// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM helper shared by both browsers' tests, `npm start` and the benchmark.
import { findChromium, findFirefox } from '../../support/sites.mjs';

const BROWSERS = [
  { name: 'Chromium', find: findChromium as () => string, envVar: 'CHROMIUM_PATH', install: 'apt-get install chromium' },
  { name: 'Firefox', find: findFirefox as () => string, envVar: 'FIREFOX_PATH', install: 'apt-get install firefox-esr' },
];

describe.each(BROWSERS)('how tests find $name', ({ find, envVar, install }) => {
  const saved = { path: process.env.PATH, browser: process.env[envVar] };
  afterEach(() => {
    process.env.PATH = saved.path;
    if (saved.browser === undefined) delete process.env[envVar];
    else process.env[envVar] = saved.browser;
  });

  it(`takes ${envVar} first`, () => {
    process.env[envVar] = process.execPath; // any existing file stands in for a browser
    expect(find()).toBe(process.execPath);
  });

  it(`says in one line how to install it when ${envVar} points nowhere`, () => {
    process.env[envVar] = '/nergens/browser';
    expect(() => find()).toThrow(new RegExp(`${envVar}=/nergens/browser does not exist.*${install}`));
  });

  it('says in one line how to install it when the browser is not on PATH', () => {
    delete process.env[envVar];
    process.env.PATH = '/nergens';
    let message = '';
    try {
      find();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`${install}.*${envVar}`));
    expect(message.split('\n')).toHaveLength(1);
  });
});
