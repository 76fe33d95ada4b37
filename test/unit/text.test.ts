import { describe, expect, it } from 'vitest';
import { countWords, foldWhitespace } from '../../src/lib/text';

describe.each([
  ['a  b\n c ', 'a b c'],
  ['\t x\u00a0y ', 'x y'],
  ['', ''],
])('foldWhitespace(%j)', (input, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(foldWhitespace(input)).toBe(expected));
});

describe.each([
  ['It’s a U.S.-backed plan.', 4],
  ['F-35s and 1,200 people', 4],
  ['— –', 0],
])('countWords(%j)', (text, n) => {
  it(`is ${n}`, () => expect(countWords(text)).toBe(n));
});
