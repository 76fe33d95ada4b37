import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where a build writes the index's files: set by the integration, read by the index route; pages and hooks share a process but not modules. */
const SLOT = Symbol.for('side-by-side.search-index');
type Slot = typeof globalThis & { [SLOT]?: { folder: string; written: number } };

/**
 * Called by the index route (src/pages/search-index/[...file].ts) with every file of the index.
 * In a build they are written at once into `search-index/` and taken out of the map, so that the
 * build does not hold thousands of them in memory to its end. Under `astro dev` the route serves
 * them and the map is left whole.
 */
export function handOver(files: Map<string, string>) {
  const target = (globalThis as Slot)[SLOT];
  if (!target) return;
  const folders = new Set<string>();
  for (const [path, text] of files) {
    const file = `${target.folder}${path}`;
    const folder = dirname(file);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(file, text);
    target.written++;
  }
  files.clear();
}

/**
 * Writes the search index's files into the build (`search-index/`): a few thousand small files at
 * scale, written directly rather than as routes. Only the manifest is a route of its own, which is
 * what hands the files over; the build stops if it did not.
 */
export default function searchIndex(): AstroIntegration {
  let outDir: URL | undefined;
  return {
    name: 'search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        (globalThis as Slot)[SLOT] = { folder: fileURLToPath(new URL('search-index/', outDir)), written: 0 };
      },
      'astro:build:done': ({ logger }) => {
        const target = (globalThis as Slot)[SLOT];
        if (!target?.written) throw new Error('The search index was not built: src/pages/search-index/[...file].ts did not run.');
        logger.info(`${target.written} files written to search-index/`);
        delete (globalThis as Slot)[SLOT];
      },
    },
  };
}
