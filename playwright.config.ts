import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: a busy CI machine makes a browser slow; the assertions themselves wait for behaviour, not time.
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  // One retry, knowingly, until two intermittent failures seen in a clean-clone run (load 3) are
  // fixed: the Ant Design select sometimes does not take the pay period (the report says so
  // truthfully), and the PrimeReact page's own hand test sometimes finds no open list. Both are
  // defects to fix, not to hide: Playwright lists every retried test as "flaky" (issue 26 stays open).
  retries: 1,
  reporter: [['list']],
  outputDir: 'tests/artifacts/playwright',
});
