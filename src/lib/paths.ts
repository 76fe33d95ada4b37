import type { ClaimData } from '../schemas/article';

/*
 * Every address and id the site makes: page paths, the anchors on pages (claims, passages,
 * topics) and the full links to them. Pages, the open data, search, structured data and the
 * rehype plugins all take them from here, so a link and its target cannot drift apart.
 * Paths are site-relative, without the base path: `withBase` or `href` adds it.
 */

/** Joins the site's base path and a site-relative path: `("/news/", "stories/x/")` → `/news/stories/x/`. */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A site-relative address with the configured base path, for links, assets and data files. */
export const href = (path = '') => withBase(import.meta.env.BASE_URL, path);

export const outletsPath = () => 'outlets/';
export const searchPath = () => 'search/';
export const storyPath = (story: string) => `stories/${story}/`;
export const comparePath = (story: string) => `stories/${story}/compare/`;
export const claimsPath = (story: string) => `stories/${story}/claims/`;
/** The story's claims as open data: `claims.json`, its `claims.schema.json`, or `claims.csv`. */
export const claimsDataPath = (story: string, file: 'claims.json' | 'claims.schema.json' | 'claims.csv') => `stories/${story}/${file}`;
export const articlePath = (story: string, outlet: string) => `stories/${story}/${outlet}/`;
export const outletPath = (outlet: string) => `outlets/${outlet}/`;
/** The folder of the sharded search index (src/lib/search-shards.ts). */
export const searchIndexPath = () => 'search-index/';
/** The sitemap @astrojs/sitemap writes (astro.config.mjs): an index of its `sitemap-<n>.xml` files. */
export const sitemapPath = () => 'sitemap-index.xml';
export const socialImagePath = (story?: string) => (story ? `stories/${story}/social.png` : 'social.png');

/** Gives every claim of an article an id: its own `id`, else its topic, then `<topic>-2`, `<topic>-3`… */
export function assignClaimIds(claims: readonly Pick<ClaimData, 'id' | 'topic'>[]): string[] {
  const taken = new Set(claims.flatMap((c) => (c.id ? [c.id] : [])));
  const perTopic = new Map<string, number>();
  return claims.map((claim) => {
    if (claim.id) return claim.id;
    for (;;) {
      const n = (perTopic.get(claim.topic) ?? 0) + 1;
      perTopic.set(claim.topic, n);
      const id = n === 1 ? claim.topic : `${claim.topic}-${n}`;
      if (!taken.has(id)) {
        taken.add(id);
        return id;
      }
    }
  });
}

/**
 * The story-wide id of each of an article's claims, `<outlet>-<id>`: `cnn-day`, `cnn-day-2`.
 * The outlet keeps ids unique where several articles share a page (the compare view).
 */
export function claimIds(outlet: string, claims: readonly Pick<ClaimData, 'id' | 'topic'>[]): string[] {
  return assignClaimIds(claims).map((id) => `${outlet}-${id}`);
}

/** The anchor of a claim's words in its article: `claim-<claim id>`. */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;

/** The anchor of an article's n-th block (0-based; see src/lib/quotes.ts), `<outlet>-p<n>` from 1. */
export const blockAnchor = (outlet: string, index: number) => `${outlet}-p${index + 1}`;

/** The anchor of a topic's row in the claims table. */
export const topicAnchor = (topic: string) => `topic-${topic}`;

/**
 * Where a claim's marked words in an article body lead: its topic's row in the story's matrix.
 * Relative, because one rendered body serves both the article page (`stories/<s>/<outlet>/`) and
 * the compare view (`stories/<s>/compare/`), siblings of `stories/<s>/claims/`, under any base path.
 */
export const claimRowFromArticle = (topic: string) => `../claims/#${topicAnchor(topic)}`;

/** The address of a claim's words on its article page, base path included. */
export const claimUrl = (base: string, story: string, outlet: string, claimId: string) =>
  `${withBase(base, articlePath(story, outlet))}#${claimAnchor(claimId)}`;

/** The address of an article's n-th block (0-based) on its page, base path included. */
export const blockUrl = (base: string, story: string, outlet: string, index: number) =>
  `${withBase(base, articlePath(story, outlet))}#${blockAnchor(outlet, index)}`;

/* How outlets report: the quotation ledger, the sources, the wording (src/lib/story-analysis.ts). */

export const quotesPath = (story: string) => `stories/${story}/quotes/`;
export const sourcesPath = (story: string) => `stories/${story}/sources/`;
export const wordingPath = (story: string) => `stories/${story}/wording/`;
/** The story's quotation groups as open data: `quotes.json` and its `quotes.schema.json`. */
export const quotesDataPath = (story: string, file: 'quotes.json' | 'quotes.schema.json') => `stories/${story}/${file}`;

/**
 * The names a story's own pages and files take beside its articles (`stories/<story>/<name>`): an
 * outlet with one of these ids would collide with them. Kept beside the paths above, which it lists.
 */
export const STORY_PAGE_NAMES: ReadonlySet<string> = new Set([
  'compare',
  'claims',
  'quotes',
  'sources',
  'wording',
  'claims.json',
  'claims.schema.json',
  'claims.csv',
  'quotes.json',
  'quotes.schema.json',
  'social.png',
]);

/**
 * The anchor of a quotation in its article: `<outlet>-p<n>-q<k>`, the k-th quotation (from 1) of
 * block n (see `blockAnchor`), so it reads as a part of the passage it lies in.
 */
export const quotationAnchor = (outlet: string, block: number, index: number) => `${blockAnchor(outlet, block)}-q${index + 1}`;

/** The address of a quotation's words on its article page, base path included. */
export const quotationUrl = (base: string, story: string, outlet: string, block: number, index: number) =>
  `${withBase(base, articlePath(story, outlet))}#${quotationAnchor(outlet, block, index)}`;

/** The anchor of a statement (a group of quotations) on the ledger: `statement-<n>`, from 1 in the ledger's order. */
export const statementAnchor = (n: number) => `statement-${n + 1}`;

/** The anchor of one outlet's occurrences of a term on the wording page. */
export const termAnchor = (term: string, outlet: string) => `term-${term}-${outlet}`;

/** The anchor of one outlet's mentions of a source on the sources page (sources are numbered in the table's order). */
export const sourceAnchor = (n: number, outlet: string) => `source-${n + 1}-${outlet}`;
