import { getCollection, getEntry, render } from 'astro:content';
import { compareTopics, type TopicComparison } from './compare';
import { buildSite, type Site, type Story } from './model';

let site: Promise<Site> | undefined;

/** The whole site's model, read from the collections and checked once per build. */
export function getSite(): Promise<Site> {
  site ??= (async () => {
    const [outlets, stories, articles] = await Promise.all([
      getCollection('outlets'),
      getCollection('stories'),
      getCollection('articles'),
    ]);
    return buildSite({ outlets, stories, articles });
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

/** The story's topic-by-topic comparison, computed once per build. */
export function comparisonsOf(story: Story): TopicComparison[] {
  let result = comparisons.get(story.id);
  if (!result) comparisons.set(story.id, (result = compareTopics(story)));
  return result;
}
