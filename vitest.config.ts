import { defineConfig } from 'vitest/config';
import { WAIT_MS } from './test/helpers/wait.ts';

/**
 * Three tiers, each a project (`npm run test:unit`, `test:build`, `test:browser`; `npm test` runs all):
 * - unit: pure logic, content rules, plugins on real processors; no build, server or browser;
 * - build: the real `astro build`, read as files, and one build per kind of invalid content;
 * - browser: the built site served by nginx, in Chromium and Firefox, and the outside judges.
 * The build and browser tiers share one build and one server (test/setup/site.ts).
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Waits are for conditions, with one generous timeout: the machine may be busy.
    expect: { poll: { timeout: WAIT_MS } },
    projects: [
      // Pure tests share one module graph (no isolation): each module loads once, several times faster.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], globalSetup: ['test/setup/site.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/setup/site.ts'] } },
    ],
  },
});
