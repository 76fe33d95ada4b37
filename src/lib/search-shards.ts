/**
 * Search that stays quick as the site grows: the index is split into small static files, and the
 * browser fetches only those a query needs, then lets Fuse.js rank what they hold.
 *
 * - **Shards** (`u/<n>.json`): one for each article, with its claims, passages and quotations:
 *   the documents Fuse ranks, with what a result shows (story title, topic question, verdict).
 * - **Dictionary buckets** (`k/<n>.json`): every word of the site, each listed under a few short
 *   keys made from its first four letters with one letter left out ("thani" under "han", "tan",
 *   "thn", "tha"). A query word with one typo in its first four letters shares a key with the word
 *   it means, so the buckets of its own keys hold every candidate; each candidate is then checked
 *   as Fuse would (edits within Fuse's threshold, the word read as a prefix, "qatar" finds
 *   "qataris"). Beside each listing are the word's **postings**, the shards it is in: the buckets
 *   of a query word's keys are all it needs to know which shards to fetch.
 * - The **prefilter**: the shards that hold, for every word of the query, a word matching it, in
 *   order of how few typos they need, then of how rare the words are, then of the site's order
 *   (newest story first). The first few are fetched; in them the documents holding every word go
 *   to Fuse, which ranks them with the same options and query handling as ever (src/lib/search.ts).
 * - **Head files** (`h/<n>.json`): for every three letters some word begins with, the first
 *   shards a search for them fetches, filed by their first two letters.
 *
 * So a keystroke fetches a few buckets of a kilobyte or two while a word's first four letters are
 * typed, and shards only when the results move to articles not loaded yet. It **looks ahead** so
 * that it mostly waits for one round trip, not buckets then shards: the second letter fetches its
 * head file, and the third fetches the shards named there with its bucket; past the third, the
 * shards matching without a typo (known from the bucket of the word's first three letters) are
 * fetched with the buckets of its typos. Only shards the search then fetches anyway are fetched
 * ahead. Building (`searchIndex`, `buildHeads`) and searching (`ShardedSearch`) share the keys,
 * the codec, the ranking and the checks below.
 */
import type Fuse from 'fuse.js';
import { FUSE_OPTIONS, SCORE_WINDOW, SEARCH_KEYS, search, type Filters, type Hit, type ParsedQuery, type SearchDoc } from './search';
import { fold } from './search-text';

/** Bumped when the files change shape; the folder holds one format only. */
export const FORMAT = 4;
/** The manifest, the one file of the index that is a page of its own. */
export const MANIFEST = 'index.json';

