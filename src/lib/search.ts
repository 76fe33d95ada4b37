/**
 * Searching claims and passages: the index's documents and options (used at build time), and
 * the query handling, ranking and highlighting (used by the search island in the browser).
 * It takes the Fuse instance as an argument, so this module stays free of the library itself.
 */
import type Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import { fold, foldSpaced, foldWithMap, toOriginalRanges } from './search-text';

/** One searchable thing: a claim, a passage (paragraph or subhead) of an article, or a quotation in it. */
export interface SearchDoc {
  kind: 'claim' | 'passage' | 'quotation';
  story: string;
  outlet: string;
  /** The outlet's short name, shown and searchable. */
  outletLabel: string;
  /** Claims only: the topic id and its question. */
  topic?: string;
  question?: string;
  /**
   * A claim's text (our words), a passage's text (the outlet's words), or a quotation's words
   * after its speaker, as the ledger names them: `Speaker: “words”` (src/lib/quotation-search.ts).
   */
  text: string;
  /** Claims only: the article's exact words. */
  quote?: string;
  /** Quotations only: who speaks the words, as the quotation ledger names them ('' when no one is named); found through `text`. */
  speaker?: string;
  /** Site-relative address of the words in the article, base path included. */
  url: string;
}

type Key = 'text' | 'quote' | 'question' | 'outletLabel';

export const SEARCH_KEYS: { name: Key; weight: number }[] = [
  { name: 'text', weight: 1 },
  { name: 'quote', weight: 0.8 },
  { name: 'question', weight: 0.4 },
  { name: 'outletLabel', weight: 0.3 },
];

/** Index and query see the same folded text. */
const getFn = (doc: SearchDoc, path: string | string[]) => {
  const value = doc[(Array.isArray(path) ? path[0] : path) as Key];
  return typeof value === 'string' ? fold(value) : '';
};

export const FUSE_OPTIONS: IFuseOptions<SearchDoc> = {
  keys: SEARCH_KEYS,
  getFn,
  includeScore: true,
  includeMatches: true,
  // Words late in a long paragraph count as much as early ones (Fuse's default favours the start),
  // and a long paragraph is not marked down for its length.
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  minMatchCharLength: 2,
  // Space-separated words must all match, in any order; each one forgives typos.
  useExtendedSearch: true,
};

/**
 * Fuse's extended search as this site uses it, for Fuse's smaller basic build (2 KB less for the
 * search page to load): the pattern's space-separated words, each matched fuzzily as Fuse's
 * extended search matches a plain word (Bitap, through `Fuse.match`), all of them in one field,
 * scored by their mean. The site's queries are never anything else: `parseQuery` leaves only
 * folded words, so none of extended search's operators can occur. Register it with
 * `Fuse.use(allWordsSearcher(Fuse))` and search with `BASIC_OPTIONS`.
 */
export function allWordsSearcher(fuse: typeof Fuse) {
  type Searcher = { searchIn(text: string): ReturnType<typeof Fuse.match> };
  return class AllWords {
    static condition = (_: string, options: { allWords?: boolean }) => !!options.allWords;
    readonly searchers: Searcher[];
    constructor(pattern: string, options: IFuseOptions<unknown>) {
      const plain = { ...options, allWords: false } as IFuseOptions<unknown>;
      // Fuse's own searcher for each word, made once per query through its `_getSearcher`
      // (`Fuse.match`, the public way, makes a new one for every text it is given).
      const helper = new fuse([], plain) as unknown as { _getSearcher?: (word: string) => Searcher };
      this.searchers = pattern
        .split(' ')
        .filter(Boolean)
        .map((word) => helper._getSearcher?.(word) ?? { searchIn: (text: string) => fuse.match(word, text, plain) });
    }
    searchIn(text: string) {
      let total = 0;
      const indices: (readonly [number, number])[] = [];
      for (const searcher of this.searchers) {
        const result = searcher.searchIn(text);
        if (!result.isMatch) return { isMatch: false, score: 1 };
        total += result.score;
        indices.push(...(result.indices ?? []));
      }
      // Merged as extended search merges them: sorted, touching or overlapping ranges joined.
      const merged: [number, number][] = [];
      for (const [start, end] of indices.sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
        const last = merged.at(-1);
        if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
      }
      return { isMatch: true, score: total / this.searchers.length, indices: merged };
    }
  };
}

