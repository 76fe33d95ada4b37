import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getCollection, getEntry } from 'astro:content';
import { compareTopics, type TopicComparison } from './compare';
import { ContentError } from './content-errors';
import { contentMode } from './content-mode';
import { claimsExport } from './export';
import { type Article, buildSite, type Site, type SourceEntry, type Story } from './model';
import type { ArticleData } from '../schemas/article';
import { diskMemo, keptText } from './build-cache';
import { type SearchIndex, searchIndexOf } from './search-index';
import { analyseStory, type ArticleReading, type StoryAnalysis } from './story-analysis';
import type { ClaimsExport } from '../schemas/export';
import type { LexiconData } from '../schemas/lexicon';
import { bodyHtml } from '../plugins';

let site: Promise<Site> | undefined;

/**
 * An article's Markdown body, as Astro's loader reads it (the file without its frontmatter,
 * trimmed): the content store does not keep it. Copied into a string of its own: the texts taken
 * from it (the blocks) would otherwise keep the whole file in memory.
 */
function readBody(entry: SourceEntry<ArticleData>): string {
  if (!entry.filePath) throw new Error(`The article "${entry.id}" has no file to read its body from.`);
  const body = parseFrontmatter(readFileSync(entry.filePath, 'utf8'), { frontmatter: 'remove' }).content.trim();
  return Buffer.from(body).toString();
}

/** The whole site's model, read from the collections and checked once per build. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const [outlets, stories, articles] = await Promise.all([getCollection('outlets'), getCollection('stories'), getCollection('articles')]);
    const dev = contentMode() === 'show';
    // A build takes each unchanged story from the last build; `astro dev` renders what it is asked for.
    const model = buildSite(
      { outlets, stories, articles },
      { problems: dev ? 'collect' : 'throw', renderBody: bodyHtml, readBody, ...(dev ? {} : { memo: diskMemo('stories') }) },
    );
    // In dev the pages show each problem beside what it concerns; the terminal lists them too.
    if (model.problems.length) console.warn(new ContentError(model.problems).message);
    // A build keeps the bodies' HTML on disk until their pages are written (`articleHtml`).
    if (!dev) {
      for (const story of model.stories)
        for (const article of story.articles) {
          const { html } = article;
          bodies.set(
            article.id,
            keptText('bodies', [story.digest, article.id], () => html),
          );
          article.html = '';
        }
    }
    return model;
  })();
  return site;
}

/** Where a build keeps each article's HTML (by article id): a thousand stories' bodies are not held in memory. */
const bodies = new Map<string, string>();

/** An article's body as HTML, with its passages, claims, quotations and shared copy marked (src/plugins/index.ts). */
export function articleHtml(article: Article): string {
  const file = bodies.get(article.id);
  return file ? readFileSync(file, 'utf8') : article.html;
}

/** `getStaticPaths` for the pages each story has (overview, compare view, claims…). */
export async function storyPaths() {
  const { stories } = await getSite();
  return stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}

const comparisons = new Map<string, TopicComparison[]>();

/** The story's open data (claims.json and claims.csv hold the same rows): made for each, not held in memory for the whole build. */
export function claimsExportOf(story: Story, base: string): ClaimsExport {
  return claimsExport(story, comparisonsOf(story), base);
}

/** The story's topic-by-topic comparison, computed once per build. */
export function comparisonsOf(story: Story): TopicComparison[] {
  let result = comparisons.get(story.id);
  if (!result) comparisons.set(story.id, (result = compareTopics(story)));
  return result;
}

const analyses = new Map<string, StoryAnalysis>();
const analysisMemo = diskMemo('analyses');

/**
 * The parts of a story's analysis its pages read, each kept in a file of its own: the overview
 * needs only the figures. Reading the whole analysis for each of a story's five pages took 2.2 s
 * of a 1,000-story rebuild (a CPU profile), the parts 0.8 s.
 */
const PARTS = {
  figures: ['figures'],
  quotes: ['groups', 'readings'],
  sources: ['sources'],
  wording: ['wording'],
} as const satisfies Record<string, readonly (keyof StoryAnalysis)[]>;
export type AnalysisPart = keyof typeof PARTS;
/** What a page is given of the analysis: its part, and the problems (a build stops on any). */
export type PartOfAnalysis<P extends AnalysisPart> = Pick<StoryAnalysis, (typeof PARTS)[P][number] | 'problems'>;

/**
 * `analyseStory`'s part `part`, kept between builds: made from the story (its `digest`) and its
 * lexicon. Made once for all parts; the kept copy names each reading's article by id, and is given
 * back the story's own articles.
 */
function keptAnalysis<P extends AnalysisPart>(story: Story, lexicon: LexiconData | undefined, part: P): PartOfAnalysis<P> {
  let whole: Record<string, unknown> | undefined;
  const partOf = (name: AnalysisPart) => () => {
    if (!whole) {
      const { readings, ...rest } = analyseStory(story, lexicon);
      whole = {
        ...rest,
        readings: new Map([...readings].map(([outlet, { article, ...reading }]) => [outlet, { ...reading, article: article.id }])),
      };
    }
    return Object.fromEntries(['problems', ...PARTS[name]].map((key) => [key, whole![key]]));
  };
  const kept = analysisMemo([story.digest, lexicon, part], () => {
    const made = partOf(part)();
    for (const other of Object.keys(PARTS) as AnalysisPart[])
      if (other !== part) analysisMemo([story.digest, lexicon, other], partOf(other));
    return made;
  });
  if (!('readings' in kept)) return kept as unknown as PartOfAnalysis<P>;
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  const readings = kept['readings'] as Map<string, Omit<ArticleReading, 'article'> & { article: string }>;
  return {
    ...kept,
    readings: new Map([...readings].map(([outlet, { article, ...reading }]) => [outlet, { ...reading, article: articles.get(article)! }])),
  } as unknown as PartOfAnalysis<P>;
}

/**
 * How the story's outlets report (quotations, statements, sources, wording), read
 * from their texts: the part a page needs. A build reads the kept part each time a page asks
 * (src/lib/build-cache.ts): a thousand stories' analyses are not held in memory while the pages
 * are written. `astro dev` analyses a story once, and shows a correction whose words are not in
 * its article as a warning where a build stops.
 */
export async function analysisOf<P extends AnalysisPart>(story: Story, part: P): Promise<PartOfAnalysis<P>> {
  const lexicon = (await getEntry('lexicon', story.id))?.data;
  if (contentMode() === 'stop') {
    const analysis = keptAnalysis(story, lexicon, part);
    if (analysis.problems.length) throw new ContentError(analysis.problems);
    return analysis;
  }
  let analysis = analyses.get(story.id);
  if (!analysis) {
    analyses.set(story.id, (analysis = analyseStory(story, lexicon)));
    if (analysis.problems.length) console.warn(new ContentError(analysis.problems).message);
  }
  return analysis;
}

const searchMemo = diskMemo('search');

/** The site's search index (src/lib/search-index.ts), made once per build; a build takes each unchanged story's part from the last. */
export async function siteSearchIndex(base: string): Promise<SearchIndex> {
  return searchIndexOf(await getSite(), base, contentMode() === 'show' ? undefined : searchMemo);
}
