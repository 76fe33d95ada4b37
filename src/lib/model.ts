import type { ArticleData, ClaimData } from '../schemas/article';
import type { OutletData } from '../schemas/outlet';
import type { StoryData, TopicData } from '../schemas/story';
import { compareTopics, relationProblems } from './compare';
import { ContentError, problem } from './content-errors';
import { attributionProblems, unsupportedTerms } from './grounding';
import { claimIds } from './paths';
import { locateQuote, markdownTree, textBlocks, type TextBlock } from './quotes';
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
  /** Index of the body block holding the quote (see src/lib/quotes.ts). */
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
}

export interface Site {
  outlets: Outlet[];
  stories: Story[];
}

/** Names of a story's own pages and files: an outlet with one of these ids would collide with them. */
const RESERVED_OUTLET_IDS = new Set(['compare', 'claims', 'claims.json', 'claims.schema.json', 'claims.csv', 'social.png']);

const where = (entry: SourceEntry<unknown>, collection: string) => entry.filePath ?? `${collection} entry "${entry.id}"`;

/**
 * A claim says no more than its words: its answer is grounded in its quote (src/lib/grounding.ts),
 * and its text keeps the quote's attribution and adds no source, unless the claim says in
 * `inferred` why it goes beyond the quote.
 */
function evidenceProblems(file: string, ref: { index: number; topic: string }, claim: ClaimData, outlet: Outlet | undefined, aliases: readonly (readonly string[])[]): string[] {
  const problems: string[] = [];
  if (claim.value && !claim.inferred) {
    const terms = unsupportedTerms(claim.value, claim.quote, aliases);
    if (terms.length) problems.push(problem.unsupportedAnswer(file, ref, claim.value, terms));
  }
  const names = outlet ? [outlet.name, outlet.label] : [];
  for (const p of attributionProblems(claim.text, claim.quote, names, aliases)) {
    if (p.kind === 'dropped') problems.push(problem.attributionDropped(file, ref));
    else if (!claim.inferred) problems.push(problem.sourceAdded(file, ref, p.source ?? ''));
  }
  return problems;
}

/**
 * Checks what the schemas cannot see (references, topics, quotes against bodies, duplicates)
 * and builds the site's model. Throws one ContentError listing every problem.
 */
export function buildSite(input: ContentInput): Site {
  const problems: string[] = [];
  const outlets = new Map<string, Outlet>();
  for (const entry of input.outlets) {
    if (RESERVED_OUTLET_IDS.has(entry.id)) problems.push(problem.reservedOutletId(where(entry, 'outlets'), entry.id));
    if (outlets.has(entry.id)) problems.push(problem.duplicateId(where(entry, 'outlets'), 'outlet', entry.id));
    outlets.set(entry.id, { ...entry.data, id: entry.id, label: entry.data.shortName ?? entry.data.name });
  }
  const stories = new Map<string, Story>();
  for (const entry of input.stories) {
    if (stories.has(entry.id)) problems.push(problem.duplicateId(where(entry, 'stories'), 'story', entry.id));
    stories.set(entry.id, { ...entry.data, id: entry.id, articles: [] });
  }

  const articleIds = new Set<string>();
  /** Claim ids seen per story: anchors must be unique across a story's compare view. */
  const claimIdsByStory = new Map<string, Set<string>>();
  for (const entry of input.articles) {
    const file = where(entry, 'articles');
    const { data } = entry;
    if (articleIds.has(entry.id)) problems.push(problem.duplicateId(file, 'article', entry.id));
    articleIds.add(entry.id);
    const story = stories.get(data.story.id);
    const outlet = outlets.get(data.outlet.id);
    if (!story) problems.push(problem.unknownStory(file, data.story.id, stories.keys()));
    if (!outlet) problems.push(problem.unknownOutlet(file, data.outlet.id, outlets.keys()));
    const tree = markdownTree(entry.body ?? '');
    const blocks = textBlocks(tree);
    if (blocks.length === 0) problems.push(problem.emptyBody(file));
    if (story && outlet && story.articles.some((a) => a.outlet.id === outlet.id)) {
      problems.push(problem.secondArticle(file, story.id, outlet.id));
    }

    const topicIds = new Set(story?.topics.map((t) => t.id));
    const ids = claimIds(data.outlet.id, data.claims);
    const seenIds = claimIdsByStory.get(data.story.id) ?? new Set<string>();
    claimIdsByStory.set(data.story.id, seenIds);
    const claims: Claim[] = [];
    data.claims.forEach((claim, i) => {
      const ref = { index: i, topic: claim.topic };
      const id = ids[i] as string;
      if (seenIds.has(id)) problems.push(problem.duplicateClaimId(file, ref, id));
      seenIds.add(id);
      if (story && !topicIds.has(claim.topic)) problems.push(problem.unknownTopic(file, ref, story.id, topicIds));
      problems.push(...evidenceProblems(file, ref, claim, outlet, story?.aliases ?? []));
      const location = locateQuote(tree, claim.quote);
      if (!location) {
        problems.push(problem.quoteNotFound(file, ref, claim.quote));
        return;
      }
      claims.push({ ...claim, id, outletId: data.outlet.id, storyId: data.story.id, block: location.block });
    });

    if (story && outlet) {
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
    const file = where(input.stories.find((s) => s.id === id)!, 'stories');
    const claimed = new Set(story.articles.flatMap((a) => a.claims.map((c) => c.topic)));
    for (const topic of story.topics) {
      if (!claimed.has(topic.id) && story.articles.length) problems.push(problem.topicWithoutClaims(file, topic.id));
    }
    for (const comparison of compareTopics(story)) {
      for (const p of relationProblems(comparison)) {
        const outlets = comparison.distinct.find((a) => a.label === p.answer)?.outlets ?? [];
        problems.push(p.kind === 'undeclared' ? problem.undeclaredAnswer(file, p.topic, p.answer, outlets) : problem.staleAnswer(file, p.topic, p.answer));
      }
    }
  }

  if (problems.length) throw new ContentError(problems);
  for (const story of stories.values()) {
    story.articles.sort((a, b) => a.outlet.label.localeCompare(b.outlet.label, 'en'));
  }
  return {
    outlets: [...outlets.values()].sort((a, b) => a.label.localeCompare(b.label, 'en')),
    stories: [...stories.values()].sort((a, b) => b.eventDate.getTime() - a.eventDate.getTime() || a.title.localeCompare(b.title, 'en')),
  };
}
