import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails the run when a test leaves temp files or files in the repository (test/support/leftovers.ts).
    globalSetup: ['test/support/leftovers.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: keep parallel files modest so process-spawning tests do not starve each other.
    maxWorkers: 2,
  },
});
