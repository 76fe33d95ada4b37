import type { AstroIntegration } from 'astro';
import { pruneCache } from '../lib/build-cache';

/**
 * Ends each build by removing what it kept from earlier builds and did not use
 * (src/lib/build-cache.ts): the cache holds the current site's stories and images, not every
 * version of them ever built.
 */
export default function buildCache(): AstroIntegration {
  let started = 0;
  return {
    name: 'build-cache',
    hooks: {
      'astro:build:start': () => {
        // A second's slack: file times may be rounded by the file system.
        started = Date.now() - 1000;
      },
      'astro:build:done': ({ logger }) => {
        const removed = pruneCache(started);
        if (removed) logger.info(`${removed} unused cache files removed`);
      },
    },
  };
}
