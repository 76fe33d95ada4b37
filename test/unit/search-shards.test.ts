/** The sharded index: its codec and keys, and that searching it finds what Fuse over every document finds. */
import Fuse from 'fuse.js';
import BasicFuse from 'fuse.js/basic';
import { describe, expect, it } from 'vitest';
import { allWordsSearcher, BASIC_OPTIONS, FUSE_OPTIONS, parseQuery, search, type Filters, type SearchDoc } from '../../src/lib/search';
import { searchData, searchIndex } from '../../src/lib/search-index';
import {
  ALL_SHARDS,
  allowedErrors,
  bucketOf,
  decodePostings,
  docTokens,
  encodePostings,
  headOf,
  keysOf,
  prefixDistance,
  ShardedSearch,
  shardDocs,
  tokens,
  type Shard,
} from '../../src/lib/search-shards';
import { fold, foldWithMap } from '../../src/lib/search-text';
import { loadSite } from '../helpers/content';
import { smallCorpus } from '../helpers/corpus';
import { gzipSync } from 'node:zlib';

const site = loadSite('content');
const whole = searchData(site, '/');
const everything = new Fuse<SearchDoc>(whole.docs, FUSE_OPTIONS, Fuse.parseIndex(whole.index, { getFn: FUSE_OPTIONS.getFn! }));
const index = searchIndex(site, '/');
BasicFuse.use(allWordsSearcher(BasicFuse));

/** A search over the index's files, counting what it fetches. */
function sharded(basic = true) {
  const fetched: string[] = [];
  const engine = new ShardedSearch(
    basic ? BasicFuse : Fuse,
    async (path) => {
      fetched.push(path);
      const text = index.files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return JSON.parse(text);
    },
    index.manifest,
    basic ? BASIC_OPTIONS : FUSE_OPTIONS,
  );
  return { engine, fetched };
}

const ALL: Filters = { outlet: '', topic: '' };
const QUERIES = [
  'al thani',
  'Al-Thani',
  'shelter in place',
  'f35',
  'F-35',
  'netanyahoo',
  'who warned Qatar',
  'Zangauker',
  'summit fire',
  'fire summit',
  '"Summit of Fire"',
  '"fire of summit"',
  'Biden',
  'pizza',
  'Witkof',
  'relationship',
  'qatar tuesday israel',
  '"shelter-in-place order"',
  'diplomatically',
  'qatar',
  'tuesday',
];

describe('the sharded index', () => {
  /**
   * Fuse over everything also matches a word inside another, with typos: "warned" ≈ "ward" in
   * "cowardly". The index matches words from their start ("qatar" in "Qataris"), so those near
   * misses are left out; everything else is the same, in the same order.
   */
  const INSIDE_WORDS: Record<string, string[]> = {
    'who warned Qatar': ['/stories/israel-strike-doha/business-times/#claim-business-times-qatar-condemnation-2'],
  };

  /** The query table's (test/unit/search.test.ts) first results. Among results as good as each other, the order may differ: the index puts rarer words first. */
  const CLAIM_FIRST: Record<string, RegExp> = {
    'shelter in place': /shelter in place/,
    f35: /F-35/,
    'who warned Qatar': /Witkoff passed along a warning/,
    Zangauker: /Einav Zangauker/,
    'summit fire': /Summit of Fire/,
    'fire summit': /Summit of Fire/,
  };

  it.each(QUERIES)('%j: finds what Fuse over every document finds, ranked alike', async (q) => {
    const expected = search(everything, whole.docs, parseQuery(q), ALL).filter((h) => !INSIDE_WORDS[q]?.includes(h.doc.url));
    const { hits, complete } = await sharded().engine.search(parseQuery(q), ALL);
    expect(complete).toBe(true);
    expect(new Set(hits.map((h) => h.doc.url))).toEqual(new Set(expected.map((h) => h.doc.url)));
    expect(hits.map((h) => Math.round(h.score * 1000))).toEqual(expected.map((h) => Math.round(h.score * 1000)));
    if (CLAIM_FIRST[q]) expect(hits[0]!.doc.text).toMatch(CLAIM_FIRST[q]);
    expect(hits.map((h) => h.marks)).toEqual(hits.map((h) => expected.find((e) => e.doc.url === h.doc.url)!.marks));
  });

  it('filters by outlet and by topic as the full search does', async () => {
    for (const filters of [
      { outlet: 'cnn', topic: '' },
      { outlet: '', topic: `${site.stories[0]!.id}/qatar-condemnation` },
    ]) {
      const expected = search(everything, whole.docs, parseQuery('qatar'), filters);
      const { hits } = await sharded().engine.search(parseQuery('qatar'), filters);
      expect(hits.length).toBeGreaterThan(0);
      expect(new Set(hits.map((h) => h.doc.url))).toEqual(new Set(expected.map((h) => h.doc.url)));
    }
  });

  it('fetches nothing more for a query that narrows one it has answered', async () => {
    const { engine, fetched } = sharded();
    await engine.search(parseQuery('zanga'), ALL);
    const before = fetched.length;
    await engine.search(parseQuery('zangauk'), ALL);
    await engine.search(parseQuery('zangauker'), ALL);
    expect(fetched.length).toBe(before);
  });

  it('fetches a small site’s every shard ahead of the first keystroke, which then waits for a bucket at most', async () => {
    const { engine, fetched } = sharded();
    await engine.prefetch();
    expect(fetched.sort()).toEqual(Array.from({ length: index.manifest.shards }, (_, n) => `u/${n}.json`).sort());
    fetched.length = 0;
    const { hits } = await engine.search(parseQuery('qatar'), ALL);
    expect(hits.length).toBeGreaterThan(0);
    expect(fetched.every((path) => path.startsWith('k/'))).toBe(true);
  });
});

