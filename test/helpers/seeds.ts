import { readFileSync } from 'node:fs';
import { foldWhitespace } from '../../src/lib/text';

/**
 * Which article each received seed became, and its lines that are page furniture (kept out of
 * the body: in frontmatter or left out, as the article file's comment says).
 */
export const SEEDS = [
  { file: '000_50fb7f5560b84c87.txt', article: 'israel-strike-doha/cnn', outsideBody: [] },
  { file: '001_f4aa2237b8205233.txt', article: 'israel-strike-doha/ap', outsideBody: [] },
  {
    file: '002_ac883e5abaa7db49.txt',
    article: 'israel-strike-doha/truthout',
    outsideBody: [
      'The strike came as Hamas officials were in Qatar to discuss a ceasefire proposal put forth by the Trump administration.',
    ],
  },
  { file: '003_c913089c909f16c1.txt', article: 'israel-strike-doha/business-times', outsideBody: [] },
  {
    file: '004_81e38e66210cc0ba.txt',
    article: 'israel-strike-doha/interbellum',
    outsideBody: [
      "Mossad Chief David Barnea IDF Spokesperson's Unit photographer",
      'Conflicts',
      'Mossad Refused Ground Operation to Assassinate Hamas Leaders in Qatar',
      'Refusal led to failed airstrike and major political fallout for Netanyahu and U.S.',
      'Brian Wellbrock',
      'SCROLL FOR NEXT',
    ],
  },
] as const;

/** The seed's non-empty lines, whitespace folded. */
export function seedLines(file: string): string[] {
  return readFileSync(`test/fixtures/seeds/${file}`, 'utf8').split('\n').map(foldWhitespace).filter(Boolean);
}

/** The seed's prose: the lines that must appear verbatim, in order, in the article body. */
export function seedProse(seed: (typeof SEEDS)[number]): string[] {
  const outside = new Set<string>(seed.outsideBody.map(foldWhitespace));
  return seedLines(seed.file).filter((line) => !outside.has(line));
}
