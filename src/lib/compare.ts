import type { Claim, Story } from './model';
import type { TopicData } from '../schemas/story';

/**
 * How the outlets stand on a topic (the verdict):
 * - `single`: one outlet reports it;
 * - `agree`: two or more outlets report it and every answer given is the same;
 * - `conflict`: two answers given cannot both be true (the story declares them in `conflict`);
 * - `differ`: answers differ but can all be true (declared `compatible`: more detail, another moment).
 * How two answers relate is an editor's judgement, declared in the story file, never guessed.
 */
export type TopicStatus = 'agree' | 'conflict' | 'differ' | 'single';

/** One distinct answer given on a topic. */
export interface Answer {
  /** The answer as the first claim giving it writes it. */
  label: string;
  /** Its folded form, by which answers are compared. */
  key: string;
  /** Outlet ids that give it. */
  outlets: string[];
  /** True when it is one of two or more answers given that the story declares in conflict. */
  conflicting: boolean;
}

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
  /** The distinct answers given, in the order outlets are listed. */
  distinct: Answer[];
}

/**
 * The form in which answers are compared: case, accents, punctuation and spacing do not count
 * ("U.S. proposal" = "us proposal"; "Al-Thani" = "al thani").
 */
export function normalizeValue(value: string): string {
  let normal = normalized.get(value);
  if (normal === undefined) {
    normal = value
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, (match) => (/^[.'’]+$/u.test(match) ? '' : ' '))
      .replace(/\s+/g, ' ')
      .trim();
    normalized.set(value, normal);
  }
  return normal;
}
/** Answers recur across a story's claims and relations, and compareTopics runs for every story of a build: each is folded once. */
const normalized = new Map<string, string>();

/** The answer groups a topic declares in conflict or as compatible, folded. */
const groups = (declared: readonly (readonly string[])[] | undefined) => (declared ?? []).map((g) => g.map(normalizeValue));

/** For each of the story's topics, in order: who reports it, who is silent, and the verdict. */
export function compareTopics(story: Pick<Story, 'topics' | 'articles'>): TopicComparison[] {
  return story.topics.map((topic) => {
    const claims = new Map<string, Claim[]>();
    const answers = new Map<string, string[]>();
    const distinct = new Map<string, Answer>();
    const silent: string[] = [];
    for (const article of story.articles) {
      const own = article.claims.filter((c) => c.topic === topic.id);
      if (!own.length) {
        silent.push(article.outlet.id);
        continue;
      }
      claims.set(article.outlet.id, own);
      for (const claim of own) {
        if (!claim.value) continue;
        const key = normalizeValue(claim.value);
        const answer = distinct.get(key) ?? { label: claim.value, key, outlets: [], conflicting: false };
        if (!answer.outlets.includes(article.outlet.id)) answer.outlets.push(article.outlet.id);
        distinct.set(key, answer);
      }
      const values = [...new Set(own.flatMap((c) => (c.value ? [normalizeValue(c.value)] : [])))].sort();
      if (values.length) answers.set(article.outlet.id, values);
    }
    const reporting = [...claims.keys()];
    for (const group of groups(topic.conflict)) {
      const given = group.filter((key) => distinct.has(key));
      if (given.length > 1) for (const key of given) distinct.get(key)!.conflicting = true;
    }
    const list = [...distinct.values()];
    const status: TopicStatus =
      reporting.length === 1 ? 'single' : list.length <= 1 ? 'agree' : list.some((a) => a.conflicting) ? 'conflict' : 'differ';
    return { topic, status, reporting, silent, claims, answers, distinct: list };
  });
}

/** What is wrong with a topic's declared relations: an answer given but not judged, or one judged but not given. */
export interface RelationProblem {
  kind: 'undeclared' | 'stale';
  topic: string;
  /** The answer as written (by the claim, or by the declaration). */
  answer: string;
}

/**
 * Checks that an editor has judged every difference: when a topic's claims give two or more
 * different answers, each must be named in the topic's `conflict` or `compatible`; and every
 * answer named there must still be given by some claim (a declaration does not outlive its claims).
 */
export function relationProblems(comparison: TopicComparison): RelationProblem[] {
  const { topic, distinct } = comparison;
  const declared = [...(topic.conflict ?? []), ...(topic.compatible ?? [])].flat();
  const named = new Set(declared.map(normalizeValue));
  const given = new Set(distinct.map((a) => a.key));
  const problems: RelationProblem[] = [];
  if (distinct.length > 1) {
    for (const answer of distinct) if (!named.has(answer.key)) problems.push({ kind: 'undeclared', topic: topic.id, answer: answer.label });
  }
  const seen = new Set<string>();
  for (const answer of declared) {
    const key = normalizeValue(answer);
    if (!given.has(key) && !seen.has(key)) problems.push({ kind: 'stale', topic: topic.id, answer });
    seen.add(key);
  }
  return problems;
}

/** Topics reported out of all topics, per outlet: how much of the story each covers. */
export function coverage(comparisons: readonly TopicComparison[], outletId: string) {
  return { reported: comparisons.filter((c) => c.claims.has(outletId)).length, total: comparisons.length };
}