/** `foldWithMap` without its ASCII shortcut: the text with a non-ASCII character added, then taken off again. */
function foldWithMapSlow(text: string) {
  const folded = foldWithMap(`${text}é`);
  const cut = folded.text.endsWith(' e') ? 2 : 1;
  return { text: folded.text.slice(0, -cut), from: folded.from.slice(0, -cut) };
}

describe('its parts', () => {
  it.each([[[]], [[0]], [[0, 1, 2, 40, 41, 999]], [Array.from({ length: 100 }, (_, i) => i * 3)]])(
    'postings %j survive the round trip',
    (units) => {
      expect(decodePostings(encodePostings(units, 1000), 1000)).toEqual(units);
    },
  );

  it('stores a word in more than one shard in eight as in every shard', () => {
    const units = Array.from({ length: 300 }, (_, i) => i * 3);
    expect(encodePostings(units, 1000)).toBe('*');
    expect(decodePostings('*', 5)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keys a word so that one typo in its first four letters still shares a key', () => {
    for (const [typed, meant] of [
      ['zangauker', 'zangauker'],
      ['zagnauker', 'zangauker'],
      ['zngauker', 'zangauker'],
      ['xangauker', 'zangauker'],
      ['zanngauker', 'zangauker'],
    ] as const) {
      expect(
        keysOf(typed).some((k) => keysOf(meant).includes(k)),
        typed,
      ).toBe(true);
    }
    expect(keysOf('al')).toEqual(['al']);
    expect(bucketOf('tha', 64)).toBe(bucketOf('tha', 64));
  });

  it('counts typos against the nearest prefix, within Fuse’s threshold', () => {
    expect(prefixDistance('qatar', 'qataris', 1)).toBe(0);
    expect(prefixDistance('netanyahoo', 'netanyahu', allowedErrors(10))).toBe(2);
    expect(prefixDistance('warned', 'warning', allowedErrors(6))).toBe(2);
    expect(prefixDistance('pizza', 'prize', allowedErrors(5))).toBeGreaterThan(allowedErrors(5));
    expect(allowedErrors(3)).toBe(0);
  });

  it('finds a word by its hyphenated parts too', () => {
    expect(tokens('Al-Thani’s F-35')).toEqual(expect.arrayContaining(['althanis', 'f35', 'al', 'thani', 's', 'f', '35']));
  });

  it('folds every document as the highlighter does, character for character', () => {
    for (const doc of whole.docs) for (const text of [doc.text, doc.quote ?? '']) expect(fold(text)).toBe(foldWithMap(text).text);
    for (const text of ['  Le Café — ΣΟΦΟΣ  ', 'a - b', '½ ℃', 'İstanbul’s “x”', " F-35s, O'Brien's (AT&T) \t\n x_y~z ", '\u0001a\u007f']) {
      expect(fold(text)).toBe(foldWithMap(text).text);
      // Plain ASCII takes a shortcut: it must land where the general path does.
      expect(foldWithMap(text)).toEqual(foldWithMapSlow(text));
    }
  });
});

describe('filters on a site where one outlet wrote in most stories', () => {
  // Sixteen shards, all from one outlet: its list of shards is stored as "every shard".
  const shard = (n: number): Shard => ({
    story: { id: `s${n}`, title: `Story ${n}` },
    outlet: { id: 'wire', label: 'Wire' },
    topics: { t: ['What happened?', 'Agree'] },
    d: [[`Flooding closed the bridge ${n}`, 'the bridge', 't', `#${n}`]],
  });
  const files = new Map<string, unknown>();
  const bucket = { k: {} as Record<string, string[]>, p: {} as Record<string, string> };
  for (const word of ['flooding', 'closed', 'the', 'bridge', 'wire']) {
    for (const key of keysOf(word)) (bucket.k[key] ??= []).push(word);
    bucket.p[word] = encodePostings([0], 16);
  }
  for (let n = 0; n < 16; n++) files.set(`u/${n}.json`, shard(n));
  files.set('k/0.json', bucket);
  files.set(
    'o/wire.json',
    encodePostings(
      Array.from({ length: 16 }, (_, n) => n),
      16,
    ),
  );

  it('finds what the outlet wrote when the reader picks it', async () => {
    expect(files.get('o/wire.json')).toBe('*');
    const engine = new ShardedSearch(BasicFuse, async (path) => files.get(path), { buckets: 1, heads: 0, shards: 16 }, BASIC_OPTIONS);
    const { hits } = await engine.search(parseQuery('bridge'), { outlet: 'wire', topic: '' });
    expect(hits.map((h) => h.doc.url)).toEqual(['#0']);
  });
});

describe('at scale: a small generated corpus, searched as it is typed', () => {
  const { corpus, site: large } = smallCorpus();
  const files = searchIndex(large, '/');
  /** An engine over the corpus's index that counts the gzip bytes of what it fetches. */
  function engine() {
    const counter = { bytes: 0 };
    const search = new ShardedSearch(
      BasicFuse,
      async (path) => {
        const text = files.files.get(path)!;
        counter.bytes += gzipSync(text, { level: 9 }).length;
        return JSON.parse(text);
      },
      files.manifest,
      BASIC_OPTIONS,
    );
    return { search, counter };
  }

  it('has more shards than are fetched for every query, and none is fetched ahead of a query', async () => {
    expect(files.manifest.shards).toBeGreaterThan(ALL_SHARDS);
    const { search, counter } = engine();
    await search.prefetch();
    expect(counter.bytes).toBe(0);
  });

  it.each([corpus.typos[0]!.intended, corpus.typos[1]!.query, 'insurance', 'schools closed', '"emergency aid"'])(
    'typing %j fetches at most 40 KB of index before its first result and 5 KB a keystroke on average after it',
    async (query) => {
      const { search: engineFor, counter } = engine();
      let typed = '';
      let first: number | undefined;
      let mark = 0;
      const perKeystroke: number[] = [];
      for (const char of query) {
        typed += char;
        const { hits } = await engineFor.search(parseQuery(typed), ALL);
        if (first !== undefined) perKeystroke.push(counter.bytes - mark);
        else if (hits.length) first = counter.bytes;
        mark = counter.bytes;
      }
      expect(first).toBeDefined();
      expect(first).toBeLessThanOrEqual(40 * 1024);
      expect(perKeystroke.reduce((a, b) => a + b, 0) / Math.max(1, perKeystroke.length)).toBeLessThanOrEqual(5 * 1024);
    },
  );

  /** An engine over the corpus's index that records each path it asks for, as it asks. */
  function recording(lookAhead = true) {
    const asked: string[] = [];
    const search = new ShardedSearch(
      BasicFuse,
      (path) => {
        asked.push(path);
        return Promise.resolve(JSON.parse(files.files.get(path)!));
      },
      files.manifest,
      BASIC_OPTIONS,
      lookAhead,
    );
    return { search, asked };
  }

  /** Types `query` a letter at a time; for each keystroke, the paths asked for before any file arrived (one round trip) and in all. */
  async function type(engine: ReturnType<typeof recording>, query: string) {
    const keystrokes: { typed: string; first: string[]; all: string[] }[] = [];
    for (let i = 1; i <= query.length; i++) {
      const from = engine.asked.length;
      const searching = engine.search.search(parseQuery(query.slice(0, i)), ALL);
      const first = engine.asked.slice(from);
      await searching;
      keystrokes.push({ typed: query.slice(0, i), first, all: engine.asked.slice(from) });
    }
    return keystrokes;
  }

  it('fetches a word’s first shards on its third letter together with its bucket, as its second letter fetched their names', async () => {
    const word = corpus.typos[0]!.intended;
    const [, second, third] = await type(recording(), word);
    expect(second!.first).toContain(`h/${headOf(fold(word), files.manifest.heads)}.json`);
    expect(third!.first.some((path) => path.startsWith('k/'))).toBe(true);
    expect(third!.first.filter((path) => path.startsWith('u/'))).toEqual(third!.all.filter((path) => path.startsWith('u/')));
    expect(third!.first.filter((path) => path.startsWith('u/')).length).toBeGreaterThan(0);
  });

  it('fetches the untypo’d shards a later letter needs together with the buckets of its typos', async () => {
    const both: string[] = [];
    for (const { intended } of corpus.typos.slice(0, 10))
      for (const { typed, first } of (await type(recording(), fold(intended))).slice(3))
        if (first.some((path) => path.startsWith('k/')) && first.some((path) => path.startsWith('u/'))) both.push(typed);
    expect(both.length).toBeGreaterThan(0);
  });

  it.each([corpus.typos[0]!.intended, corpus.typos[1]!.query, corpus.typos[2]!.intended, 'insurance', 'schools closed', '"emergency aid"'])(
    'fetches for %j the same shards at each keystroke, only sooner, as without looking ahead',
    async (query) => {
      const shards = (keystrokes: Awaited<ReturnType<typeof type>>) =>
        keystrokes.map((k) => k.all.filter((path) => path.startsWith('u/')).sort());
      expect(shards(await type(recording(), query))).toEqual(shards(await type(recording(false), query)));
    },
  );

  it('counts only the articles that hold every word of the query, and fetches no shard that lacks one', async () => {
    // Two names from different stories: many more shards hold a word like one of them than words like both.
    const query = parseQuery(`${corpus.typos[0]!.intended} ${corpus.typos[1]!.intended}`);
    const holds = (words: Set<string>, word: string) =>
      [...words].some((token) => prefixDistance(word, token, allowedErrors(word.length)) <= allowedErrors(word.length));
    const both = new Set<number>();
    const either = new Set<number>();
    for (const [path, text] of files.files) {
      if (!path.startsWith('u/')) continue;
      const words = new Set(shardDocs(JSON.parse(text) as Shard).flatMap((doc) => [...docTokens(doc)]));
      const n = Number(/\d+/.exec(path)![0]);
      if (query.words.every((word) => holds(words, word))) both.add(n);
      if (query.words.some((word) => holds(words, word))) either.add(n);
    }
    expect(either.size).toBeGreaterThan(both.size);
    const { search, asked } = recording();
    const found = await search.search(query, ALL);
    expect(found.articles).toBe(both.size);
    expect(asked.filter((path) => path.startsWith('u/')).length).toBeLessThanOrEqual(both.size);
  });

  it('lists each word with its postings in every bucket it is listed in', () => {
    const missing: string[] = [];
    for (const [path, text] of files.files) {
      if (!path.startsWith('k/')) continue;
      const bucket = JSON.parse(text) as { k: Record<string, string[]>; p: Record<string, string> };
      for (const words of Object.values(bucket.k))
        for (const word of words) if (bucket.p[word] === undefined) missing.push(`${path}: ${word}`);
    }
    expect(missing).toEqual([]);
  });

  it('finds the article meant by four misspelt names in five, among the first ten results', async () => {
    const { search: engineFor } = engine();
    let found = 0;
    for (const typo of corpus.typos) {
      const { hits } = await engineFor.search(parseQuery(typo.query), ALL);
      const articles = new Set(hits.slice(0, 10).map((h) => /stories\/([^/]+\/[^/]+)\//.exec(h.doc.url)?.[1]));
      if (typo.articles.some((a) => articles.has(a))) found++;
    }
    expect(found / corpus.typos.length).toBeGreaterThanOrEqual(0.8);
  });
});
