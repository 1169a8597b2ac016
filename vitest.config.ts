import { defineConfig } from 'vitest/config';

export const config = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/parsers.ts', 'test/helpers/seed.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
// vitest looks for a default export; the house style avoids them elsewhere.
export default config;
