import type { ArticleData, ClaimData } from '../schemas/article';
import type { OutletData } from '../schemas/outlet';
import type { StoryData, TopicData } from '../schemas/story';
import { bodyBlocks, countWords, locateQuote, type TextBlock } from './text';

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
  /** `<outlet>-<claim id in its article>`: unique within the story; the anchor is `claim-<id>`. */
  id: string;
  outletId: string;
  storyId: string;
  /** Index of the body block holding the quote. */
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

/** Bad content: every problem found, each naming the file, the field and what to do. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

/** Names of a story's own pages: an outlet with one of these ids would collide with them. */
const RESERVED_OUTLET_IDS = new Set(['compare', 'claims', 'claims.json', 'claims.csv', 'search']);

const where = (entry: SourceEntry<unknown>, collection: string) => entry.filePath ?? `${collection} entry "${entry.id}"`;

/** Gives every claim an id: its own `id`, else its topic, then `<topic>-2`, `<topic>-3`… */
export function assignClaimIds(claims: readonly ClaimData[]): string[] {
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
 * The build's rehype plugin and the site model both call this, so anchors and links agree.
 */
export function claimIds(outletId: string, claims: readonly ClaimData[]): string[] {
  return assignClaimIds(claims).map((id) => `${outletId}-${id}`);
}

/**
 * Checks what the schemas cannot see (references, topics, quotes against bodies, duplicates)
 * and builds the site's model. Throws one ContentError listing every problem.
 */
export function buildSite(input: ContentInput): Site {
  const problems: string[] = [];
  const outlets = new Map<string, Outlet>();
  for (const entry of input.outlets) {
    if (RESERVED_OUTLET_IDS.has(entry.id)) {
      problems.push(`${where(entry, 'outlets')}: outlet id "${entry.id}" is reserved: a story's page of that name would hide the article. Rename the file.`);
    }
    if (outlets.has(entry.id)) problems.push(`${where(entry, 'outlets')}: outlet id "${entry.id}" is used by another file too.`);
    outlets.set(entry.id, { ...entry.data, id: entry.id, label: entry.data.shortName ?? entry.data.name });
  }
  const stories = new Map<string, Story>();
  for (const entry of input.stories) {
    if (stories.has(entry.id)) problems.push(`${where(entry, 'stories')}: story id "${entry.id}" is used by another file too.`);
    stories.set(entry.id, { ...entry.data, id: entry.id, articles: [] });
  }

  const articleIds = new Set<string>();
  /** Claim ids seen per story: anchors must be unique across a story's compare view. */
  const claimIdsByStory = new Map<string, Set<string>>();
  for (const entry of input.articles) {
    const file = where(entry, 'articles');
    const { data } = entry;
    if (articleIds.has(entry.id)) problems.push(`${file}: article id "${entry.id}" is used by another file too.`);
    articleIds.add(entry.id);
    const story = stories.get(data.story.id);
    const outlet = outlets.get(data.outlet.id);
    if (!story) problems.push(`${file}: field "story": no story "${data.story.id}" in content/stories/ (known: ${[...stories.keys()].join(', ') || 'none'}).`);
    if (!outlet) problems.push(`${file}: field "outlet": no outlet "${data.outlet.id}" in content/outlets/ (known: ${[...outlets.keys()].join(', ') || 'none'}).`);
    const body = entry.body ?? '';
    const blocks = bodyBlocks(body);
    if (blocks.length === 0) problems.push(`${file}: the body is empty: it must hold the article's text, verbatim.`);
    if (story && outlet && story.articles.some((a) => a.outlet.id === outlet.id)) {
      problems.push(`${file}: story "${story.id}" already has an article from outlet "${outlet.id}".`);
    }

    const topicIds = new Set(story?.topics.map((t) => t.id));
    const ids = claimIds(data.outlet.id, data.claims);
    const seenIds = claimIdsByStory.get(data.story.id) ?? new Set<string>();
    claimIdsByStory.set(data.story.id, seenIds);
    const claims: Claim[] = [];
    data.claims.forEach((claim, i) => {
      const label = `claims[${i}] (topic "${claim.topic}")`;
      const id = ids[i] as string;
      if (seenIds.has(id)) problems.push(`${file}: ${label} field "id": "${id}" is used by another claim in this story.`);
      seenIds.add(id);
      if (story && !topicIds.has(claim.topic)) {
        problems.push(`${file}: ${label} field "topic": "${claim.topic}" is not a topic of story "${story.id}" (its topics: ${[...topicIds].join(', ')}).`);
      }
      const found = locateQuote(blocks, claim.quote);
      if (!found) {
        problems.push(`${file}: ${label} field "quote": not found verbatim in the body: "${claim.quote.slice(0, 80)}". Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs.`);
        return;
      }
      claims.push({ ...claim, id, outletId: data.outlet.id, storyId: data.story.id, block: found.block });
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
    const claimed = new Set(story.articles.flatMap((a) => a.claims.map((c) => c.topic)));
    for (const topic of story.topics) {
      if (!claimed.has(topic.id) && story.articles.length) {
        problems.push(`${where(input.stories.find((s) => s.id === id)!, 'stories')}: topic "${topic.id}" has no claim in any article: add claims or remove the topic.`);
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
