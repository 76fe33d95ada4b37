import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the index route leaves the files for the integration: one slot per process, as pages and hooks share a process but not modules. */
const SLOT = Symbol.for('side-by-side.search-index');
type Slot = typeof globalThis & { [SLOT]?: ReadonlyMap<string, string> };

/** Called by the index route (src/pages/search-index/[...file].ts) with every file of the index. */
export function handOver(files: ReadonlyMap<string, string>) {
  (globalThis as Slot)[SLOT] = files;
}

/**
 * Writes the search index's files into the build (`search-index/`), after the pages: a few
 * thousand small files at scale, written directly rather than as routes. Only the manifest is a
 * route of its own, which is what hands the files over.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = (globalThis as Slot)[SLOT];
        if (!files) throw new Error('The search index was not built: src/pages/search-index/[...file].ts did not run.');
        const root = fileURLToPath(new URL('search-index/', dir));
        const folders = new Set<string>();
        for (const [path, text] of files) {
          const file = `${root}${path}`;
          const folder = dirname(file);
          if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
          folders.add(folder);
          writeFileSync(file, text);
        }
        logger.info(`${files.size} files written to search-index/`);
        delete (globalThis as Slot)[SLOT];
      },
    },
  };
}
