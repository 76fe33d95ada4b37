import { getCollection, getEntry, render } from 'astro:content';
import { compareTopics, type TopicComparison } from './compare';
import { ContentError } from './content-errors';
import { contentMode } from './content-mode';
import { claimsExport } from './export';
import { buildSite, type Site, type Story } from './model';
import { analyseStory, type StoryAnalysis } from './story-analysis';
import type { ClaimsExport } from '../schemas/export';

let site: Promise<Site> | undefined;

/** The whole site's model, read from the collections and checked once per build. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const [outlets, stories, articles] = await Promise.all([getCollection('outlets'), getCollection('stories'), getCollection('articles')]);
    const model = buildSite({ outlets, stories, articles }, { problems: contentMode() === 'show' ? 'collect' : 'throw' });
    // In dev the pages show each problem beside what it concerns; the terminal lists them too.
    if (model.problems.length) console.warn(new ContentError(model.problems).message);
    return model;
  })();
  return site;
}

/** The rendered body of an article, through the site's Markdown processor. */
export async function renderArticle(id: string) {
  const entry = await getEntry('articles', id);
  if (!entry) throw new Error(`No article "${id}" in the articles collection.`);
  return render(entry);
}

/** `getStaticPaths` for the pages each story has (overview, compare view, claims…). */
export async function storyPaths() {
  const { stories } = await getSite();
  return stories.map((story) => ({ params: { story: story.id }, props: { story } }));
}

const comparisons = new Map<string, TopicComparison[]>();
const exports = new Map<string, ClaimsExport>();

/** The story's open data (claims.json and claims.csv hold the same rows), made once per build. */
export function claimsExportOf(story: Story, base: string): ClaimsExport {
  let result = exports.get(story.id);
  if (!result) exports.set(story.id, (result = claimsExport(story, comparisonsOf(story), base)));
  return result;
}

/** The story's topic-by-topic comparison, computed once per build. */
export function comparisonsOf(story: Story): TopicComparison[] {
  let result = comparisons.get(story.id);
  if (!result) comparisons.set(story.id, (result = compareTopics(story)));
  return result;
}

const analyses = new Map<string, Promise<StoryAnalysis>>();

/**
 * How the story's outlets report (quotations, statements, sources, wording, shared copy), read
 * from their texts once per build. A correction whose words are not in its article stops the build.
 */
export function analysisOf(story: Story): Promise<StoryAnalysis> {
  let result = analyses.get(story.id);
  if (!result) {
    result = (async () => {
      const lexicon = await getEntry('lexicon', story.id);
      const analysis = analyseStory(story, lexicon?.data);
      if (analysis.problems.length) {
        const error = new ContentError(analysis.problems);
        if (contentMode() === 'stop') throw error;
        console.warn(error.message);
      }
      return analysis;
    })();
    analyses.set(story.id, result);
  }
  return result;
}
