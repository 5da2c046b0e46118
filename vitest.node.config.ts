import { defineConfig } from 'vitest/config';

// Tests that drive real programs from Node, one at a time: the shared end-to-end flows in
// headless Firefox ESR (tests/firefox, `npm run test:firefox`) and the store packages rebuilt
// from the sources zip (tests/packages, `npm run test:packages`). Vitest because the flows are
// TypeScript shared with the Playwright specs and Node 20 cannot run TypeScript by itself.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.test.ts', 'tests/packages/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // No retries, in CI either: a flow that passes only on its second try is a defect.
    retry: 0,
    reporters: ['verbose'],
  },
});
