import Fuse from 'fuse.js';
import { compareTopics } from './compare';
import { STATUS_LABEL } from './status';
import type { Site } from './model';
import { blockUrl, claimUrl } from './paths';
import { FUSE_OPTIONS, SEARCH_KEYS, type SearchDoc } from './search';
import { foldWhitespace } from './text';

/** Every claim (with its topic's question and quote) and every passage of every article. */
export function searchDocs(site: Site, base: string): SearchDoc[] {
  return site.stories.flatMap((story) => {
    const questions = new Map(story.topics.map((t) => [t.id, t.question]));
    const claims = story.articles.flatMap((article) =>
      article.claims.map<SearchDoc>((claim) => ({
        kind: 'claim',
        story: story.id,
        outlet: article.outlet.id,
        outletLabel: article.outlet.label,
        topic: claim.topic,
        question: questions.get(claim.topic) ?? '',
        text: claim.text,
        quote: claim.quote,
        url: claimUrl(base, story.id, article.outlet.id, claim.id),
      })),
    );
    const passages = story.articles.flatMap((article) =>
      article.blocks.map<SearchDoc>((block, i) => ({
        kind: 'passage',
        story: story.id,
        outlet: article.outlet.id,
        outletLabel: article.outlet.label,
        text: foldWhitespace(block.text),
        url: blockUrl(base, story.id, article.outlet.id, i),
      })),
    );
    return [...claims, ...passages];
  });
}

/** What the search page downloads: the documents, Fuse's index of them built ahead of time, and names for grouping. */
export interface SearchData {
  docs: SearchDoc[];
  index: ReturnType<ReturnType<typeof Fuse.createIndex<SearchDoc>>['toJSON']>;
  /** Story id → its title and its topics' questions. */
  stories: Record<string, { title: string; topics: Record<string, string>; verdicts: Record<string, string> }>;
}

export function searchData(site: Site, base: string): SearchData {
  const docs = searchDocs(site, base);
  const getFn = FUSE_OPTIONS.getFn;
  return {
    docs,
    index: Fuse.createIndex(SEARCH_KEYS, docs, getFn ? { getFn } : {}).toJSON(),
    stories: Object.fromEntries(
      site.stories.map((s) => [
        s.id,
        {
          title: s.title,
          topics: Object.fromEntries(s.topics.map((t) => [t.id, t.question])),
          // The verdict shown with each topic's results, as on the matrix.
          verdicts: Object.fromEntries(compareTopics(s).map((c) => [c.topic.id, STATUS_LABEL[c.status]])),
        },
      ]),
    ),
  };
}