const JOINED = /['’ʼ\-‐‑]/u;

/** Words a document is found by: its folded words, and the parts of words joined by hyphens or apostrophes ("al-thani": "althani", "al", "thani"). */
export function tokens(text: string): string[] {
  const joined = fold(text).split(' ');
  return JOINED.test(text) ? [...joined, ...fold(text.replace(/['’ʼ\-‐‑]/gu, ' ')).split(' ')] : joined;
}

/** A word's dictionary keys: its first four letters with one left out; a word of three letters or fewer is its own key. */
export function keysOf(word: string): string[] {
  if (word.length <= 3) return [word];
  const head = word.slice(0, 4);
  return [...new Set([0, 1, 2, 3].map((i) => head.slice(0, i) + head.slice(i + 1)))];
}

/** The key every word is listed under, whatever its length: its first three letters. An exact word is looked up there. */
export const homeKey = (word: string) => word.slice(0, 3);

/** FNV-1a: the bucket of a key, the same in Node and in the browser. */
export function bucketOf(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/**
 * Typos a query word may have, as Fuse's threshold allows (`errors / length <= 0.34`): one from
 * four letters, two from six, three from nine. Words of three letters or fewer must match exactly
 * (Fuse would let "sta" match "sea" and "tsa"; a prefix is what is meant while typing).
 */
export const allowedErrors = (length: number) => (length <= 3 ? 0 : Math.floor(length * (FUSE_OPTIONS.threshold ?? 0.34)));

/**
 * Edits (insertions, deletions, substitutions: Fuse's Bitap counts these) between `word` and the
 * nearest prefix of `token`, or `max + 1` as soon as it must exceed `max`. A prefix because
 * Fuse matches a word inside longer ones: "qatar" finds "Qataris", "witkof" finds "Witkoff".
 */
export function prefixDistance(word: string, token: string, max: number): number {
  let previous = Array.from({ length: token.length + 1 }, (_, j) => j);
  for (let i = 1; i <= word.length; i++) {
    const current = [i];
    let least = i;
    for (let j = 1; j <= token.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (word[i - 1] === token[j - 1] ? 0 : 1));
      current.push(value);
      if (value < least) least = value;
    }
    if (least > max) return max + 1;
    previous = current;
  }
  return Math.min(...previous.slice(Math.max(0, word.length - max)));
}

/*
 * Postings: sorted shard numbers, as base-36 gaps joined by dots ("0.1.2s"). A word in more than
 * one shard in eight is stored as "*", every shard: a list of thousands of shards would weigh
 * more than the shards a query fetches, and such a word narrows nothing. Documents are checked
 * for every word once their shard is loaded, so "every shard" is never wrong, only broad.
 */
export const DENSE = 8;

export function encodePostings(units: readonly number[], total: number): string {
  if (units.length * DENSE > total && total > 12) return '*';
  let last = 0;
  return units.map((unit) => (unit - last).toString(36) + ((last = unit), '')).join('.');
}

/** The shards a posting list names; `total` is the number of shards, for "*". */
export function decodePostings(text: string, total: number): number[] {
  if (text === '*') return Array.from({ length: total }, (_, i) => i);
  let at = 0;
  return text ? text.split('.').map((gap) => (at += parseInt(gap, 36))) : [];
}

/** A dictionary bucket: words by key, and the postings of every word listed. */
export interface Bucket {
  /** Key → the words listed under it. */
  k: Record<string, string[]>;
  /** Word → its encoded postings (once, though it may be listed under more than one of the bucket's keys). */
  p: Record<string, string>;
}

/**
 * A head file: three-letter words (what a reader has typed on the third keystroke) → the shards
 * that keystroke fetches first, as base-36 numbers in the order of the ranking.
 */
export type Head = Record<string, string>;

/** The head file of a query word's first two letters: the one its second keystroke fetches. */
export const headOf = (word: string, heads: number) => bucketOf(word.slice(0, 2), heads);

/**
 * The head files, from the dictionary's buckets: for every three letters that some word begins
 * with, the first shards (`BATCH`) its search ranks, as `rankShards` ranks them in the browser.
 */
export function buildHeads(dictionary: readonly Bucket[], total: number): Head[] {
  const decoded = new Map<string, number[]>();
  const entries = new Map<string, string>();
  for (const bucket of dictionary) {
    for (const key of Object.keys(bucket.k)) {
      if (key.length !== 3) continue;
      const match = matchWords(key, false, 0, [key], [bucket], total, decoded);
      if (!match.words.size) continue;
      const first = rankShards({ alternatives: [[{ match, length: key.length }]], exact: [] }, [], total).slice(0, BATCH);
      entries.set(key, first.map((r) => r.n.toString(36)).join('.'));
    }
  }
  // About a hundred words a file, a kilobyte or less gzipped.
  const heads = 2 ** Math.min(10, Math.max(0, Math.ceil(Math.log2(entries.size / 100))));
  const files = Array.from({ length: heads }, (): Head => ({}));
  for (const [key, first] of entries) files[headOf(key, heads)]![key] = first;
  return files;
}

/**
 * A shard: one article's claims, passages and quotations (src/lib/quotation-search.ts), with what
 * their results show. One file an article, not one for its claims and another for the rest: the
 * two were nearly always fetched together, and each request costs the page more than its bytes.
 */
export interface Shard {
  story: { id: string; title: string };
  outlet: { id: string; label: string };
  /** Topic id → its question and the verdict shown with it, for the article's claims. */
  topics: Record<string, [question: string, verdict: string]>;
  /** Told apart by length: a claim `[text, quote, topic, url]`, a passage `[text, url]`, a quotation `[text, url, speaker]`. */
  d: string[][];
}

/** `index.json`: what the index holds, for the page (the number of buckets) and for tools. */
export interface Manifest {
  format: number;
  buckets: number;
  /** Head files (`h/<n>.json`). */
  heads: number;
  shards: number;
  words: number;
  docs: number;
}

/** The documents of a shard, as Fuse and the results read them. */
export function shardDocs(shard: Shard): SearchDoc[] {
  const common = { story: shard.story.id, outlet: shard.outlet.id, outletLabel: shard.outlet.label };
  return shard.d.map((d) =>
    d.length === 4
      ? { ...common, kind: 'claim', text: d[0]!, quote: d[1]!, topic: d[2]!, question: shard.topics[d[2]!]?.[0] ?? '', url: d[3]! }
      : d.length === 3
        ? { ...common, kind: 'quotation', text: d[0]!, url: d[1]!, speaker: d[2]! }
        : { ...common, kind: 'passage', text: d[0]!, url: d[1]! },
  );
}

/** Everything a document can be found by. A topic's question and an outlet's name recur: their words are remembered. */
const recurring = new Map<string, string[]>();
export function docTokens(doc: SearchDoc): Set<string> {
  const words = new Set(tokens(doc.text));
  if (doc.quote) for (const word of tokens(doc.quote)) words.add(word);
  if (doc.speaker) for (const word of tokens(doc.speaker)) words.add(word);
  for (const text of [doc.question, doc.outletLabel]) {
    if (!text) continue;
    let known = recurring.get(text);
    if (!known) recurring.set(text, (known = tokens(text)));
    for (const word of known) words.add(word);
  }
  return words;
}

type Index = ReturnType<typeof Fuse.createIndex<SearchDoc>>;
type IndexRecord = Index['records'][number];

/**
 * A loaded shard: its documents, their words, and Fuse's records of them (their folded fields).
 * A record is made the first time its document is handed to Fuse: most documents never are, and
 * folding every one on arrival cost the keystrokes that fetch shards several milliseconds.
 */
interface Loaded {
  docs: SearchDoc[];
  words: Set<string>[];
  records: (IndexRecord | undefined)[];
}

/**
 * The words of the site that match one query word, and the shards they are in. Each match is
 * rated `typos + rarity`: typos first, then, between matches with as many typos, the rarer word
 * (rarity is the share of shards holding it, below 1). So "moren" finds the rare "Morsen" before
 * the common "more", which Fuse, ranking by typos alone, would give the same score.
 */
interface Match {
  words: Map<string, number>;
  shards: Map<number, number>;
  /** The rating of the best word in every shard ("*" postings), or 99: kept apart rather than listing every shard. */
  everywhere: number;
}

/** A query with each word's match: its readings' words (with their lengths), and the words of its phrases. */
interface MatchedQuery {
  alternatives: { match: Match; length: number }[][];
  exact: Match[];
}

function matchedQuery(query: ParsedQuery, byId: Map<string, Match>): MatchedQuery {
  return {
    alternatives: query.alternatives.map((words) => words.map((w) => ({ match: byId.get(`~${w}`)!, length: w.length }))),
    exact: [...new Set(query.phrases.flatMap((p) => p.split(' ')))].map((w) => byId.get(`=${w}`)!),
  };
}

/**
 * How well a shard or a document matches some reading of the query, given `rate` (a word's match
 * → the rating of its best word there, 99 for none): as Fuse scores, typos for each word's length
 * averaged over the words (0 is exact); then the rarity of the words matched, to order matches
 * with as many typos. `[99, 99]` when some word has no match.
 */
function score(query: MatchedQuery, rate: (match: Match) => number): [typos: number, rarity: number] {
  let best: [number, number] = [99, 99];
  for (const words of query.alternatives) {
    let typos = 0;
    let rarity = 0;
    for (const { match, length } of words) {
      const r = rate(match);
      if (r >= 99) {
        typos = 99;
        break;
      }
      typos += Math.floor(r) / length / words.length;
      rarity += r % 1;
    }
    if (typos < best[0] || (typos === best[0] && rarity < best[1])) best = [typos, rarity];
  }
  if (query.exact.some((match) => rate(match) >= 1)) return [99, 99];
  return query.alternatives.length ? best : [0, query.exact.reduce((sum, match) => sum + (rate(match) % 1), 0)];
}

/** A shard in the order they are fetched and searched. */
interface Ranked {
  n: number;
  typos: number;
  rarity: number;
}

/**
 * The words listed under `keys` (in `buckets`, one each) that match `word` with at most `max`
 * typos (`exact`: the word itself), and the shards they are in; `total` shards in all. `decoded`
 * keeps postings once decoded.
 */
function matchWords(
  word: string,
  exact: boolean,
  max: number,
  keys: readonly string[],
  buckets: readonly Bucket[],
  total: number,
  decoded = new Map<string, number[]>(),
): Match {
  const words = new Map<string, number>();
  const shards = new Map<number, number>();
  let everywhere = 99;
  buckets.forEach((bucket, i) => {
    for (const token of bucket.k[keys[i]!] ?? []) {
      if (words.has(token)) continue;
      const errors = exact ? (token === word ? 0 : 1) : prefixDistance(word, token, max);
      if (errors > max) continue;
      const postings = bucket.p[token] ?? '';
      if (postings === '*') {
        words.set(token, errors + 0.99);
        everywhere = Math.min(everywhere, errors + 0.99);
        continue;
      }
      let list = decoded.get(token);
      if (!list) decoded.set(token, (list = decodePostings(postings, total)));
      const rating = errors + list.length / (total + 1);
      words.set(token, rating);
      for (const n of list) if ((shards.get(n) ?? 99) > rating) shards.set(n, rating);
    }
  });
  return { words, shards, everywhere };
}

/**
 * Shards with a match for every word of the query, among those `keep` lets through, the best
 * first: fewest typos, then rarest words, then the site's order.
 */
function rankShards(query: MatchedQuery, keep: readonly Set<number>[], total: number): Ranked[] {
  const matches = new Set([...query.alternatives.flat().map((w) => w.match), ...query.exact]);
  const candidates = new Set<number>();
  for (const match of matches) for (const n of match.shards.keys()) candidates.add(n);
  if ([...matches].some((match) => match.everywhere < 99)) {
    // A filter names its shards: those are the ones to look at; otherwise the site's first.
    const named = keep.length
      ? [...keep[0]!].slice(0, EVERYWHERE_SHARDS)
      : Array.from({ length: Math.min(total, EVERYWHERE_SHARDS) }, (_, n) => n);
    for (const n of named) candidates.add(n);
  }
  let at = 0;
  const rate = (match: Match) => Math.min(match.shards.get(at) ?? 99, match.everywhere);
  const ranked: Ranked[] = [];
  for (const n of candidates) {
    if (!keep.every((set) => set.has(n))) continue;
    at = n;
    const [typos, rarity] = score(query, rate);
    if (typos < 99) ranked.push({ n, typos, rarity });
  }
  return ranked.sort((a, b) => a.typos - b.typos || a.rarity - b.rarity || a.n - b.n);
}

/** When a word is in every shard, the shards looked at for it: the first ones in the site's order (and any named by other words). */
const EVERYWHERE_SHARDS = 256;

/** What a search found: the ranked hits, and how much of the site they come from. */
export interface Found {
  hits: Hit[];
  /** Articles holding every word of the query, loaded or not. */
  articles: number;
  /** False when more shards match than were searched: the hits are the best of those searched. */
  complete: boolean;
}

/** When this many shards (articles) match or fewer, all are searched: a small site's results are always complete. */
export const ALL_SHARDS = 6;
/**
 * Otherwise shards are fetched this many at a time, in order of relevance… Each batch is a round
 * trip before the next: a keystroke that needs two shards fetches them together.
 */
export const BATCH = 2;
/** …until this many documents hold every word (a few screens of results; matches with more typos than the best: a handful)… */
export const ENOUGH_DOCS = 12;
export const FEW_DOCS = 4;
/** …or this many shards were fetched for the keystroke. Shards already loaded are always searched. */
export const NEW_SHARDS = 2;
/** Documents handed to Fuse at most: the best candidates by typos, then in the site's order. */
export const FUSE_DOCS = 300;

/**
 * The browser's side: fetches buckets and shards through `load` (a path inside the index folder
 * → its parsed JSON), keeps them, and answers queries with the same `search` the tests use.
 */
export class ShardedSearch {
  #files = new Map<string, Promise<unknown>>();
  #ready = new Map<string, unknown>();
  #shards = new Map<number, Loaded>();
  /** Fuse's keys, as its indexes hold them: from the first records made. */
  #keys: Index['keys'] = [];
  /** Word → the shards it is in, decoded once: the next keystroke meets most of the same words. */
  #postings = new Map<string, number[]>();
  /** Story id → its title and topics, from the shards seen: what the results' headings show. */
  readonly stories = new Map<string, { title: string; topics: Record<string, [string, string]> }>();

  constructor(
    private readonly Fuse: typeof import('fuse.js').default,
    private readonly load: (path: string) => Promise<unknown>,
    private readonly size: Pick<Manifest, 'buckets' | 'shards' | 'heads'>,
    private readonly options = FUSE_OPTIONS,
    /** Fetch shards a keystroke will need while its buckets are on their way (`#speculate`): off, only to compare. */
    private readonly lookAhead = true,
  ) {}

  /** A file of the index, fetched once; `#ready` holds it once it has arrived. */
  #file<T>(path: string): Promise<T> {
    let file = this.#files.get(path);
    if (!file) {
      file = this.load(path).then((data) => (this.#ready.set(path, data), data));
      this.#files.set(path, file);
    }
    return file as Promise<T>;
  }

  #bucketPath = (key: string) => `k/${bucketOf(key, this.size.buckets)}.json`;

  async #match(word: string, exact: boolean): Promise<Match> {
    const keys = exact ? [homeKey(word)] : keysOf(word);
    const buckets = await Promise.all(keys.map((key) => this.#file<Bucket>(this.#bucketPath(key))));
    return matchWords(word, exact, exact ? 0 : allowedErrors(word.length), keys, buckets, this.size.shards, this.#postings);
  }

  /**
   * While a keystroke waits for buckets, the shards it will fetch first are often known already.
   * Every word a query word begins is listed under the query word's first three letters (its home
   * key), and shards where every query word is matched without a typo rank before all others. So
   * when each query word's home bucket is loaded (the keystroke before loaded it), the first
   * shards of that ranking are fetched at once, in the same round trip as the other buckets: the
   * very shards the search is about to fetch first, and no more.
   */
  #speculate(query: ParsedQuery, ids: string[]) {
    const ready = (key: string) => this.#ready.get(this.#bucketPath(key)) as Bucket | undefined;
    // With every bucket loaded, the search itself is as quick.
    if (ids.every((id) => (id[0] === '=' ? [homeKey(id.slice(1))] : keysOf(id.slice(1))).every(ready))) return;
    const word = ids.length === 1 && ids[0]![0] === '~' ? ids[0]!.slice(1) : '';
    let first: number[];
    if (this.size.shards > ALL_SHARDS && this.size.heads && word.length > 1 && word.length < 4) {
      // A word's third letter is the first keystroke that fetches shards: its second fetched the
      // head file that names them (`buildHeads`).
      const path = `h/${headOf(word, this.size.heads)}.json`;
      if (word.length === 2) {
        this.#file(path).catch(() => {});
        return;
      }
      first = ((this.#ready.get(path) as Head | undefined)?.[word] ?? '')
        .split('.')
        .filter(Boolean)
        .map((n) => parseInt(n, 36));
    } else {
      const byId = new Map<string, Match>();
      for (const id of ids) {
        const key = homeKey(id.slice(1));
        const bucket = ready(key);
        if (!bucket) return;
        byId.set(id, matchWords(id.slice(1), id[0] === '=', 0, [key], [bucket], this.size.shards, this.#postings));
      }
      // The search's first batch, which it fetches whatever the batch holds.
      first = rankShards(matchedQuery(query, byId), [], this.size.shards)
        .slice(0, BATCH)
        .map((r) => r.n);
    }
    // A failure is the search's to report, when it asks for the shard.
    for (const n of first) if (!this.#shards.has(n)) this.#shard(n).catch(() => {});
  }

  #shard(n: number): Promise<Loaded> {
    return this.#file<Shard>(`u/${n}.json`).then((data) => {
      let loaded = this.#shards.get(n);
      if (!loaded) {
        const docs = shardDocs(data);
        loaded = { docs, words: docs.map(docTokens), records: [] };
        this.#shards.set(n, loaded);
        const known = this.stories.get(data.story.id);
        this.stories.set(data.story.id, { title: data.story.title, topics: { ...known?.topics, ...data.topics } });
      }
      return loaded;
    });
  }

  /**
   * On a small site (all its shards searched for every query), fetches and reads every shard ahead
   * of the first keystroke, as the page does while idle: its whole index is a few dozen kilobytes,
   * and a first keystroke that waited for ten files took a tenth of a second here. A larger site's
   * shards are fetched as queries need them.
   */
  async prefetch(): Promise<void> {
    if (this.size.shards > ALL_SHARDS) return;
    await Promise.all(Array.from({ length: this.size.shards }, (_, n) => this.#shard(n)));
  }

  async search(query: ParsedQuery, filters: Filters): Promise<Found> {
    const nothing = { hits: [], articles: 0, complete: true };
    if (!query.words.length && !query.phrases.length) return nothing;
    // One letter narrows nothing on a large site: wait for the second.
    if (this.size.shards > ALL_SHARDS && !query.phrases.length && query.words.every((w) => w.length < 2))
      return { ...nothing, complete: false };
    // Each word once, `~` fuzzy or `=` exact (a phrase's).
    const ids = [
      ...new Set([...query.alternatives.flat().map((w) => `~${w}`), ...query.phrases.flatMap((p) => p.split(' ')).map((w) => `=${w}`)]),
    ];
    // What this keystroke fetches is decided as if nothing were fetched ahead of it.
    const loaded = new Set(this.#shards.keys());
    const waiting = Promise.all([
      Promise.all(ids.map((id) => this.#match(id.slice(1), id[0] === '='))),
      filters.outlet ? this.#file<string>(`o/${filters.outlet}.json`) : undefined,
      filters.topic ? this.#file<string>(`s/${filters.topic.split('/')[0]}.json`) : undefined,
    ]);
    if (this.lookAhead && !filters.outlet && !filters.topic) this.#speculate(query, ids);
    const [found, outlet, story] = await waiting;
    const matched = matchedQuery(query, new Map(ids.map((id, i) => [id, found[i]!])));
    const keep = [outlet, story].flatMap((list) => (list === undefined ? [] : [new Set(decodePostings(list, this.size.shards))]));
    const ranked = rankShards(matched, keep, this.size.shards);
    const best = ranked[0]?.typos ?? 0;

    const candidates: { shard: Loaded; i: number; score: number[] }[] = [];
    const take = (shard: Loaded) =>
      shard.words.forEach((words, i) => {
        const docScore = score(matched, (match) => {
          let rating = 99;
          for (const word of words) rating = Math.min(rating, match.words.get(word) ?? 99);
          return rating;
        });
        // Near misses that Fuse would drop beside better matches (SCORE_WINDOW) are left out.
        if (docScore[0]! <= best + SCORE_WINDOW) candidates.push({ shard, i, score: docScore });
      });

    // Shards already loaded cost nothing. Others are fetched a batch at a time while there are few
    // results; matches with more typos only while there are hardly any. A small site's are all fetched.
    let fetched = 0;
    let next = 0;
    const all = ranked.length <= ALL_SHARDS;
    for (; next < ranked.length;) {
      const batch: number[] = [];
      // A small site's shards, or a query's few, are all fetched at once: one round trip.
      while (next < ranked.length && (all || batch.length < BATCH)) {
        const { n, typos } = ranked[next]!;
        const enough = candidates.length >= (typos > best ? FEW_DOCS : ENOUGH_DOCS);
        if (!loaded.has(n) && !all && (fetched >= NEW_SHARDS || enough)) break;
        if (!loaded.has(n)) fetched++;
        batch.push(n);
        next++;
      }
      if (!batch.length) break;
      for (const shard of await Promise.all(batch.map((n) => this.#shard(n)))) take(shard);
    }
    const searched = next;
    // Shards further down the order that are loaded already are searched too.
    for (; next < ranked.length; next++) {
      const shard = this.#shards.get(ranked[next]!.n);
      if (shard) take(shard);
    }

    const chosen = candidates.sort((a, b) => a.score[0]! - b.score[0]! || a.score[1]! - b.score[1]!).slice(0, FUSE_DOCS);
    const docs = chosen.map((c) => c.shard.docs[c.i]!);
    const getFn = this.options.getFn;
    const fresh = chosen.filter((c) => !c.shard.records[c.i]);
    if (fresh.length) {
      const made = this.Fuse.createIndex(
        SEARCH_KEYS,
        fresh.map((c) => c.shard.docs[c.i]!),
        getFn ? { getFn } : {},
      );
      fresh.forEach((c, j) => (c.shard.records[c.i] = made.records[j]));
      this.#keys = made.keys;
    }
    // Fuse ranks by score, then in the order documents are given: the rarer matches first.
    const records = chosen.map((c, i) => ({ ...c.shard.records[c.i]!, i }));
    const index = this.Fuse.parseIndex<SearchDoc>({ keys: this.#keys, records }, getFn ? { getFn } : {});
    return {
      hits: search(new this.Fuse(docs, this.options, index), docs, query, filters),
      articles: ranked.length,
      complete: searched >= ranked.length && candidates.length <= FUSE_DOCS,
    };
  }
}
