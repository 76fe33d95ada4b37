/** Passages two outlets print word for word (src/lib/shared-copy.ts). */
import { describe, expect, it } from 'vitest';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { MIN_SHARED_WORDS, sharedMarks, sharedPassages } from '../../src/lib/shared-copy';
import { loadSite } from '../helpers/content';

const article = (outlet: string, markdown: string) => ({ outlet, blocks: textBlocks(markdownTree(markdown)) });
const SENTENCE = 'the storm tore the roof off the old mill and flooded every street in the lower town';

describe('sharedPassages', () => {
  it.each([
    ['one sentence printed twice', `Overnight, ${SENTENCE}.`, `Witnesses say ${SENTENCE}.`, [[SENTENCE.split(' ').length, 'none']]],
    [
      'punctuation and case folded',
      'The storm’s path: it tore the roof off the old mill, and flooded every street in the town.',
      "the storm's path it tore the roof off the old mill and flooded every street in the town",
      [[18, 'none']],
    ],
    [
      'fewer than ten words in a row',
      'The Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.',
      'Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani was there.',
      [],
    ],
    [
      'not across a sentence end one of them has',
      `${SENTENCE}. Then it rained.`,
      `${SENTENCE}, then it rained.`,
      [[SENTENCE.split(' ').length, 'none']],
    ],
    ['the same quotation', `“${SENTENCE},” the mayor said.`, `The mayor said: “${SENTENCE}.”`, [[SENTENCE.split(' ').length, 'all']]],
    ['partly quoted', `The mayor said “${SENTENCE}”.`, `The mayor said ${SENTENCE}.`, [[SENTENCE.split(' ').length + 3, 'part']]],
  ] as const)('%s', (_, a, b, expected) => {
    const found = sharedPassages([article('a', a), article('b', b)]);
    expect(found.map((p) => [p.words, p.quoted])).toEqual(expected);
  });

  it('gives where each outlet prints the words, by block', () => {
    const [p] = sharedPassages([article('a', `Intro.\n\nOvernight, ${SENTENCE}.`), article('b', `${SENTENCE}.`)]);
    expect(p!.ranges[0]).toEqual([{ block: 1, start: 11, end: 11 + SENTENCE.length }]);
    expect(p!.ranges[1]).toEqual([{ block: 0, start: 0, end: SENTENCE.length }]);
    expect(p!.text).toBe(SENTENCE);
  });

  it('has a threshold of ten words', () => {
    expect(MIN_SHARED_WORDS).toBe(10);
  });
});

describe('sharedMarks', () => {
  it('cuts an article’s shared words into stretches by the outlets that share them', () => {
    const long = `${SENTENCE} and the bridge`;
    const passages = sharedPassages([article('a', long), article('b', SENTENCE), article('c', `at dawn ${long}`)]);
    expect(sharedMarks(passages, 'a')).toEqual([
      { block: 0, start: 0, end: SENTENCE.length, with: ['b', 'c'] },
      { block: 0, start: SENTENCE.length, end: long.length, with: ['c'] },
    ]);
  });
});

describe('the shared passages of the Doha story', () => {
  const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const passages = sharedPassages(story.articles.map((a) => ({ outlet: a.outlet.id, blocks: a.blocks })));

  it('finds the one run The Business Times and CNN share in their own words', () => {
    const own = passages.filter((p) => p.quoted === 'none');
    expect(own.map((p) => [p.outlets, p.words, p.text])).toEqual([
      [['business-times', 'cnn'], 13, 'met with Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani in Doha'],
    ]);
  });

  it('finds the IDF’s statement printed alike by The Business Times and Truthout, “October 7” and all', () => {
    expect(passages[0]).toMatchObject({ outlets: ['business-times', 'truthout'], words: 36, quoted: 'all' });
  });

  it('finds nothing AP or Interbellum News shares', () => {
    expect(passages.some((p) => p.outlets.includes('ap') || p.outlets.includes('interbellum'))).toBe(false);
  });
});
