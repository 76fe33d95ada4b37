/** Grouping quotations into statements across outlets, and their word-level differences (src/lib/quote-groups.ts). */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { groupQuotations, LINK_SCORE, rarity, similarity, stems, wordDiff } from '../../src/lib/quote-groups';
import { readQuotations } from '../../src/lib/quotations';
import type { QuoteGroup } from '../../src/lib/quote-groups';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { analyseStory } from '../../src/lib/story-analysis';
import { loadSite, readLexicons } from '../helpers/content';

const FIXTURES = 'test/fixtures/quotations/grouping';
const OUTLETS = ['alpha', 'beta', 'gamma'];

interface Expected {
  speaker: string;
  speakersDiffer?: boolean;
  versions: Record<string, string[]>;
}

/** True when each expected `outlet: opening words` opens a different one of the versions, and there are no others. */
function sameVersions(actual: readonly string[], expected: readonly string[]): boolean {
  const left = [...actual];
  for (const prefix of expected) {
    const at = left.findIndex((v) => v.startsWith(prefix));
    if (at === -1) return false;
    left.splice(at, 1);
  }
  return left.length === 0;
}
const labelled = (group: QuoteGroup) => group.versions.map((v) => `${v.outlet}: ${v.quotation.text}`);

describe('grouping the fixture’s quotations, near misses included', () => {
  const refs = OUTLETS.flatMap((outlet) =>
    readQuotations(textBlocks(markdownTree(readFileSync(`${FIXTURES}/${outlet}.md`, 'utf8'))), { media: [] }).quotations.map(
      (quotation) => ({ outlet, quotation }),
    ),
  );
  const groups = groupQuotations(refs, OUTLETS);
  const expected = (load(readFileSync(`${FIXTURES}/expected.yaml`, 'utf8')) as { statements: Expected[] }).statements;

  it('makes exactly the expected statements: none merged, none split', () => {
    expect(groups).toHaveLength(expected.length);
  });

  it.each(expected.map((e) => [Object.values(e.versions)[0]![0]!, e] as const))(
    '“%s…” is one statement with exactly its versions',
    (_, statement) => {
      const [outlet, [opening]] = Object.entries(statement.versions)[0]!;
      const group = groups.find((g) => g.versions.some((v) => v.outlet === outlet && v.quotation.text.startsWith(opening!)));
      expect(group).toBeDefined();
      const wanted = Object.entries(statement.versions).flatMap(([o, list]) => list.map((words) => `${o}: ${words}`));
      expect(sameVersions(labelled(group!), wanted), `${JSON.stringify(labelled(group!))} ≠ ${JSON.stringify(wanted)}`).toBe(true);
      expect(group!.speaker?.name).toBe(statement.speaker);
      expect(group!.speakersDiffer).toBe(statement.speakersDiffer ?? false);
    },
  );

  it('leaves scare quotes out of the statements', () => {
    expect(groups.flatMap((g) => g.versions).some((v) => v.quotation.text === 'temporary')).toBe(false);
  });

  it('puts statements several outlets quote first, the longest version first within each', () => {
    expect(groups.map((g) => g.outlets.length)).toEqual([...groups.map((g) => g.outlets.length)].sort((a, b) => b - a));
    for (const g of groups) expect(g.versions[0]!.quotation.words).toBe(Math.max(...g.versions.map((v) => v.quotation.words)));
  });

  it('scores the near miss well under the threshold and the translation over it', () => {
    const weight = rarity(refs.filter((r) => r.quotation.kind === 'quotation').map((r) => r.quotation.text));
    const text = (outlet: string, start: string) =>
      refs.find((r) => r.outlet === outlet && r.quotation.text.startsWith(start))!.quotation.text;
    const score = (a: string, b: string) => similarity(stems(a), stems(b), weight).score;
    // The mayor's two statements share "Mill Street" and "every": not one statement.
    expect(score(text('alpha', 'The water came'), text('alpha', 'families on Mill'))).toBeLessThan(LINK_SCORE - 0.2);
    // The minister's statement in two translations: one.
    expect(score(text('beta', 'We stand'), text('gamma', 'stands beside'))).toBeGreaterThanOrEqual(LINK_SCORE);
  });
});

