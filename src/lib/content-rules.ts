/*
 * Every rule content must keep beyond its schema, in one place. Each rule is a function that
 * returns structured problems (content-errors.ts words them); the site model (model.ts) calls
 * them as it assembles the site, so the build, the content linter (scripts/lint-content.ts) and
 * the warnings `astro dev` shows on pages all apply the same rules and say the same thing.
 *
 * `RULES` lists them, with what each checks; schema rules (a missing or misspelt field, a bad
 * slug or date) are the zod schemas in src/schemas/, reported through issues.ts.
 */
import type { Root as HastRoot } from 'hast';
import type { Link, Nodes as MdastNode, Root as MdastRoot } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { ArticleData, ClaimData } from '../schemas/article';
import type { TopicData } from '../schemas/story';
import { closestPassage } from './closest-passage';
import { normalizeValue, relationProblems, type TopicComparison } from './compare';
import { type ClaimRef, type ContentProblem, type MarkupKind, problem, type ProblemTarget } from './content-errors';
import { attributionProblems, unsupportedTerms, type AliasGroups } from './grounding';
import { fieldPath } from './issues';
import { bodyBlocks, locateQuote, type QuoteLocation } from './quotes';
import { STORY_PAGE_NAMES } from './paths';
import { foldWhitespace } from './text';

/** Every rule, by the id problems carry, with what it checks: the linter's `--rules` and the authoring guide list these. */
export const RULES = {
  'unknown-story': 'An article’s `story` names a file in content/stories/.',
  'unknown-outlet': 'An article’s `outlet` names a file in content/outlets/.',
  'unknown-topic': 'A claim’s `topic` is one of its story’s topics.',
  'duplicate-id': 'No two files of a collection have the same id (file name, case aside).',
  'reserved-outlet-id': 'No outlet is named like a story’s own page (compare, claims…).',
  'second-article': 'A story has at most one article per outlet.',
  'duplicate-claim-id': 'Claim ids (and so anchors) are unique within a story.',
  'duplicate-claim': 'An article does not make the same claim twice (same topic, and the same quote or text).',
  'empty-body': 'An article’s body holds its text.',
  'markup-in-body': 'An article’s body is the outlet’s text: no raw HTML, links, images or link definitions.',
  'quote-not-found': 'A claim’s `quote` is in one paragraph of the body, verbatim (whitespace aside).',
  'overlapping-quotes': 'Two claims’ quotes either lie apart or one holds the other, so the page can mark each whole.',
  'unsupported-answer': 'A claim’s `value` adds no number, negation or name its quote lacks, unless `inferred` says why.',
  'attribution-dropped': 'A claim whose quote attributes or hedges attributes or hedges in its `text`.',
  'source-added': 'A claim’s `text` names no source its quote does not, unless `inferred` says why.',
  'undeclared-answer': 'Differing answers on a topic are each named in its `conflict` or `compatible`.',
  'stale-answer': '`conflict` and `compatible` name only answers some claim gives.',
  'spelling-variant': 'No two answers on a topic differ only in spelling (unless declared in conflict).',
  'topic-without-claims': 'Every topic of a story is answered by some claim.',
  placeholder: 'No field still holds a `TODO:` placeholder left by `npm run new`.',
} as const;

export type RuleId = keyof typeof RULES;

/** The problem, marked as concerning `target` (for the pages in dev). */
export const withTarget =
  (target: ProblemTarget) =>
  (p: ContentProblem): ContentProblem => ({ ...p, target: { ...p.target, ...target } });

/** `TODO:` placeholders anywhere in a file's data (`npm run new` writes them where only an editor knows the answer). */
export function placeholderProblems(file: string, data: unknown, path: PropertyKey[] = []): ContentProblem[] {
  if (typeof data === 'string') return data.includes('TODO:') ? [problem.placeholder(file, fieldPath(path), data)] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderProblems(file, item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => placeholderProblems(file, value, [...path, key]));
  }
  return [];
}

/** The Markdown nodes that would put markup, not the outlet's words, on the page. */
const MARKUP_NODES: Partial<Record<MdastNode['type'], MarkupKind>> = {
  html: 'html',
  link: 'link',
  image: 'image',
  linkReference: 'reference',
  imageReference: 'image',
  definition: 'definition',
  footnoteReference: 'footnote',
  footnoteDefinition: 'footnote',
};

