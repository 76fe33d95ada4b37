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
import { analyseStory, type StoryAnalysis } from './story-analysis';
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
 * `analyseStory`, kept between builds: made from the story (its `digest`) and its lexicon. The
 * kept copy names each reading's article by id; it is given back the story's own articles.
 */
function keptAnalysis(story: Story, lexicon: LexiconData | undefined): StoryAnalysis {
  const kept = analysisMemo([story.digest, lexicon], () => {
    const { readings, ...rest } = analyseStory(story, lexicon);
    return {
      ...rest,
      readings: new Map([...readings].map(([outlet, { article, ...reading }]) => [outlet, { ...reading, article: article.id }])),
    };
  });
  const articles = new Map(story.articles.map((a) => [a.id, a]));
  return {
    ...kept,
    readings: new Map(
      [...kept.readings].map(([outlet, { article, ...reading }]) => [outlet, { ...reading, article: articles.get(article)! }]),
    ),
  };
}

/**
 * How the story's outlets report (quotations, statements, sources, wording), read
 * from their texts. A build reads the kept analysis each time a page asks (src/lib/build-cache.ts):
 * a thousand stories' analyses are not held in memory while the pages are written. `astro dev`
 * analyses a story once, and shows a correction whose words are not in its article as a warning
 * where a build stops.
 */
export async function analysisOf(story: Story): Promise<StoryAnalysis> {
  const lexicon = (await getEntry('lexicon', story.id))?.data;
  if (contentMode() === 'stop') {
    const analysis = keptAnalysis(story, lexicon);
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
