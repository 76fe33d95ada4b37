/** Search on the real content, through the same index and code the browser uses. */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { FUSE_OPTIONS, LIMITS, parseQuery, search, type Filters, type SearchDoc } from '../../src/lib/search';
import { searchData } from '../../src/lib/search-index';
import { fold, foldWithMap, toOriginalRanges } from '../../src/lib/search-text';
import { loadSite } from '../helpers/content';

const data = JSON.parse(JSON.stringify(searchData(loadSite('content'), '/')));
const fuse = new Fuse<SearchDoc>(data.docs, FUSE_OPTIONS, Fuse.parseIndex(data.index, { getFn: FUSE_OPTIONS.getFn! }));
const ALL: Filters = { outlet: '', topic: '' };
const run = (q: string, filters: Filters = ALL) => search(fuse, data.docs, parseQuery(q), filters);
const outletsOf = (q: string) => new Set(run(q).map((h) => h.doc.outlet));
const marked = (text: string, ranges: [number, number][]) => ranges.map(([a, b]) => text.slice(a, b));

describe.each<[string, { outlets?: string[]; not?: string[]; claim?: RegExp; none?: boolean }]>([
  ['al thani', { outlets: ['ap', 'business-times', 'cnn'], not: ['truthout', 'interbellum'] }],
  ['Al-Thani', { outlets: ['ap', 'business-times', 'cnn'] }],
  ['AL THANI', { outlets: ['ap', 'business-times', 'cnn'] }],
  ['shelter in place', { outlets: ['cnn'], not: ['ap', 'truthout', 'business-times', 'interbellum'], claim: /shelter in place/ }],
  ['f35', { outlets: ['interbellum'], not: ['cnn', 'ap', 'truthout', 'business-times'], claim: /F-35/ }],
  ['F-35', { outlets: ['interbellum'] }],
  ['netanyahoo', { outlets: ['ap', 'truthout', 'interbellum'] }],
  ['who warned Qatar', { outlets: ['ap'], claim: /Witkoff passed along a warning/ }],
  ['Zangauker', { outlets: ['cnn'], claim: /Einav Zangauker/ }],
  ['summit fire', { outlets: ['cnn'], claim: /Summit of Fire/ }],
  ['fire summit', { outlets: ['cnn'], claim: /Summit of Fire/ }],
  ['"Summit of Fire"', { outlets: ['cnn'] }],
  ['"fire of summit"', { none: true }],
  ['Biden', { outlets: ['interbellum'], not: ['cnn', 'ap', 'truthout', 'business-times'] }],
  ['pizza', { none: true }],
  ['Witkof', { outlets: ['ap'] }],
  ['relationship', { outlets: ['interbellum'] }],
])('query %j', (query, expected) => {
  it('finds what it must and nothing it must not', () => {
    const found = outletsOf(query);
    if (expected.none) expect(found.size).toBe(0);
    for (const outlet of expected.outlets ?? []) expect(found, outlet).toContain(outlet);
    for (const outlet of expected.not ?? []) expect(found, outlet).not.toContain(outlet);
    if (expected.claim) {
      const first = run(query)[0]!;
      expect(first.doc.kind).toBe('claim');
      expect(first.doc.text).toMatch(expected.claim);
    }
  });
});

describe('matching', () => {
  it('finds words late in a long paragraph as readily as early ones', () => {
    const passage = data.docs.find((d: SearchDoc) => d.kind === 'passage' && d.text.startsWith('Diplomatically'))!;
    expect(passage.text.indexOf('relationship')).toBeGreaterThan(400);
    expect(run('relationship').map((h) => h.doc)).toContainEqual(passage);
    expect(run('diplomatically').map((h) => h.doc)).toContainEqual(passage);
  });

  it('matches words in any order, to the same results', () => {
    expect(run('qatar tuesday israel').map((h) => h.doc.url)).toEqual(
      expect.arrayContaining(run('israel tuesday qatar').map((h) => h.doc.url)),
    );
    expect(run('qatar tuesday israel')).toHaveLength(run('israel tuesday qatar').length);
  });

  it('matches a phrase in double quotes exactly, words in order', () => {
    expect(run('"shelter-in-place order"').map((h) => h.doc.outlet)).toEqual(expect.arrayContaining(['cnn']));
    expect(run('"place in shelter"')).toHaveLength(0);
  });

  it('puts claims before passages that match equally well', () => {
    const hits = run('Zangauker');
    const kinds = hits.map((h) => h.doc.kind);
    expect(kinds.indexOf('claim')).toBeLessThan(kinds.indexOf('passage'));
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      if (Math.round(a.score * 1000) === Math.round(b.score * 1000)) expect(a.doc.kind === 'passage' && b.doc.kind === 'claim').toBe(false);
    }
  });

  it('filters by outlet and by topic (claims only)', () => {
    const byOutlet = run('qatar', { outlet: 'cnn', topic: '' });
    expect(byOutlet.length).toBeGreaterThan(0);
    expect(new Set(byOutlet.map((h) => h.doc.outlet))).toEqual(new Set(['cnn']));
    const byTopic = run('qatar', { outlet: '', topic: 'israel-strike-doha/qatar-condemnation' });
    expect(byTopic.length).toBeGreaterThan(0);
    for (const hit of byTopic) expect([hit.doc.kind, hit.doc.topic]).toEqual(['claim', 'qatar-condemnation']);
  });
});

