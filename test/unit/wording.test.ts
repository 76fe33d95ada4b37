/** Counting a lexicon's terms per outlet, own voice and quoted apart (src/lib/wording.ts). */
import { describe, expect, it } from 'vitest';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { analyseStory } from '../../src/lib/story-analysis';
import { findTerm, inContext, termId } from '../../src/lib/wording';
import { lexiconSchema } from '../../src/schemas/lexicon';
import { loadSite, readLexicons } from '../helpers/content';

const article = (markdown: string) => ({ outlet: 'a', blocks: textBlocks(markdownTree(markdown)) });
const counts = (markdown: string, label: string, forms?: string[]) => {
  const c = findTerm(article(markdown), { label, forms });
  return [c.own.map((o) => o.text), c.quoted.map((o) => o.text)];
};

describe('findTerm', () => {
  it.each([
    ['own voice and quoted apart', 'The attack began. “A cowardly attack,” he said.', 'attack', undefined, [['attack'], ['attack']]],
    [
      'forms, whole words only',
      'Israel struck; strikes followed; the striker left.',
      'strike',
      ['strike', 'strikes', 'struck'],
      [['struck', 'strikes'], []],
    ],
    ['case and accents aside', 'ATTACK and Attack and attack.', 'attack', undefined, [['ATTACK', 'Attack', 'attack'], []]],
    [
      'a phrase across a line break',
      'the terrorist\norganization’s leaders',
      'terrorist organization',
      undefined,
      [['terrorist\norganization’s'], []],
    ],
    [
      'the longest form first',
      'Hamas leadership and Hamas leaders met.',
      'Hamas leaders',
      ['Hamas leader', 'Hamas leaders', 'Hamas leadership'],
      [['Hamas leadership', 'Hamas leaders'], []],
    ],
    ['inside mismatched marks', 'a “flagrant violation" of law', 'flagrant', undefined, [[], ['flagrant']]],
    ['a hyphenated word is one word', 'an air-strike, an airstrike', 'airstrike', undefined, [['air-strike', 'airstrike'], []]],
  ])('%s', (_, markdown, label, forms, expected) => {
    expect(counts(markdown, label, forms)).toEqual(expected);
  });

  it('keeps each occurrence’s place and, when quoted, its quotation', () => {
    const c = findTerm(article('Intro.\n\nHe said “the attack failed” and “the attack ended”.'), { label: 'attack' });
    expect(c.quoted.map((o) => [o.block, o.quotation])).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });
});

describe('helpers', () => {
  it('makes address-safe term ids', () => {
    expect(termId('terrorist organization')).toBe('terrorist-organization');
    expect(termId('Hamas leaders')).toBe('hamas-leaders');
  });
  it('cuts keyword-in-context lines at word boundaries, with an ellipsis', () => {
    const text = 'one two three four five six seven eight nine ten KEY eleven twelve thirteen fourteen fifteen';
    const at = text.indexOf('KEY');
    expect(inContext(text, { start: at, end: at + 3 }, 20)).toEqual(['…eight nine ten ', 'KEY', ' eleven twelve…']);
  });
  it('refuses a lexicon that lists a term twice', () => {
    const result = lexiconSchema().safeParse({ groups: [{ id: 'a', label: 'A', terms: [{ label: 'war' }, { label: 'War' }] }] });
    expect(result.success).toBe(false);
  });
});

describe('the words of the Doha story', () => {
  const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const wording = analyseStory(story, readLexicons('content').get(story.id)).wording!;
  const term = (id: string) => wording.flatMap((g) => g.terms).find((t) => t.id === id)!;
  const split = (id: string) => Object.fromEntries([...term(id).counts].map(([o, c]) => [o, [c.own.length, c.quoted.length]]));

  it('finds “terrorist organization” only inside quotation marks, in every outlet that uses it', () => {
    expect(split('terrorist-organization')).toEqual({
      ap: [0, 0],
      'business-times': [0, 1],
      cnn: [0, 1],
      interbellum: [0, 0],
      truthout: [0, 2],
    });
  });
  it('finds “genocide” in Truthout’s own words only', () => {
    expect(split('genocide')).toEqual({ ap: [0, 0], 'business-times': [0, 0], cnn: [0, 0], interbellum: [0, 0], truthout: [2, 0] });
  });
  it('tells AP’s quoted “flagrant” from the “blatant” of the others', () => {
    expect(split('flagrant').ap).toEqual([0, 1]);
    expect(split('blatant')).toMatchObject({ 'business-times': [0, 1], truthout: [0, 1] });
  });
});
