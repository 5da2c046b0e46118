import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Tests count work, never time; the default 5 s only measures how busy the machine is
    // (a whole-page fill test timed out at a load average of 17).
    testTimeout: 60_000,
  },
});
