/** The quotations search indexes (src/lib/quotation-search.ts): the ledger's words and speakers, linked to their anchors. */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { quotationEntries, quotationSearchText } from '../../src/lib/quotation-search';
import { speakerName } from '../../src/lib/quotations';
import { FUSE_OPTIONS, parseQuery, search, type SearchDoc } from '../../src/lib/search';
import { searchData } from '../../src/lib/search-index';
import { analyseStory } from '../../src/lib/story-analysis';
import { loadSite, readLexicons } from '../helpers/content';

const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
const analysis = analyseStory(story, readLexicons('content').get(story.id));

describe('quotationEntries', () => {
  it.each(story.articles.map((a) => [a.outlet.id, a] as const))(
    '%s: every quotation of the ledger, with the ledger’s speaker',
    (outlet, article) => {
      const ledger = analysis.readings.get(outlet)!.quotations.filter((q) => q.kind === 'quotation');
      const entries = quotationEntries(story, article, '/base/');
      expect(entries.map((e) => [e.text, e.speaker])).toEqual(ledger.map((q) => [q.text, q.speaker ? speakerName(q.speaker) : '']));
      for (const e of entries) expect(e.url).toMatch(new RegExp(`^/base/stories/${story.id}/${outlet}/#${outlet}-p\\d+-q\\d+$`));
    },
  );
  it('names the speaker a pronoun stands for, so a search for the name finds the words', () => {
    const bt = quotationEntries(
      story,
      story.articles.find((a) => a.outlet.id === 'business-times')!,
      '/',
    );
    expect(bt.find((e) => e.text.startsWith('blatant'))?.speaker).toBe('Foreign Ministry spokesperson Majed Al Ansari');
  });
});

describe('searching quotations', () => {
  const whole = searchData(loadSite('content'), '/');
  const fuse = new Fuse<SearchDoc>(whole.docs, FUSE_OPTIONS, Fuse.parseIndex(whole.index, { getFn: FUSE_OPTIONS.getFn! }));
  const quotations = (q: string) =>
    search(fuse, whole.docs, parseQuery(q), { outlet: '', topic: '' })
      .filter((h) => h.doc.kind === 'quotation')
      .map((h) => `${h.doc.outlet} ${h.doc.url.split('#')[1]} ${h.doc.speaker}`);

  it.each([
    ['by its words', 'awaiting the results', ['cnn cnn-p3-q1 A senior Israeli official']],
    [
      'by a phrase',
      '"will not tolerate"',
      ['cnn cnn-p5-q1 Al Ansari', 'truthout truthout-p14-q2 Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari'],
    ],
    ['by its speaker', 'guterres', ['cnn cnn-p9-q1 Antonio Guterres']],
    [
      'by the speaker a pronoun stands for, with its words',
      'ansari serious threat',
      [
        'business-times business-times-p5-q3 Foreign Ministry spokesperson Majed Al Ansari',
        'truthout truthout-p14-q1 Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari',
      ],
    ],
  ])('finds a quotation %s', (_, query, expected) => {
    expect(quotations(query).sort()).toEqual([...expected].sort());
  });

  it('shows the speaker with the words, as the ledger names them', () => {
    expect(quotationSearchText({ speaker: 'Zangauker', text: 'Why is he insisting?' })).toBe('Zangauker: “Why is he insisting?”');
    expect(quotationSearchText({ speaker: '', text: 'Israel takes full responsibility' })).toBe('“Israel takes full responsibility”');
  });

  it('ranks a claim naming the speaker before the speaker’s quotations', () => {
    const hits = search(fuse, whole.docs, parseQuery('Zangauker'), { outlet: '', topic: '' });
    expect(hits[0]!.doc.kind).toBe('claim');
    expect(hits.some((h) => h.doc.kind === 'quotation' && h.doc.speaker === 'Zangauker')).toBe(true);
  });
});
