// The shared flows (tests/flows/flows.ts) in headless Firefox ESR with the Firefox build
// (.output/firefox-mv2). One browser for all flows (a launch costs seconds): each flow starts
// with its tabs closed and the extension's storage empty.
import { afterAll, beforeAll, beforeEach, test } from 'vitest';
import { FLOWS } from '../flows/flows';
import { launchFirefoxDriver, type FirefoxDriver } from '../flows/firefox';

let driver: FirefoxDriver;
beforeAll(async () => {
  driver = await launchFirefoxDriver();
});
beforeEach(() => driver.reset());
afterAll(() => driver?.close());

for (const [name, flow] of Object.entries(FLOWS)) {
  test(name, async ({ onTestFailed }) => {
    // What every tab showed when it failed, for the CI log's reader.
    onTestFailed(() => driver.screenshotTabs(name.replace(/\W+/g, '-').slice(0, 60)));
    await flow(driver);
  });
}
