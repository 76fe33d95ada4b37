import type { Claim, Story } from './model';
import type { TopicData } from '../schemas/story';

/**
 * How the outlets stand on a topic:
 * - `single`: one outlet reports it;
 * - `disagree`: two or more outlets give answers (`value`s) and the answers differ;
 * - `agree`: two or more outlets report it and no answers differ.
 */
export type TopicStatus = 'agree' | 'disagree' | 'single';

export interface TopicComparison {
  topic: TopicData;
  status: TopicStatus;
  /** Outlet ids that report the topic, in the story's outlet order. */
  reporting: string[];
  /** Outlet ids whose article says nothing on the topic. */
  silent: string[];
  /** Each reporting outlet's claims on the topic, in article order. */
  claims: Map<string, Claim[]>;
  /** Each outlet's distinct answers, normalized; outlets that give none are absent. */
  answers: Map<string, string[]>;
}

/**
 * The form in which answers are compared: case, accents, punctuation and spacing do not count
 * ("U.S. proposal" = "us proposal"; "Al-Thani" = "al thani").
 */
export function normalizeValue(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, (match) => (/^[.'’]+$/u.test(match) ? '' : ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** For each of the story's topics, in order: who reports it, who is silent, and whether answers agree. */
export function compareTopics(story: Pick<Story, 'topics' | 'articles'>): TopicComparison[] {
  return story.topics.map((topic) => {
    const claims = new Map<string, Claim[]>();
    const answers = new Map<string, string[]>();
    const silent: string[] = [];
    for (const article of story.articles) {
      const own = article.claims.filter((c) => c.topic === topic.id);
      if (!own.length) {
        silent.push(article.outlet.id);
        continue;
      }
      claims.set(article.outlet.id, own);
      const values = [...new Set(own.flatMap((c) => (c.value ? [normalizeValue(c.value)] : [])))].sort();
      if (values.length) answers.set(article.outlet.id, values);
    }
    const reporting = [...claims.keys()];
    const distinct = new Set([...answers.values()].map((v) => v.join('\n')));
    const status: TopicStatus = reporting.length === 1 ? 'single' : distinct.size > 1 ? 'disagree' : 'agree';
    return { topic, status, reporting, silent, claims, answers };
  });
}

/** Topics reported out of all topics, per outlet: how much of the story each covers. */
export function coverage(comparisons: readonly TopicComparison[], outletId: string) {
  return { reported: comparisons.filter((c) => c.claims.has(outletId)).length, total: comparisons.length };
}
