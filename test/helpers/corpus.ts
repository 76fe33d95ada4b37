/**
 * A small synthetic corpus (scripts/lib/corpus.ts) and its site model, for tests of what must
 * hold at scale, at a size that stays quick. The files are written once to a folder named by a
 * hash of their contents, in the system's temporary folder, and reused by later runs: the corpus
 * is deterministic, so nothing goes stale, and test workers that cannot clean up on exit leave
 * no trail of folders behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { generateCorpus, type Corpus } from '../../scripts/lib/corpus';
import type { Site } from '../../src/lib/model';
import { loadSite } from './content';

export const SMALL_CORPUS_STORIES = 12;

let made: { dir: string; corpus: Corpus; site: Site } | undefined;

export function smallCorpus() {
  if (made) return made;
  const corpus = generateCorpus({ stories: SMALL_CORPUS_STORIES });
  const hash = createHash('sha256');
  for (const [path, text] of corpus.files) hash.update(path).update('\0').update(text).update('\0');
  const dir = join(tmpdir(), `side-by-side-test-corpus-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(dir)) {
    // Written beside, then renamed into place whole: a concurrent run finds all of it or none.
    const writing = mkdtempSync(`${dir}-`);
    for (const [path, text] of corpus.files) {
      mkdirSync(dirname(join(writing, path)), { recursive: true });
      writeFileSync(join(writing, path), text);
    }
    try {
      renameSync(writing, dir);
    } catch {
      rmSync(writing, { recursive: true, force: true });
    }
  }
  made = { dir, corpus, site: loadSite(dir) };
  return made;
}
