import { defineConfig } from 'vitest/config';
import { parsedSitesPlugin } from './scripts/parsedSites.ts';
import { siteSummariesPlugin } from './scripts/siteSummaries.ts';

export default defineConfig({
  plugins: [siteSummariesPlugin(), parsedSitesPlugin()],
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'scripts/**/*.test.ts',
      'bench/*.test.ts',
      'bench/lib/*.test.ts',
    ],
    environment: 'node',
    // Some tests spawn the CLIs (tsx start-up is slow on a busy 2-core machine).
    testTimeout: 30_000,
  },
});
