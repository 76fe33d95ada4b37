/*
 * What one build keeps for the next: files in Astro's cache folder (astro.config.mjs `CACHE_DIR`,
 * which `astro build --force` leaves in place), each named by a hash of everything it is made
 * from, so a file is reused exactly when its inputs are unchanged and never needs invalidating.
 * A growing site rebuilds only its new and edited stories and redraws only their images. Files
 * a build did not use are removed when it ends (src/integrations/build-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

export const CACHE_ROOT = process.env['CACHE_DIR'] || 'node_modules/.astro';

/** The folders this module writes, under CACHE_ROOT. */
export const CACHE_FOLDERS = ['social-images', 'stories', 'analyses', 'search', 'bodies'] as const;
export type CacheFolder = (typeof CACHE_FOLDERS)[number];

/** A hash of the inputs, as a file name. */
export function cacheKey(...inputs: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex').slice(0, 40);
}

/** Marks a kept file as used by this build, so that the end of the build keeps it (`pruneCache`). */
function touch(file: string): void {
  const now = new Date();
  utimesSync(file, now, now);
}

/** Writes a file whole, then renames it: a build stopped halfway leaves nothing truncated to reuse. */
function keep(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, data);
  renameSync(`${file}.${process.pid}.tmp`, file);
}

/** The file an earlier build kept under `name` in `folder`, marked as used by this one; `undefined` if there is none. */
export function keptFile(folder: CacheFolder, name: string, root = CACHE_ROOT): Uint8Array | undefined {
  const file = join(root, folder, name);
  if (!existsSync(file)) return undefined;
  touch(file);
  return readFileSync(file);
}

/** Keeps `data` under `name` in `folder` for the next build, and returns it. */
export function keepFile(folder: CacheFolder, name: string, data: Uint8Array, root = CACHE_ROOT): Uint8Array {
  keep(join(root, folder, name), data);
  return data;
}

/** The file kept under `name` in `folder`, or what `make` makes, kept for the next build. */
export function cachedFile(folder: CacheFolder, name: string, make: () => Uint8Array, root = CACHE_ROOT): Uint8Array {
  return keptFile(folder, name, root) ?? keepFile(folder, name, make(), root);
}

/** The sources of everything kept (the site model, its rules and plugins, the analyses, search, images), from the project's root. */
const SOURCES = ['src/lib', 'src/plugins', 'src/schemas', 'src/loaders', 'src/content.config.ts'];

/** Every file under `paths`, in a stable order. */
const filesUnder = (paths: readonly string[]): string[] =>
  paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path, { recursive: true, encoding: 'utf8' })
          .sort()
          .map((name) => join(path, name))
          .filter((file) => statSync(file).isFile())
      : [path],
  );

/**
 * The version of the code that makes what is kept: its sources (read from the project, the
 * working folder of a build) and the installed packages' versions. Any change to either makes
 * every kept value stale, which is the safe side: a changed rule or plugin must reach every page.
 * Without the sources at hand, the modules beside this one (a build's bundled chunks) stand in.
 */
function codeVersion(): string {
  const hash = createHash('sha256');
  const sources = SOURCES.every((path) => existsSync(path)) ? SOURCES : [dirname(fileURLToPath(import.meta.url))];
  for (const file of filesUnder(sources)) hash.update(file).update('\0').update(readFileSync(file));
  for (const lock of ['node_modules/.package-lock.json', 'package-lock.json']) {
    if (existsSync(lock)) {
      hash.update(readFileSync(lock));
      break;
    }
  }
  return hash.digest('hex');
}

let version: string | undefined;

/**
 * The inputs as text to hash: JSON, with Maps and Sets written out. Not `v8.serialize`, whose
 * bytes change with which objects are shared, so that a story read from the cache and the same
 * story made afresh would hash apart.
 */
const keyText = (inputs: unknown) =>
  JSON.stringify(inputs, (_key, value: unknown) =>
    value instanceof Map ? { Map: [...value] } : value instanceof Set ? { Set: [...value] } : value,
  ) ?? '';

/**
 * A memo kept between builds, for values of plain data (objects, arrays, Maps, Dates: whatever
 * `v8.serialize` takes): `memo(inputs, make)` returns a copy of what `make` made in a build with
 * the same inputs and the same code, or makes it, keeps it, and returns it.
 */
export function diskMemo(folder: CacheFolder, root = CACHE_ROOT) {
  return <T>(inputs: unknown, make: () => T): T => {
    version ??= codeVersion();
    let made: T | undefined;
    const bytes = cachedFile(folder, cacheKey(version, keyText(inputs)), () => serialize((made = make())), root);
    return made ?? (deserialize(bytes) as T);
  };
}

/**
 * Keeps a text in a file named by its inputs (and the code's version), for a build to read back
 * when it needs it rather than hold it in memory: the path of the file, written if absent.
 */
export function keptText(folder: CacheFolder, inputs: unknown, text: () => string, root = CACHE_ROOT): string {
  version ??= codeVersion();
  const file = join(root, folder, cacheKey(version, keyText(inputs)));
  if (existsSync(file)) touch(file);
  else keep(file, text());
  return file;
}

/** Removes the files in the cache's folders that no build has used since `since` (ms since the epoch). */
export function pruneCache(since: number, root = CACHE_ROOT): number {
  let removed = 0;
  for (const folder of CACHE_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(root, folder));
    } catch {
      continue;
    }
    for (const name of names) {
      const file = join(root, folder, name);
      if (statSync(file).mtimeMs < since) {
        rmSync(file, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