describe('wordDiff: how a version’s words differ from the reference’s', () => {
  it.each([
    [
      'a word changed',
      'a blatant violation of all international laws',
      'flagrant violation of all international laws',
      [{ reference: 'blatant', version: 'flagrant' }],
      ['flagrant'],
    ],
    [
      'a word left out',
      'a blatant violation of all international laws',
      'blatant violation of international laws',
      [{ reference: 'all', version: '' }],
      [],
    ],
    ['a word added', 'we will rebuild every home', 'we will rebuild every single home', [{ reference: '', version: 'single' }], ['single']],
    [
      'trimmed at both ends: no difference',
      'This criminal assault constitutes a blatant violation of all laws',
      'blatant violation',
      [],
      [],
    ],
    [
      'punctuation, case and apostrophes are no difference',
      "the terrorist organization's operations, are",
      'The terrorist organization’s operations are',
      [],
      [],
    ],
    [
      'a number written otherwise',
      'the brutal October 7 massacre',
      'the brutal October 7th massacre',
      [{ reference: '7', version: '7th' }],
      ['7th'],
    ],
    [
      'a repeated word does not misplace the trimming',
      'Israel initiated it, Israel conducted it, and Israel takes full responsibility',
      'Israel takes full responsibility',
      [],
      [],
    ],
  ])('%s', (_, reference, version, changes, marked) => {
    const diff = wordDiff(reference, version);
    expect(diff.changes).toEqual(changes);
    expect(diff.parts.filter((p) => p.changed).map((p) => p.text.trim())).toEqual(marked);
    // The version's own words, exactly, whatever is marked.
    expect(diff.parts.map((p) => p.text).join('')).toBe(version);
  });
});

describe('the statements of the Doha story', () => {
  const site = loadSite('content');
  const story = site.stories.find((s) => s.id === 'israel-strike-doha')!;
  const { groups } = analyseStory(story, readLexicons('content').get(story.id));

  it('finds the six statements that more than one outlet quotes, each whole', () => {
    const expected = [
      ['ap: flagrant violation', 'business-times: blatant violation', 'business-times: serious threat', 'truthout: This criminal assault'],
      ['business-times: senior leadership', 'cnn: a precise strike', 'cnn: senior leadership', 'truthout: The [Israel Defense Forces]'],
      ['business-times: For years', 'cnn: For years', 'truthout: For years'],
      ['business-times: The State of Qatar condemns', 'cnn: the cowardly Israeli attack'],
      ['cnn: While strongly condemning', 'truthout: While the State of Qatar'],
      ['cnn: Israel takes full responsibility', 'cnn: Today’s action', 'truthout: Today’s action'],
    ];
    const several = groups.filter((g) => g.outlets.length > 1);
    expect(several).toHaveLength(expected.length);
    several.forEach((g, i) => expect(sameVersions(labelled(g), expected[i]!), JSON.stringify(labelled(g))).toBe(true));
  });

  it('names one speaker for each, the IDF’s names and Al Ansari’s merged', () => {
    expect(groups.filter((g) => g.outlets.length > 1).map((g) => [g.speaker?.name, g.speakersDiffer])).toEqual([
      ['Majed Al Ansari', true], // AP attributes the words to Qatar (an editor's reading of its "it"), the others to its spokesperson.
      ['Israel Defense Forces (IDF)', false],
      ['Israel Defense Forces', false], // Truthout's "the military", corrected by an editor, is the fullest name.
      ['Majed Al Ansari', false],
      ['Majed Al Ansari', false],
      ['Israeli Prime Minister Benjamin Netanyahu’s office', false],
    ]);
  });

  it('keeps Al Ansari’s three statements apart', () => {
    const ansari = groups.filter((g) => g.speaker?.name === 'Majed Al Ansari' && g.outlets.length > 1);
    expect(ansari).toHaveLength(3);
    expect(new Set(ansari.flatMap((g) => g.versions.map((v) => v.quotation))).size).toBe(ansari.reduce((n, g) => n + g.versions.length, 0));
  });

  it('marks AP’s “flagrant” against Truthout’s “blatant”, and CNN’s “7th”', () => {
    const ap = groups[0]!.versions.find((v) => v.outlet === 'ap')!;
    expect(ap.changes).toEqual([{ reference: 'blatant', version: 'flagrant' }]);
    const cnn = groups[2]!.versions.find((v) => v.outlet === 'cnn')!;
    expect(cnn.changes).toEqual([{ reference: '7', version: '7th' }]);
  });
});
