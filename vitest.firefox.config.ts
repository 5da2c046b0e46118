import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the shared end-to-end flows (tests/flows) in headless Firefox ESR.
// Vitest because the flows are TypeScript shared with the Playwright specs and Node 20 cannot
// run TypeScript by itself; one worker, one file, one browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: process.env.CI ? 1 : 0,
    reporters: ['verbose'],
  },
});
