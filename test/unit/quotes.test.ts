import { describe, expect, it } from 'vitest';
import { findQuote, locateQuote, markdownTree, textBlocks } from '../../src/lib/quotes';

describe('textBlocks of a Markdown body', () => {
  it('gives paragraphs and subheads as plain text, in order, without Markdown syntax', () => {
    const blocks = textBlocks(markdownTree('First *para*\ngraph.\n\n## A ‘subhead’\n\nThe [IDF] said "so" — it’s **done**.'));
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First para\ngraph.' },
      { kind: 'heading', text: 'A ‘subhead’' },
      { kind: 'paragraph', text: 'The [IDF] said "so" — it’s done.' },
    ]);
  });

  it('keeps a list or a block quote as one block, its items apart', () => {
    const blocks = textBlocks(markdownTree('One.\n\n- two\n- three\n\n> Four.\n>\n> Five.'));
    expect(blocks.map((b) => b.text.replace(/\s+/g, ' ').trim())).toEqual(['One.', 'two three', 'Four. Five.']);
  });

  it('finds nothing in an empty or blank body', () => {
    expect(textBlocks(markdownTree(''))).toEqual([]);
    expect(textBlocks(markdownTree('  \n\n '))).toEqual([]);
  });
});

describe('locateQuote', () => {
  const tree = markdownTree('One *two* three.\n\nFour five\nsix. Four five six.\n\n- seven\n- eight');
  it.each([
    ['two three', 0],
    ['Four five six.', 1],
    ['five   six', 1],
    ['eight', 2],
  ])('finds %j in block %i, whitespace and inline formatting aside', (quote, block) => {
    expect(locateQuote(tree, quote)?.block).toBe(block);
  });

  it('gives the first occurrence, as offsets into the text of the element holding it', () => {
    const found = locateQuote(tree, 'Four five six.');
    expect(found?.element.tagName).toBe('p');
    expect([found?.start, found?.end]).toEqual([0, 14]);
  });

  it.each([['three. Four'], ['seven eight'], ['two Three'], ['two three!'], ['   ']])(
    'does not find %j (across blocks or list items, or not exact)',
    (quote) => {
      expect(locateQuote(tree, quote)).toBeUndefined();
    },
  );

  it('keeps punctuation exact: a straight quote does not match a curly one', () => {
    expect(locateQuote(markdownTree('He said “no”.'), 'He said "no".')).toBeUndefined();
  });
});

describe.each([
  ['a  b\n c', 'b c', [3, 7]],
  ['x “q” y', '“q”', [2, 5]],
  ['  lead', 'lead', [2, 6]],
  ['abc', 'abd', undefined],
  ['abc', '   ', undefined],
])('findQuote(%j, %j)', (text, quote, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(findQuote(text, quote)).toEqual(expected));
});