/**
 * Markup in an article body: raw HTML (`<img onerror=…>`, `<script>`), links, images, link
 * definitions and footnotes. A body is the outlet's text, shown as text.
 *
 * One exception: a bare web or e-mail address in the text, which GFM turns into a link whatever
 * the escaping (`npm run new` lists these). Its link text is exactly what the outlet wrote and
 * its target is that same address (http, https or mailto only), so the page still shows the
 * outlet's words and nothing is hidden or run: it is accepted. A link whose source is anything
 * but its own text (`[a link](javascript:…)`, `<https://…>`) is refused.
 */
export function markupProblems(file: string, tree: MdastRoot, body: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visit(tree, (node) => {
    const kind = MARKUP_NODES[node.type];
    if (!kind) return undefined;
    const { start, end } = node.position ?? {};
    const source = start?.offset !== undefined && end?.offset !== undefined ? body.slice(start.offset, end.offset) : undefined;
    if (node.type === 'link' && literalAutolink(node, source)) return SKIP;
    problems.push(problem.markupInBody(file, kind, source || node.type, start ? { line: start.line, column: start.column } : undefined));
    return SKIP;
  });
  return problems;
}

/**
 * A bare address GFM made a link: its one child is the text as written, its target that text (with
 * `http://` before a `www.` address, `mailto:` before an e-mail address), and its source, where the
 * parser records one (GFM adds some of these links after parsing, without a position), is the text
 * alone: no brackets or angle brackets.
 */
function literalAutolink(node: Link, source: string | undefined): boolean {
  const [only, ...rest] = node.children;
  if (rest.length || only?.type !== 'text') return false;
  const text = only.value;
  const url = node.url;
  return (url === text || url === `http://${text}` || url === `mailto:${text}`) && (source === undefined || source === text);
}

/** Two claims of one article on one topic with the same quote (or, failing that, the same text). `ids` are the claims' story-wide ids. */
export function duplicateClaimProblems(file: string, claims: readonly ClaimData[], ids: readonly string[] = []): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const push = (p: ContentProblem, j: number) => problems.push(ids[j] ? withTarget({ claim: ids[j], topic: claims[j]!.topic })(p) : p);
  claims.forEach((claim, j) => {
    const first = claims.findIndex(
      (other, i) => i < j && other.topic === claim.topic && foldWhitespace(other.quote) === foldWhitespace(claim.quote),
    );
    if (first !== -1) return void push(problem.duplicateClaim(file, { index: j, topic: claim.topic }, first, 'quote'), j);
    const sameText = claims.findIndex(
      (other, i) => i < j && other.topic === claim.topic && normalizeValue(other.text) === normalizeValue(claim.text),
    );
    if (sameText !== -1) push(problem.duplicateClaim(file, { index: j, topic: claim.topic }, sameText, 'text'), j);
  });
  return problems;
}

/**
 * Two claims whose quotes overlap in a paragraph, neither holding the other: the page marks each
 * quote as one element, and elements cannot cross, so one of the two would be marked only in part.
 */
export function overlappingQuoteProblems(
  file: string,
  claims: readonly ClaimData[],
  tree: HastRoot,
  ids: readonly string[] = [],
): ContentProblem[] {
  const placed = claims.map((claim) => locateQuote(tree, claim.quote));
  const problems: ContentProblem[] = [];
  placed.forEach((a, j) => {
    const i = placed.findIndex(
      (b, k) =>
        k < j &&
        !!a &&
        !!b &&
        a.element === b.element &&
        a.start < b.end &&
        b.start < a.end &&
        !(a.start <= b.start && b.end <= a.end) &&
        !(b.start <= a.start && a.end <= b.end),
    );
    if (i === -1) return;
    const p = problem.overlappingQuotes(file, { index: j, topic: claims[j]!.topic }, i);
    problems.push(ids[j] ? withTarget({ claim: ids[j], topic: claims[j]!.topic })(p) : p);
  });
  return problems;
}

