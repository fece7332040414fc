import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Integration files share one Neo4j database: run files one at a time.
    fileParallelism: false,
    testTimeout: 30_000,
    // The JSON copy lets CI print a plain 'N passed, N failed' closing line.
    reporters: ['default', ['json', { outputFile: 'test-artifacts/vitest-results.json' }]],
    hookTimeout: 240_000,
  },
});