describe('highlights', () => {
  it('land on the matched words of the original text', () => {
    const hit = run('al thani').find((h) => h.doc.text.includes('Al-Thani'))!;
    expect(marked(hit.doc.text, hit.marks.text)).toContain('Al-Thani');
  });

  it('land on the right characters when accents and case were folded', () => {
    const original = 'Le Café de Münster-Straße, ÉTÉ';
    const folded = foldWithMap(original);
    expect(folded.text).toBe('le cafe de munsterstraße ete');
    const at = folded.text.indexOf('munster');
    expect(marked(original, toOriginalRanges(folded, original, [[at, at + 'munster'.length - 1]]))).toEqual(['Münster']);
    const docs: SearchDoc[] = [{ kind: 'passage', story: 's', outlet: 'o', outletLabel: 'O', text: original, url: '/' }];
    const small = new Fuse(docs, FUSE_OPTIONS);
    const [hit] = search(small, docs, parseQuery('cafe ete'), ALL);
    expect(marked(original, hit!.marks.text)).toEqual(['Café', 'ÉTÉ']);
  });

  it('mark a typo-tolerant match as the whole word, and no short pieces of other words', () => {
    const hit = run('netanyahoo').find((h) => h.doc.text.includes('Netanyahu and'))!;
    expect(marked(hit.doc.text, hit.marks.text)).toEqual(['Netanyahu']);
  });

  it('leave out short matches inside words', () => {
    const hit = run('al thani').find((h) => h.doc.text.includes('official familiar'))!;
    expect(marked(hit.doc.text, hit.marks.text)).toEqual(['Al-Thani']);
  });

  it('land on a phrase, hyphens and all', () => {
    const hit = run('"shelter in place"').find((h) => h.doc.kind === 'claim')!;
    expect(marked(hit.doc.text, hit.marks.text)).toEqual(['shelter in place']);
  });
});

describe('hostile and odd input', () => {
  it.each([
    ["( [ \\ .* a|b ^ ! '"],
    ['.*'],
    ['a|b'],
    ['^qatar$'],
    ['!qatar'],
    ["'qatar"],
    ['=qatar'],
    ['<img src=x onerror=alert(1)>'],
    ['"unclosed phrase'],
    ['""'],
    ['x'.repeat(40)],
    ['supercalifragilisticexpialidocious-antidisestablishmentarianism'],
    ['a'.repeat(10_000)],
    [Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ')],
    [''],
    ['   \n\t '],
  ])('%j: no error, bounded, and the operators are not interpreted', (query) => {
    const parsed = parseQuery(query);
    expect(parsed.words.length).toBeLessThanOrEqual(LIMITS.words);
    for (const word of parsed.words) expect(word).toMatch(/^[a-z0-9ß]{1,32}$/);
    expect(() => run(query)).not.toThrow();
  });

  it('treats operator characters as spaces, so "!qatar" finds Qatar rather than excluding it', () => {
    expect(run('!qatar').length).toBe(run('qatar').length);
  });

  it('says when a query was clipped', () => {
    expect(parseQuery('a'.repeat(10_000)).clipped).toBe(true);
    expect(parseQuery('qatar strike').clipped).toBe(false);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(run('')).toEqual([]);
    expect(run('   ')).toEqual([]);
  });
});

describe.each([
  ['Al-Thani', 'althani'],
  ['Hamas’ chief', 'hamas chief'],
  ['U.S.-backed', 'u s backed'],
  ['F-35s', 'f35s'],
  ['“Summit of Fire,”', 'summit of fire'],
  ['Zürich — Café', 'zurich cafe'],
])('fold(%j)', (text, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(fold(text)).toBe(expected));
});
