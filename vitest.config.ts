// Vitest configuration: tests run in forked processes so native SQLite handles never cross threads.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Temporary databases and files of the tests go under one directory that is removed after the run.
    globalSetup: ['test/temp-dir.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