/** Outlets: no id that a story's own page has, no id twice, no placeholder left. */
export function outletProblems(file: string, id: string, data: unknown, seen: ReadonlyMap<string, string>): ContentProblem[] {
  return [
    ...(STORY_PAGE_NAMES.has(id) ? [problem.reservedOutletId(file, id)] : []),
    ...(seen.has(id) ? [problem.duplicateId(file, 'outlet', id, seen.get(id))] : []),
    ...placeholderProblems(file, data),
  ].map(withTarget({ outlet: id }));
}

/** Stories: no id twice, no placeholder left (topics are checked against claims by `topicProblems`). */
export function storyProblems(file: string, id: string, data: unknown, seen: ReadonlyMap<string, string>): ContentProblem[] {
  return [...(seen.has(id) ? [problem.duplicateId(file, 'story', id, seen.get(id))] : []), ...placeholderProblems(file, data)].map(
    withTarget({ story: id }),
  );
}

/** Names of a story's own pages and files: an outlet with one of these ids would collide with them. */

/** What the article rules need to know of the article and of the rest of the content. */
export interface ArticleContext {
  file: string;
  id: string;
  data: ArticleData;
  body: string;
  trees: { markdown: MdastRoot; html: HastRoot };
  /** Article ids already seen, with their files. */
  seen: ReadonlyMap<string, string>;
  stories: ReadonlyMap<string, unknown>;
  outlets: ReadonlyMap<string, unknown>;
  /** Whether the story already has an article from this outlet. */
  secondForOutlet: boolean;
  /** The story-wide id of each of its claims (see `claimIds`), so that a problem with a claim shows beside it. */
  claimIds: readonly string[];
}

/**
 * One article as a whole: a unique id, a known story and outlet (one article per outlet and
 * story), a body that holds text and no markup, no placeholder left, no claim made twice.
 */
export function articleProblems(context: ArticleContext): ContentProblem[] {
  const { file, id, data } = context;
  // A second file with one id is not read further: Astro's loader keeps one of the two.
  if (context.seen.has(id))
    return [problem.duplicateId(file, 'article', id, context.seen.get(id))].map(withTarget({ story: data.story.id }));
  const problems: ContentProblem[] = [];
  if (!context.stories.has(data.story.id)) problems.push(problem.unknownStory(file, data.story.id, context.stories.keys()));
  if (!context.outlets.has(data.outlet.id)) problems.push(problem.unknownOutlet(file, data.outlet.id, context.outlets.keys()));
  if (bodyBlocks(context.trees.html).length === 0) problems.push(problem.emptyBody(file));
  if (context.secondForOutlet) problems.push(problem.secondArticle(file, data.story.id, data.outlet.id));
  problems.push(...markupProblems(file, context.trees.markdown, context.body));
  problems.push(...placeholderProblems(file, data));
  problems.push(...duplicateClaimProblems(file, data.claims, context.claimIds));
  problems.push(...overlappingQuoteProblems(file, data.claims, context.trees.html, context.claimIds));
  return problems.map(withTarget({ story: data.story.id, article: id }));
}

/** What the claim rules need to know of the claim's article and story. */
export interface ClaimContext {
  file: string;
  /** The article's entry id. */
  article: string;
  /** The story's topic ids; undefined when the article's story is unknown (that is reported once, on the article). */
  topics: ReadonlySet<string> | undefined;
  storyId: string;
  /** The outlet's names, which a text may use for the outlet's own voice ("AP reports"). */
  outletNames: readonly string[];
  aliases: AliasGroups;
  /** The HTML tree of the article's body, in which quotes are located. */
  tree: HastRoot;
  /** Claim ids already used in the story: anchors must be unique on the compare view. */
  claimIdsSeen: ReadonlySet<string>;
}

/**
 * One claim against its article: its topic exists, its quote is in the body, and it says no more
 * than its words (a grounded answer, attribution kept: src/lib/grounding.ts). Returns the
 * quote's location, which the model keeps, with the problems.
 */
