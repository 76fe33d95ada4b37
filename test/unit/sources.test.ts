/** Whom each outlet relies on (src/lib/sources.ts, src/lib/source-names.ts), on sentences and on the Doha story. */
import { describe, expect, it } from 'vitest';
import { readQuotations } from '../../src/lib/quotations';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { sameSource } from '../../src/lib/source-names';
import { findHedges, placeCorrections, storySources } from '../../src/lib/sources';
import { analyseStory } from '../../src/lib/story-analysis';
import { loadSite, readLexicons } from '../helpers/content';

const context = { media: ['CNN', 'The Daily', 'Al Jazeera'] };
const sourcesOf = (articles: Record<string, string>) =>
  storySources(
    Object.entries(articles).map(([outlet, markdown]) => {
      const blocks = textBlocks(markdownTree(markdown));
      return {
        outlet,
        outletNames: outlet === 'cnn' ? ['CNN'] : [outlet],
        attributions: readQuotations(blocks, context).attributions,
        hedges: findHedges(blocks),
      };
    }),
  );

describe('sameSource: one source under several names', () => {
  it.each([
    ['Al Ansari', 'Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari', true],
    ['Majed al-Ansari', 'Majed Al Ansari', true],
    ['the IDF', 'The Israel Defense Forces (IDF)', true],
    ['Sheikh Mohammed', 'Sheikh Mohammed bin Abdulrahman Al Thani', true],
    ['the Israeli Prime Minister’s Office', 'Israeli Prime Minister Benjamin Netanyahu’s office', true],
    ['Israel', 'The Israel Defense Forces (IDF)', false],
    ['Qatar', "Qatar's government", false],
    ['Mohammed', 'Sheikh Mohammed bin Abdulrahman Al Thani', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameSource(a, b)).toBe(same);
  });
  it('follows the story’s aliases', () => {
    expect(sameSource('the Israel Defense Forces', 'the IDF')).toBe(false);
    expect(sameSource('the Israel Defense Forces', 'the IDF', [['IDF', 'Israel Defense Forces']])).toBe(true);
  });
});

describe('storySources', () => {
  const sources = sourcesOf({
    beta: 'Two officials confirmed to CNN that the strike happened. A senior official also told the network that more would follow.\n\nThe mayor, Ann Lee, said the town was safe. Lee said it again on Monday.\n\nThe levee reportedly failed.',
    cnn: 'A senior official told CNN that the strike happened. “We are waiting,” the official said.',
  });
  const beta = sources.outlets.find((o) => o.outlet === 'beta')!;
  const cnn = sources.outlets.find((o) => o.outlet === 'cnn')!;

  it('marks a report that rests on another outlet, “the network” read as the outlet named before', () => {
    expect(beta.reliesOn.map((r) => [r.outlet, r.mentions.length])).toEqual([['CNN', 2]]);
    expect(beta.reliesOn[0]!.mentions[1]).toMatchObject({ asPrinted: 'the network', inferred: true });
  });

  it('counts an outlet citing itself as its own reporting, not reliance', () => {
    expect(cnn.reliesOn).toEqual([]);
    expect(cnn.own).toHaveLength(1);
  });

  it('counts named and unnamed sources, merging one source’s names', () => {
    expect([beta.named, beta.namedSources, beta.anonymous, beta.anonymousSources]).toEqual([2, 1, 2, 2]);
    const lee = sources.rows.find((r) => r.kind === 'named')!;
    expect(lee.name).toBe('Ann Lee');
    expect(lee.mentions.get('beta')).toHaveLength(2);
  });

  it('reads “the official” as the unnamed official before it, and counts them once as a source', () => {
    expect(cnn.anonymousSources).toBe(1);
    expect(cnn.anonymous).toBe(2);
  });

  it('finds hedges in the outlet’s own words only', () => {
    expect(beta.hedges.map((h) => h.text)).toEqual(['reportedly']);
    expect(findHedges(textBlocks(markdownTree('He said “it reportedly failed”.')))).toEqual([]);
  });
});

describe('placeCorrections', () => {
  const blocks = textBlocks(markdownTree('One paragraph.\n\nIt  condemned what it called a crime.'));
  it('places a correction at its words, whitespace aside, and lists those not found', () => {
    const { placed, missing } = placeCorrections(blocks, [
      { quote: 'It condemned', source: 'Qatar', note: 'n' },
      { quote: 'not in the text', source: 'X', note: 'n' },
    ]);
    expect(placed).toEqual([{ block: 1, start: 0, end: 13, source: 'Qatar', kind: undefined, via: undefined, none: undefined, note: 'n' }]);
    expect(missing).toEqual([1]);
  });
});

describe('the sources of the Doha story', () => {
  const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const { sources } = analyseStory(story, readLexicons('content').get(story.id));
  const outlet = (id: string) => sources.outlets.find((o) => o.outlet === id)!;

  it.each([
    ['business-times', ['CNN', 'Fox News']],
    ['truthout', ['Al Jazeera', 'Saudi Arabian media', 'Israeli media', 'Axios']],
    ['interbellum', ['The Washington Post']],
    ['cnn', []],
    ['ap', []],
  ])('%s rests on %j', (id, outlets) => {
    expect(outlet(id).reliesOn.map((r) => r.outlet)).toEqual(outlets);
  });

  it('has CNN citing itself four times, as its own reporting', () => {
    expect(outlet('cnn').own).toHaveLength(4);
  });

  it('merges Al Ansari’s names in one row, across four outlets', () => {
    const row = sources.rows.find((r) => r.kind === 'named' && sameSource(r.name, 'Al Ansari'))!;
    expect([...row.mentions.keys()].sort()).toEqual(['ap', 'business-times', 'cnn', 'truthout']);
  });

  it('applies the editors’ corrections: AP’s “it” is Qatar, Truthout’s “the military” the IDF', () => {
    const qatar = sources.rows.find((r) => r.name === 'Qatar')!;
    expect(qatar.mentions.get('ap')?.[0]).toMatchObject({ asPrinted: 'It', corrected: expect.stringContaining('Qatar') });
    const idf = sources.rows.find((r) => r.kind === 'named' && sameSource(r.name, 'IDF', story.aliases))!;
    expect(idf.mentions.get('truthout')?.[0]?.asPrinted).toBe('the military');
    expect(sources.rows.some((r) => r.kind === 'unnamed')).toBe(false);
  });

  it('finds Interbellum’s hedges', () => {
    expect(outlet('interbellum').hedges.map((h) => h.text)).toEqual(['reportedly', 'were believed to', 'reportedly']);
  });
});
