/**
 * `npm run corpus -- <folder> [--stories N] [--seed N]`: writes a synthetic content folder
 * (scripts/lib/corpus.ts) that the site builds from with `CONTENT_DIR=<folder> npm run build`.
 * The folder must not exist or be empty; nothing under content/ is touched. Beside the three
 * collections it writes `typos.json`, the misspelt queries the bench scores recall on.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './lib/corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { stories: { type: 'string', default: '100' }, seed: { type: 'string', default: '1' } },
});
const out = positionals[0];
const stories = Number(values.stories);
if (!out || !Number.isInteger(stories) || stories < 1) {
  console.error('Usage: npm run corpus -- <folder> [--stories N] [--seed N]');
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length) {
  console.error(`${out} is not empty: give a new folder, so no content is overwritten.`);
  process.exit(1);
}
const corpus = writeCorpus(out, stories, Number(values.seed));
console.log(
  `${corpus.stats.stories} stories, ${corpus.stats.articles} articles, ${corpus.stats.claims} claims, ${corpus.stats.words} words in ${resolve(out)}.\n` +
    `Build it with: CONTENT_DIR=${resolve(out)} npm run build`,
);

export function writeCorpus(folder: string, count: number, seed = 1) {
  const corpus = generateCorpus({ stories: count, seed });
  for (const [path, text] of corpus.files) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  writeFileSync(join(folder, 'typos.json'), `${JSON.stringify(corpus.typos, null, 2)}\n`);
  return corpus;
}