export function claimProblems(
  context: ClaimContext,
  claim: ClaimData,
  ref: ClaimRef,
  id: string,
): { problems: ContentProblem[]; location: QuoteLocation | undefined } {
  const { file, topics, aliases } = context;
  const problems: ContentProblem[] = [];
  if (context.claimIdsSeen.has(id)) problems.push(problem.duplicateClaimId(file, ref, id));
  if (topics && !topics.has(claim.topic)) problems.push(problem.unknownTopic(file, ref, context.storyId, topics));
  if (claim.value && !claim.inferred) {
    const terms = unsupportedTerms(claim.value, claim.quote, aliases);
    if (terms.length) problems.push(problem.unsupportedAnswer(file, ref, claim.value, terms));
  }
  for (const p of attributionProblems(claim.text, claim.quote, context.outletNames, aliases)) {
    if (p.kind === 'dropped') problems.push(problem.attributionDropped(file, ref));
    else if (!claim.inferred) problems.push(problem.sourceAdded(file, ref, p.source ?? ''));
  }
  const location = locateQuote(context.tree, claim.quote);
  if (!location) problems.push(problem.quoteNotFound(file, ref, claim.quote, closestPassage(context.tree, claim.quote)));
  return {
    problems: problems.map(withTarget({ story: context.storyId, article: context.article, claim: id, topic: claim.topic })),
    location,
  };
}

/** Damerau–Levenshtein distance (optimal string alignment): a swapped pair of letters is one edit. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * Whether two answers (folded by `normalizeValue`, so case, accents and punctuation already
 * count for nothing) differ only in spelling: the same once spaces are dropped ("cease fire",
 * "ceasefire"), or the same words but for a typo in each word that differs ("Teusday", "al-Haya"):
 * one edit in a word of five letters or more, two in one of nine or more. Figures, and a word
 * that only gains or loses a final "s" (one leader or several), are differences of meaning.
 */
export function spellingVariants(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.replaceAll(' ', '') === b.replaceAll(' ', '')) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  let differing = 0;
  for (let i = 0; i < wa.length; i++) {
    const [x, y] = [wa[i]!, wb[i]!];
    if (x === y) continue;
    if (/\d/.test(x + y) || x === `${y}s` || y === `${x}s`) return false;
    const length = Math.max(x.length, y.length);
    const allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
    if (editDistance(x, y) > allowed) return false;
    differing++;
  }
  return differing > 0;
}

/** Answers named together in one of the topic's `conflict` groups: judged to mean different things. */
const declaredInConflict = (topic: TopicData, a: string, b: string) =>
  (topic.conflict ?? []).some((group) => {
    const keys = group.map(normalizeValue);
    return keys.includes(a) && keys.includes(b);
  });

/**
 * A story's topics against its claims: each topic is answered, each difference between answers
 * is judged in `conflict` or `compatible` (and every answer judged is still given), and no two
 * answers differ only in spelling. `comparisons` are of the claims whose quotes were found.
 */
export function topicProblems(
  file: string,
  storyId: string,
  comparisons: readonly TopicComparison[],
  anyArticles: boolean,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  comparisons.forEach((comparison, index) => {
    const { topic, distinct } = comparison;
    const target = withTarget({ story: storyId, topic: topic.id });
    if (!comparison.claims.size && anyArticles) problems.push(target(problem.topicWithoutClaims(file, topic.id, index)));
    const variants = new Set<string>();
    distinct.forEach((a, i) => {
      for (const b of distinct.slice(i + 1)) {
        if (!spellingVariants(a.key, b.key) || declaredInConflict(topic, a.key, b.key)) continue;
        problems.push(
          target(
            problem.spellingVariant(
              file,
              topic.id,
              index,
              { answer: a.label, outlets: a.outlets },
              { answer: b.label, outlets: b.outlets },
            ),
          ),
        );
        variants.add(a.key).add(b.key);
      }
    });
    for (const p of relationProblems(comparison)) {
      if (p.kind === 'undeclared') {
        const answer = distinct.find((a) => a.label === p.answer);
        // A spelling variant is reported as such: judging it would be the wrong fix.
        if (answer && variants.has(answer.key)) continue;
        problems.push(target(problem.undeclaredAnswer(file, p.topic, index, p.answer, answer?.outlets ?? [])));
      } else {
        const inConflict = (topic.conflict ?? []).flat().some((answer) => normalizeValue(answer) === normalizeValue(p.answer));
        problems.push(target(problem.staleAnswer(file, p.topic, index, inConflict ? 'conflict' : 'compatible', p.answer)));
      }
    }
  });
  return problems;
}
