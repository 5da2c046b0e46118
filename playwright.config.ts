import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: a busy CI machine makes a browser slow; the assertions themselves wait for behaviour, not time.
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on a second try is a bug to fix, not to hide (issue 26).
  retries: 0,
  reporter: [['list']],
  outputDir: 'tests/artifacts/playwright',
});
