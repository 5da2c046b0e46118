import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: a busy CI machine makes a browser slow; the assertions themselves wait for behaviour, not time.
  timeout: 90_000,
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes only on its second try is a defect, in the test or the code.
  retries: 0,
  reporter: [['list']],
  outputDir: 'tests/artifacts/playwright',
});
