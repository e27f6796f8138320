import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/integration/**/*.test.ts',
      'test/e2e/**/*.test.ts',
      'test/security/**/*.test.ts',
    ],
    globalSetup: ['test/tools-setup.ts', 'test/cluster-setup.ts'],
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node refuses;
    // Vite's transform of the package loads it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
