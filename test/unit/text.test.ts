import { describe, expect, it } from 'vitest';
import { bodyBlocks, countWords, foldWhitespace, locateQuote } from '../../src/lib/text';

describe('bodyBlocks', () => {
  it('gives paragraphs and subheads as plain text, in order, without Markdown syntax', () => {
    const blocks = bodyBlocks('First *para*\ngraph.\n\n## A ‘subhead’\n\nThe [IDF] said "so" — it’s **done**.');
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First para\ngraph.' },
      { kind: 'heading', text: 'A ‘subhead’' },
      { kind: 'paragraph', text: 'The [IDF] said "so" — it’s done.' },
    ]);
  });

  it('finds nothing in an empty or blank body', () => {
    expect(bodyBlocks('')).toEqual([]);
    expect(bodyBlocks('  \n\n ')).toEqual([]);
  });
});

describe.each([
  ['a  b\n c ', 'a b c'],
  ['\t x\u00a0y ', 'x y'],
  ['', ''],
])('foldWhitespace(%j)', (input, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(foldWhitespace(input)).toBe(expected));
});

describe('locateQuote', () => {
  const blocks = bodyBlocks('One two three.\n\nFour five\nsix. Four five six.');
  it.each([
    ['two three', { block: 0, occurrences: 1 }],
    ['Four five six.', { block: 1, occurrences: 2 }],
    ['five   six', { block: 1, occurrences: 2 }],
  ])('finds %j whitespace aside', (quote, expected) => expect(locateQuote(blocks, quote)).toEqual(expected));
  it.each([['three. Four'], ['two Three'], ['two three!'], ['   ']])('does not find %j', (quote) => {
    expect(locateQuote(blocks, quote)).toBeUndefined();
  });
  it('keeps punctuation exact: a straight quote does not match a curly one', () => {
    expect(locateQuote(bodyBlocks('He said “no”.'), 'He said "no".')).toBeUndefined();
  });
});

describe.each([
  ['It’s a U.S.-backed plan.', 4],
  ['F-35s and 1,200 people', 4],
  ['— –', 0],
])('countWords(%j)', (text, n) => {
  it(`is ${n}`, () => expect(countWords(text)).toBe(n));
});