/** `FUSE_OPTIONS` for Fuse's basic build with `allWordsSearcher` registered. */
export const BASIC_OPTIONS = { ...FUSE_OPTIONS, useExtendedSearch: false, allWords: true } as IFuseOptions<SearchDoc>;

/** Where scores tie: claims, then quotations, then passages. */
const KIND_RANK: Record<SearchDoc['kind'], number> = { claim: 0, quotation: 1, passage: 2 };

/**
 * How much worse than the best result a result may score and still be shown. Typo tolerance
 * works on parts of words, so "biden" also nearly matches "(pres)iden(t)"; when something
 * matches exactly, such near misses are dropped, and when nothing does they are what is wanted.
 */
export const SCORE_WINDOW = 0.25;

/** Limits that keep any query quick: Fuse's bit-parallel matcher works on at most 32 characters. */
export const LIMITS = { chars: 300, words: 10, wordLength: 32, phrases: 3 };

/** Words too common to narrow a search; dropped unless the query has nothing else. */
const STOP_WORDS = new Set(
  'a an and are as at be by did do does for from had has have how in is it its of on or that the this to was were what when where which who whom why with'.split(
    ' ',
  ),
);

export interface ParsedQuery {
  /** Folded words to match fuzzily, in any order. */
  words: string[];
  /**
   * The ways the words are tried, any of which may match: as typed (hyphenated words joined),
   * with hyphens splitting words, and all words run together ("al thani" → "althani").
   */
  alternatives: string[][];
  /** Phrases to match exactly (case, accents and punctuation aside). */
  phrases: string[];
  /** True when part of the query was ignored for length. */
  clipped: boolean;
}

/** Reads what the reader typed: "phrases in double quotes" and words, folded and bounded. */
export function parseQuery(raw: string): ParsedQuery {
  const input = raw.slice(0, LIMITS.chars);
  let clipped = raw.length > LIMITS.chars;
  const phrases: string[] = [];
  const rest = input.replace(/["“”]([^"“”]*)["“”]/g, (_, phrase: string) => {
    const folded = foldSpaced(phrase);
    if (folded) phrases.push(folded);
    return ' ';
  });
  const wordsOf = (text: string) => {
    const all = [...new Set(text.split(' ').filter(Boolean))];
    const meaningful = all.filter((w) => !STOP_WORDS.has(w));
    return meaningful.length || phrases.length ? meaningful : all;
  };
  const words = wordsOf(fold(rest));
  if (words.length > LIMITS.words || phrases.length > LIMITS.phrases) clipped = true;
  if (words.some((w) => w.length > LIMITS.wordLength)) clipped = true;
  const bound = (list: string[]) => list.slice(0, LIMITS.words).map((w) => w.slice(0, LIMITS.wordLength));
  const alternatives = [bound(words), bound(wordsOf(foldSpaced(rest))), bound([fold(rest).replaceAll(' ', '')])];
  const seen = new Set<string>();
  return {
    words: bound(words),
    alternatives: words.length ? alternatives.filter((a) => a.length && !seen.has(a.join(' ')) && seen.add(a.join(' '))) : [],
    phrases: phrases.slice(0, LIMITS.phrases),
    clipped,
  };
}

/**
 * Each alternative searched on its own (words AND-ed, in any order), keeping each document's
 * best result: Fuse's own `|` scores a document by the first alternative that matches, not the best.
 */
function fuzzy(fuse: Fuse<SearchDoc>, query: ParsedQuery): FuseResult<SearchDoc>[] {
  const best = new Map<number, FuseResult<SearchDoc>>();
  for (const words of query.alternatives) {
    for (const result of fuse.search(words.join(' '))) {
      const seen = best.get(result.refIndex);
      if (!seen || (result.score ?? 0) < (seen.score ?? 0)) best.set(result.refIndex, result);
    }
  }
  return [...best.values()];
}

