import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import type { ArticleData, ClaimData } from '../schemas/article';
import type { OutletData } from '../schemas/outlet';
import type { StoryData, TopicData } from '../schemas/story';
import { compareTopics } from './compare';
import { ContentError, type ContentProblem } from './content-errors';
import { articleProblems, claimProblems, outletProblems, storyProblems, topicProblems } from './content-rules';
import { claimIds } from './paths';
import { markdownTrees, textBlocks, type TextBlock } from './quotes';
import { type SharedPassage, sharedPassages } from './shared-copy';
import { countWords } from './text';

/** A collection entry as the loaders give it: id, source file, validated data, raw Markdown body. */
export interface SourceEntry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
  /** A hash of the file (Astro's loaders give one): with `data`, what a kept story is matched by, when there is no `body`. */
  digest?: string | number | undefined;
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
  /**
   * The body as HTML, with its passages, claims, quotations and shared copy marked (see
   * `BuildOptions.renderBody`). Pages read it through `articleHtml` (src/lib/site.ts): a build
   * keeps it on disk instead.
   */
  html: string;
}

export interface Story extends Omit<StoryData, 'topics'> {
  id: string;
  topics: TopicData[];
  /** Its articles, ordered by outlet name. */
  articles: Article[];
  /** The passages two of its articles print word for word (src/lib/shared-copy.ts). */
  shared: SharedPassage[];
  /** The content problems of its files (its own, its articles'), shown on its pages in dev. Always empty in a build, which stops instead. */
  problems: ContentProblem[];
  /**
   * A hash of everything the story is made from: its file, its articles' files, the outlets they
   * name. What is derived from a story is kept between builds under it (src/lib/build-cache.ts).
   */
  digest: string;
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
  /**
   * Makes an article body's HTML from its HTML tree (src/plugins/index.ts, which may change the
   * tree), once its story's shared passages are known. Without it `html` is empty.
   */
  renderBody?: (
    tree: Root,
    marks: { outlet: string; claims: { id: string; topic: string; quote: string }[]; shared: SharedPassage[] },
  ) => string;
  /**
   * Keeps a story's checked and rendered articles between builds (src/lib/build-cache.ts):
   * called with the story's `digest` and the function that makes them, it returns a copy kept
   * from a build with the same digest, or makes, keeps and returns them.
   */
  memo?: Memo;
  /** An article's Markdown body, when the entries do not hold it (`body`): read when its story is made. */
  readBody?: (entry: SourceEntry<ArticleData>) => string;
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
    stories.set(entry.id, { ...entry.data, id: entry.id, articles: [], shared: [], problems: [], digest: '' });
    storyFiles.set(entry.id, where(entry, 'stories'));
  }

  // Story by story: each story's trees are dropped once its bodies are rendered, and a story
  // whose files have not changed since the last build can be taken from the cache whole.
  const groups = Map.groupBy(input.articles, (entry) => entry.data.story.id);
  for (const [id, story] of stories) if (!groups.has(id)) story.digest = storyDigest([id, collect, story]);
  for (const [storyId, entries] of groups) {
    const story = stories.get(storyId);
    const articleOutlets = new Map(entries.map((e) => [e.data.outlet.id, outlets.get(e.data.outlet.id)]));
    const files = entries.map(({ id, filePath, data, body, digest }) => ({ id, filePath, data, text: digest ?? body }));
    const digest = storyDigest([storyId, collect, story, files, [...articleOutlets]]);
    const build = () => storyArticles(storyId, entries, { stories, outlets, collect, ...options });
    // The messages for a story or an outlet that does not exist list those that do: not cached.
    const known = story && [...articleOutlets.values()].every(Boolean);
    const built = known && options.memo ? options.memo(['story', digest], build) : build();
    problems.push(...built.problems);
    if (!story) continue;
    story.digest = digest;
    // A kept story holds copies: its articles are given back the site's one object for each outlet
    // and their entries' data, so that a build holds one copy of each claim's words.
    const data = new Map(entries.map((e) => [e.id, e.data]));
    story.articles = built.articles.map((article) => {
      const own = data.get(article.id) ?? article.data;
      const claims =
        own.claims.length === article.claims.length
          ? article.claims.map(({ id, outletId, storyId, block }, i) => ({ ...own.claims[i]!, id, outletId, storyId, block }))
          : article.claims;
      return { ...article, outlet: outlets.get(article.outlet.id)!, data: own, claims };
    });
    story.shared = built.shared;
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

/** A hash of a story's inputs, which are JSON data (dates become text). */
const storyDigest = (inputs: unknown[]) => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/** A memo kept between builds (see `BuildOptions.memo`). */
export type Memo = <T>(inputs: unknown, make: () => T) => T;

interface StoryArticles {
  articles: Article[];
  shared: SharedPassage[];
  problems: ContentProblem[];
}

/**
 * A story's articles, checked and rendered: everything buildSite does per article, which depends
 * only on the story's own files and the outlets they name (so a cache may keep it between builds).
 */
function storyArticles(
  storyId: string,
  entries: readonly SourceEntry<ArticleData>[],
  site: { stories: Map<string, Story>; outlets: Map<string, Outlet>; collect: boolean } & Pick<BuildOptions, 'renderBody' | 'readBody'>,
): StoryArticles {
  const story = site.stories.get(storyId);
  const problems: ContentProblem[] = [];
  const articles: Article[] = [];
  const articleFiles = new Map<string, string>();
  /** Claim ids seen in the story: anchors must be unique across its compare view. */
  const seenIds = new Set<string>();
  const trees: { article: Article; tree: Root }[] = [];
  for (const entry of entries) {
    const file = where(entry, 'articles');
    const { data } = entry;
    const outlet = site.outlets.get(data.outlet.id);
    const body = entry.body ?? site.readBody?.(entry) ?? '';
    const parsed = markdownTrees(body);
    const ids = claimIds(data.outlet.id, data.claims);
    problems.push(
      ...articleProblems({
        file,
        id: entry.id,
        data,
        body,
        trees: parsed,
        seen: articleFiles,
        stories: site.stories,
        outlets: site.outlets,
        secondForOutlet: !!(outlet && articles.some((a) => a.outlet.id === outlet.id)),
        claimIds: ids,
      }),
    );
    if (articleFiles.has(entry.id)) continue;
    articleFiles.set(entry.id, file);

    const context = {
      file,
      article: entry.id,
      topics: story && new Set(story.topics.map((t) => t.id)),
      storyId,
      outletNames: outlet ? [outlet.name, outlet.label] : [],
      aliases: story?.aliases ?? [],
      tree: parsed.html,
      claimIdsSeen: seenIds,
    };
    const claims: Claim[] = [];
    data.claims.forEach((claim, index) => {
      const id = ids[index] as string;
      const checked = claimProblems(context, claim, { index, topic: claim.topic }, id);
      problems.push(...checked.problems);
      seenIds.add(id);
      if (checked.location || site.collect) {
        claims.push({ ...claim, id, outletId: data.outlet.id, storyId, block: checked.location?.block ?? -1 });
      }
    });

    if (story && outlet) {
      const blocks = textBlocks(parsed.html);
      const article: Article = {
        id: entry.id,
        filePath: file,
        storyId,
        outlet,
        data,
        blocks,
        wordCount: blocks.reduce((n, b) => n + countWords(b.text), 0),
        claims,
        html: '',
      };
      articles.push(article);
      trees.push({ article, tree: parsed.html });
    }
  }
  const shared = sharedPassages(articles.map((a) => ({ outlet: a.outlet.id, blocks: a.blocks })));
  if (site.renderBody) {
    for (const { article, tree } of trees) {
      const marks = article.claims.map(({ id, topic, quote }) => ({ id, topic, quote }));
      article.html = site.renderBody(tree, { outlet: article.outlet.id, claims: marks, shared });
    }
  }
  return { articles, shared, problems };
}
