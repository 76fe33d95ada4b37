/** A story read whole (src/lib/story-analysis.ts): figures, corrections, and quotes.json's shape. */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { quotesExport } from '../../src/lib/export';
import { quotationAnchor } from '../../src/lib/paths';
import { analyseStory, READING_WPM } from '../../src/lib/story-analysis';
import { quotesExportSchema } from '../../src/schemas/export';
import { sourceCorrectionSchema } from '../../src/schemas/sources';
import { loadSite, readLexicons } from '../helpers/content';

const site = loadSite('content');
const story = site.stories.find((s) => s.id === 'israel-strike-doha')!;
const lexicon = readLexicons('content').get(story.id);
const analysis = analyseStory(story, lexicon);

describe('per-article figures', () => {
  it.each(story.articles.map((a) => [a.outlet.id, a] as const))(
    '%s: words, reading time, quoted share, quotations, sources',
    (outlet, article) => {
      const f = analysis.figures.get(outlet)!;
      expect(f.words).toBe(article.wordCount);
      expect(f.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / READING_WPM)));
      expect(f.quotedShare).toBeGreaterThanOrEqual(0);
      expect(f.quotedShare).toBeLessThan(0.5);
      expect(f.quotedWords).toBeLessThan(f.words);
    },
  );
  it('counts a quotation broken by its attribution once', () => {
    const cnn = analysis.readings.get('cnn')!;
    expect(cnn.quotations.filter((q) => q.continues)).toHaveLength(1);
    expect(analysis.figures.get('cnn')).toMatchObject({ quotations: 13, scareQuotes: 0, namedSources: 6, anonymousSources: 6 });
    expect(analysis.figures.get('interbellum')).toMatchObject({ quotations: 1, quotedWords: 2 });
  });
});

describe('quotes.json', () => {
  const data = quotesExport(story, analysis.groups, '/news/compare/');
  it('matches its published schema, and the schema can be published', () => {
    expect(() => quotesExportSchema().parse(data)).not.toThrow();
    expect(z.toJSONSchema(quotesExportSchema())).toMatchObject({ type: 'object', required: ['story', 'groups'] });
  });
  it('holds every quotation but the scare quotes, once, each linked to its anchor under the base path', () => {
    const all = [...analysis.readings.values()].flatMap((r) => r.quotations.filter((q) => q.kind === 'quotation'));
    const versions = data.groups.flatMap((g) => g.versions);
    expect(versions).toHaveLength(all.length);
    for (const group of data.groups) {
      for (const v of group.versions) {
        const q = analysis.readings.get(v.outlet)!.quotations.find((x) => x.text === v.text)!;
        expect(v.url).toBe(`/news/compare/stories/${story.id}/${v.outlet}/#${quotationAnchor(v.outlet, q.block, q.index)}`);
      }
      expect([...group.outlets, ...group.notCarriedBy].sort()).toEqual(story.articles.map((a) => a.outlet.id).sort());
    }
  });
  it('gives the required shape: groups of { speaker, versions: [{ outlet, text, url }] }', () => {
    const first = data.groups[0]!;
    expect(first).toMatchObject({
      id: 'statement-1',
      speaker: 'Majed Al Ansari',
      url: `/news/compare/stories/${story.id}/quotes/#statement-1`,
    });
    expect(first.versions[0]).toMatchObject({ outlet: 'truthout', reference: true, changes: [] });
    expect(first.versions.find((v) => v.outlet === 'ap')).toMatchObject({
      attributedTo: 'it',
      resolvedTo: 'Qatar',
      verb: 'referred to as',
    });
  });
});

describe('editors’ corrections of sources', () => {
  it('stops on a correction whose words are not in its article, naming the file and field', () => {
    const [first, ...rest] = story.articles;
    const broken = { ...first!, data: { ...first!.data, sources: [{ quote: 'words not in the text', source: 'Qatar', note: 'n' }] } };
    const { problems } = analyseStory({ ...story, articles: [broken, ...rest] }, lexicon);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ rule: 'source-correction-not-found', file: first!.filePath, field: 'sources[0].quote' });
  });
  it.each([
    ['a source', { quote: 'x', source: 'Qatar', note: 'n' }, true],
    ['none', { quote: 'x', none: true, note: 'n' }, true],
    ['both', { quote: 'x', source: 'Qatar', none: true, note: 'n' }, false],
    ['neither', { quote: 'x', note: 'n' }, false],
    ['no note', { quote: 'x', source: 'Qatar' }, false],
  ])('a correction with %s is %s', (_, correction, valid) => {
    expect(sourceCorrectionSchema().safeParse(correction).success).toBe(valid);
  });
});

describe('a story without a lexicon', () => {
  it('has no wording, and everything else', () => {
    const bare = analyseStory(story, undefined);
    expect(bare.wording).toBeUndefined();
    expect(bare.groups.length).toBe(analysis.groups.length);
  });
});
