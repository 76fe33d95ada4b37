import type { ArticleData, ClaimData } from '../schemas/article';
import type { OutletData } from '../schemas/outlet';
import type { StoryData, TopicData } from '../schemas/story';
import { compareTopics } from './compare';
import { ContentError, type ContentProblem } from './content-errors';
import { articleProblems, claimProblems, outletProblems, storyProblems, topicProblems } from './content-rules';
import { claimIds } from './paths';
import { markdownTrees, textBlocks, type TextBlock } from './quotes';
import { countWords } from './text';

/** A collection entry as the loaders give it: id, source file, validated data, raw Markdown body. */
export interface SourceEntry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}

export interface ContentInput {
  outlets: readonly SourceEntry<OutletData>[];
  stories: readonly SourceEntry<StoryData>[];
  articles: readonly SourceEntry<ArticleData>[];
}

export interface Outlet extends OutletData {
  id: string;
  /** The name for column heads: `shortName`, else `name`. */
  label: string;
}

export interface Claim extends ClaimData {
  /** `<outlet>-<claim id in its article>` (see `claimIds`): unique within the story. */
  id: string;
  outletId: string;
  storyId: string;
  /** Index of the body block holding the quote (see src/lib/quotes.ts); -1 in dev for a quote not found. */
  block: number;
}

export interface Article {
  /** `<story>/<outlet>`, from the file path. */
  id: string;
  filePath: string;
  storyId: string;
  outlet: Outlet;
  data: ArticleData;
  blocks: TextBlock[];
  wordCount: number;
  claims: Claim[];
}

export interface Story extends Omit<StoryData, 'topics'> {
  id: string;
  topics: TopicData[];
  /** Its articles, ordered by outlet name. */
  articles: Article[];
  /** The content problems of its files (its own, its articles'), shown on its pages in dev. Always empty in a build, which stops instead. */
  problems: ContentProblem[];
}

export interface Site {
  outlets: Outlet[];
  stories: Story[];
  /** Every content problem found. Always empty in a build, which stops instead; in dev, pages show them. */
  problems: ContentProblem[];
}

export interface BuildOptions {
  /**
   * What to do with problems: `throw` one ContentError listing them all (the build, the default),
   * or `collect` them into the site, keeping claims whose quotes are not found (`block` -1),
   * so that `astro dev` can show each beside what it concerns.
   */
  problems?: 'throw' | 'collect';
}

const where = (entry: SourceEntry<unknown>, collection: string) => entry.filePath ?? `${collection} entry "${entry.id}"`;

/**
 * Checks what the schemas cannot see (references, topics, quotes against bodies, answers against
 * quotes, duplicates: every rule of content-rules.ts) and builds the site's model. By default
 * throws one ContentError listing every problem; `collect` keeps them in the model instead.
 */
export function buildSite(input: ContentInput, options: BuildOptions = {}): Site {
  const collect = options.problems === 'collect';
  const problems: ContentProblem[] = [];
  const outlets = new Map<string, Outlet>();
  const outletFiles = new Map<string, string>();
  for (const entry of input.outlets) {
    problems.push(...outletProblems(where(entry, 'outlets'), entry.id, entry.data, outletFiles));
    // A second file with one id is reported, not read: the first stands (Astro's loaders stop on it anyway).
    if (outlets.has(entry.id)) continue;
    outletFiles.set(entry.id, where(entry, 'outlets'));
    outlets.set(entry.id, { ...entry.data, id: entry.id, label: entry.data.shortName ?? entry.data.name });
  }
  const stories = new Map<string, Story>();
  const storyFiles = new Map<string, string>();
  for (const entry of input.stories) {
    problems.push(...storyProblems(where(entry, 'stories'), entry.id, entry.data, storyFiles));
    if (stories.has(entry.id)) continue;
    stories.set(entry.id, { ...entry.data, id: entry.id, articles: [], problems: [] });
    storyFiles.set(entry.id, where(entry, 'stories'));
  }

  const articleFiles = new Map<string, string>();
  /** Claim ids seen per story: anchors must be unique across a story's compare view. */
  const claimIdsByStory = new Map<string, Set<string>>();
  for (const entry of input.articles) {
    const file = where(entry, 'articles');
    const { data } = entry;
    const story = stories.get(data.story.id);
    const outlet = outlets.get(data.outlet.id);
    const body = entry.body ?? '';
    const trees = markdownTrees(body);
    const ids = claimIds(data.outlet.id, data.claims);
    problems.push(
      ...articleProblems({
        file,
        id: entry.id,
        data,
        body,
        trees,
        seen: articleFiles,
        stories,
        outlets,
        secondForOutlet: !!(story && outlet && story.articles.some((a) => a.outlet.id === outlet.id)),
        claimIds: ids,
      }),
    );
    if (articleFiles.has(entry.id)) continue;
    articleFiles.set(entry.id, file);

    const seenIds = claimIdsByStory.get(data.story.id) ?? new Set<string>();
    claimIdsByStory.set(data.story.id, seenIds);
    const context = {
      file,
      article: entry.id,
      topics: story && new Set(story.topics.map((t) => t.id)),
      storyId: data.story.id,
      outletNames: outlet ? [outlet.name, outlet.label] : [],
      aliases: story?.aliases ?? [],
      tree: trees.html,
      claimIdsSeen: seenIds,
    };
    const claims: Claim[] = [];
    data.claims.forEach((claim, index) => {
      const id = ids[index] as string;
      const checked = claimProblems(context, claim, { index, topic: claim.topic }, id);
      problems.push(...checked.problems);
      seenIds.add(id);
      if (checked.location || collect) {
        claims.push({ ...claim, id, outletId: data.outlet.id, storyId: data.story.id, block: checked.location?.block ?? -1 });
      }
    });

    if (story && outlet) {
      const blocks = textBlocks(trees.html);
      story.articles.push({
        id: entry.id,
        filePath: file,
        storyId: story.id,
        outlet,
        data,
        blocks,
        wordCount: blocks.reduce((n, b) => n + countWords(b.text), 0),
        claims,
      });
    }
  }

  for (const [id, story] of stories) {
    // Claims whose quotes are not found do not count: they are not on the page to compare.
    const located = { topics: story.topics, articles: story.articles.map((a) => ({ ...a, claims: a.claims.filter((c) => c.block >= 0) })) };
    problems.push(...topicProblems(storyFiles.get(id)!, id, compareTopics(located), story.articles.length > 0));
  }

  if (!collect && problems.some((p) => p.severity === 'error')) throw new ContentError(problems);
  for (const story of stories.values()) {
    story.articles.sort((a, b) => a.outlet.label.localeCompare(b.outlet.label, 'en'));
    const ownOutlets = new Set(story.articles.map((a) => a.outlet.id));
    story.problems = problems.filter((p) => p.target?.story === story.id || (p.target?.outlet && ownOutlets.has(p.target.outlet)));
  }
  return {
    outlets: [...outlets.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
    stories: [...stories.values()].sort((a, b) => b.eventDate.getTime() - a.eventDate.getTime() || a.title.localeCompare(b.title, 'en')),
    problems,
  };
}
