import Fuse from 'fuse.js';
import { compareTopics } from './compare';
import { STATUS_LABEL } from './status';
import type { Memo, Site, Story } from './model';
import { blockUrl, claimUrl } from './paths';
import { quotationEntries, quotationSearchText } from './quotation-search';
import { FUSE_OPTIONS, SEARCH_KEYS, type SearchDoc } from './search';
import {
  bucketOf,
  buildHeads,
  docTokens,
  encodePostings,
  FORMAT,
  keysOf,
  MANIFEST,
  shardDocs,
  type Bucket,
  type Manifest,
  type Shard,
} from './search-shards';
import { foldWhitespace } from './text';

/** Every claim (with its topic's question and quote) and every passage of every article. */
export function searchDocs(site: Site, base: string): SearchDoc[] {
  return searchShards(site, base).flatMap(shardDocs);
}

/**
 * The whole index as one file: the documents and Fuse's index of them. The site publishes the
 * sharded index below instead; this is what the tests compare it with, Fuse over everything.
 */
export interface SearchData {
  docs: SearchDoc[];
  index: ReturnType<ReturnType<typeof Fuse.createIndex<SearchDoc>>['toJSON']>;
}

export function searchData(site: Site, base: string): SearchData {
  const docs = searchDocs(site, base);
  const getFn = FUSE_OPTIONS.getFn;
  return { docs, index: Fuse.createIndex(SEARCH_KEYS, docs, getFn ? { getFn } : {}).toJSON() };
}

/**
 * Each article's claims, passages and quotations (src/lib/quotation-search.ts) as a shard
 * (src/lib/search-shards.ts), in the site's order (newest story first).
 */
export function searchShards(site: Site, base: string): Shard[] {
  return site.stories.flatMap((story) => storyShards(story, base));
}

function storyShards(story: Story, base: string): Shard[] {
  const questions = new Map(story.topics.map((t) => [t.id, t.question]));
  // The verdict shown with each topic's results, as on the matrix.
  const verdicts = new Map(compareTopics(story).map((c) => [c.topic.id, STATUS_LABEL[c.status]]));
  const about = { story: { id: story.id, title: story.title } };
  return story.articles.map((article): Shard => {
    const topics = [...new Set(article.claims.map((c) => c.topic))];
    return {
      ...about,
      outlet: { id: article.outlet.id, label: article.outlet.label },
      topics: Object.fromEntries(topics.map((t) => [t, [questions.get(t) ?? '', verdicts.get(t) ?? '']])),
      d: [
        ...article.claims.map((claim) => [claim.text, claim.quote, claim.topic, claimUrl(base, story.id, article.outlet.id, claim.id)]),
        ...article.blocks.map((block, i) => [foldWhitespace(block.text), blockUrl(base, story.id, article.outlet.id, i)]),
        ...quotationEntries(story, article, base).map((q) => [quotationSearchText(q), q.url, q.speaker]),
      ],
    };
  });
}

/** A shard as the index is made from it: the shard, its file's text, and the words of its documents. */
interface IndexedShard {
  json: string;
  story: string;
  outlet: string;
  docs: number;
  words: string[];
}

/** A story's shards, indexed: what the index needs of each story, kept between builds when a memo is given. */
function indexedShards(story: Story, base: string, memo: Memo | undefined): IndexedShard[] {
  const make = () =>
    storyShards(story, base).map((shard) => {
      const list = shardDocs(shard);
      const words = new Set<string>();
      for (const doc of list) for (const word of docTokens(doc)) words.add(word);
      return { json: JSON.stringify(shard), story: shard.story.id, outlet: shard.outlet.id, docs: list.length, words: [...words] };
    });
  return memo ? memo([story.digest, base], make) : make();
}

export interface SearchIndex {
  manifest: Manifest;
  /** Path inside the index folder (`k/3.json`, `u/12.json`…) → its JSON text. */
  files: Map<string, string>;
}

/**
 * The sharded index (src/lib/search-shards.ts) as the files the site publishes under
 * `search-index/`. With a memo, each unchanged story's shards are taken from the last build.
 */
export function searchIndex(site: Site, base: string, memo?: Memo): SearchIndex {
  const files = new Map<string, string>();
  const postings = new Map<string, number[]>();
  const byOutlet = new Map<string, number[]>();
  const byStory = new Map<string, number[]>();
  let docs = 0;
  let n = 0;
  // Story by story: only one story's word lists are in memory at a time.
  for (const story of site.stories) {
    for (const shard of indexedShards(story, base, memo)) {
      files.set(`u/${n}.json`, shard.json);
      docs += shard.docs;
      for (const token of shard.words) {
        const units = postings.get(token);
        if (units) units.push(n);
        else postings.set(token, [n]);
      }
      for (const [map, id] of [
        [byOutlet, shard.outlet],
        [byStory, shard.story],
      ] as const) {
        const units = map.get(id);
        if (units) units.push(n);
        else map.set(id, [n]);
      }
      n++;
    }
  }
  const total = n;
  for (const [map, folder] of [
    [byOutlet, 'o'],
    [byStory, 's'],
  ] as const) {
    for (const [id, units] of map) files.set(`${folder}/${id}.json`, JSON.stringify(encodePostings(units, total)));
  }

  // About 40 words a bucket: a bucket is then a kilobyte or two gzipped, whatever the site's size.
  const buckets = 2 ** Math.min(12, Math.max(3, Math.ceil(Math.log2(postings.size / 40))));
  const dictionary = Array.from({ length: buckets }, (): Bucket => ({ k: {}, p: {} }));
  for (const [token, units] of postings) {
    const encoded = encodePostings(units, total);
    for (const key of keysOf(token)) {
      const bucket = dictionary[bucketOf(key, buckets)]!;
      (bucket.k[key] ??= []).push(token);
      bucket.p[token] = encoded;
    }
  }
  dictionary.forEach((bucket, i) => files.set(`k/${i}.json`, JSON.stringify(bucket)));
  const heads = buildHeads(dictionary, total);
  heads.forEach((head, i) => files.set(`h/${i}.json`, JSON.stringify(head)));
  const manifest: Manifest = { format: FORMAT, buckets, heads: heads.length, shards: total, words: postings.size, docs };
  files.set(MANIFEST, JSON.stringify(manifest));
  return { manifest, files };
}

const built = new WeakMap<Site, Map<string, SearchIndex>>();

/** `searchIndex`, made once per build: the search page needs its bucket count, the index route its files. */
export function searchIndexOf(site: Site, base: string, memo?: Memo): SearchIndex {
  const bySite = built.get(site) ?? new Map<string, SearchIndex>();
  built.set(site, bySite);
  let index = bySite.get(base);
  if (!index) bySite.set(base, (index = searchIndex(site, base, memo)));
  return index;
}