export interface Filters {
  /** Outlet id, or '' for all. */
  outlet: string;
  /** `<story>/<topic>`, or '' for all. A topic filter keeps claims only. */
  topic: string;
}

export interface Hit {
  doc: SearchDoc;
  /** 0 is a perfect match. */
  score: number;
  /** Where to highlight, as half-open ranges of the original strings. */
  marks: { text: [number, number][]; quote: [number, number][] };
}

/** Where each phrase occurs in `original`, as ranges of it. */
function phraseRanges(original: string, phrases: readonly string[]): [number, number][] {
  const folded = foldWithMap(original.replace(/[-‐‑]/g, ' '));
  const ranges: [number, number][] = [];
  for (const phrase of phrases) {
    for (let at = folded.text.indexOf(phrase); at !== -1; at = folded.text.indexOf(phrase, at + 1)) {
      ranges.push([at, at + phrase.length - 1]);
    }
  }
  return toOriginalRanges(folded, original, ranges);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/**
 * A match worth marking: three characters or more, or a whole short word ("al" in "Al Thani").
 * A short piece of a longer word ("al" in "official", "an" in "and") is noise to the eye.
 */
function worthMarking(text: string, [start, end]: [number, number]): boolean {
  const edge = (i: number) => i <= 0 || i >= text.length || !WORD_CHAR.test(text[i] ?? '');
  return end - start >= 3 || ((start === 0 || edge(start - 1)) && edge(end));
}

/** Widens a match to the words it touches: a typo-tolerant match of "netanyahoo" marks all of "Netanyahu". */
function wholeWords(text: string, [start, end]: [number, number]): [number, number] {
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  while (end < text.length && WORD_CHAR.test(text[end] ?? '')) end++;
  return [start, end];
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const range of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([...range]);
  }
  return out;
}

/**
 * Runs a query: fuzzy words through Fuse, exact phrases as a filter, then the filters. Results
 * are ranked by score; where scores tie, claims come before passages.
 */
export function search(fuse: Fuse<SearchDoc>, docs: readonly SearchDoc[], query: ParsedQuery, filters: Filters): Hit[] {
  if (!query.words.length && !query.phrases.length) return [];
  const found: FuseResult<SearchDoc>[] = query.words.length
    ? fuzzy(fuse, query)
    : docs.map((doc, refIndex) => ({ item: doc, refIndex, score: 0, matches: [] }));
  const [story, topic] = filters.topic ? filters.topic.split('/') : [];
  const hits: Hit[] = [];
  for (const result of found) {
    const doc = result.item;
    if (filters.outlet && doc.outlet !== filters.outlet) continue;
    if (filters.topic && (doc.story !== story || doc.topic !== topic)) continue;
    if (query.phrases.length) {
      const haystack = foldSpaced([doc.text, doc.quote, doc.question].filter(Boolean).join(' \n '));
      if (!query.phrases.every((p) => haystack.includes(p))) continue;
    }
    const marksFor = (key: 'text' | 'quote') => {
      const original = doc[key] ?? '';
      const fuzzy = (result.matches ?? []).filter((m) => m.key === key).flatMap((m) => m.indices);
      const ranges = toOriginalRanges(foldWithMap(original), original, fuzzy)
        .filter((range) => worthMarking(original, range))
        .map((range) => wholeWords(original, range));
      return mergeRanges([...ranges, ...phraseRanges(original, query.phrases)]);
    };
    // Worked out when first read: only the results shown are marked, not the hundreds counted.
    let marks: Hit['marks'] | undefined;
    hits.push({
      doc,
      score: result.score ?? 0,
      get marks() {
        return (marks ??= { text: marksFor('text'), quote: marksFor('quote') });
      },
    });
  }
  const best = Math.min(...hits.map((h) => h.score));
  const rank = (hit: Hit) => Math.round(hit.score * 1000);
  return hits
    .filter((h) => h.score <= best + SCORE_WINDOW)
    .sort((a, b) => rank(a) - rank(b) || KIND_RANK[a.doc.kind] - KIND_RANK[b.doc.kind]);
}
