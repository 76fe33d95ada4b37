/*
 * What the content checks say, each problem worded once. The rules (content-rules.ts), the site
 * model (model.ts), the rehype plugins (src/plugins/) and the content linter
 * (scripts/lint-content.ts) all report from here, so a problem reads the same whichever finds it
 * and wherever it is shown: in the build's error, the linter's list, or beside a claim in dev.
 * Each message names the file, the claim and the field where there is one, and the fix.
 * Schema problems are worded in issues.ts; loader problems in src/loaders/strict-glob.ts.
 */

import type { UnsupportedTerm } from './grounding';

/** An error stops the build (and fails the linter); a warning is only shown. */
export type Severity = 'error' | 'warning';

/** What a problem concerns, so that a page can show it beside the claim or topic in dev. */
export interface ProblemTarget {
  /** The story id. */
  story?: string;
  /** The article's entry id, `<story>/<outlet>`. */
  article?: string;
  /** The claim's story-wide id, `<outlet>-<id>`. */
  claim?: string;
  /** The topic id. */
  topic?: string;
  /** The outlet id, for a problem in an outlet's file. */
  outlet?: string;
}

/** A point in a file or body: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

/** One content problem, as every check reports it: where it is, what is wrong, and what to do. */
export interface ContentProblem {
  /** The rule broken, e.g. `quote-not-found` (every rule is listed in content-rules.ts). */
  rule: string;
  severity: Severity;
  /** The file, as the build names it. */
  file: string;
  /** Where in the file's data: `claims[2].quote`, `topics[0].id`, `story`; `body` for the Markdown body; absent for the file as a whole. */
  field?: string;
  /** For a problem in the Markdown body: where in the body (not the file) it is. */
  bodyPosition?: Position;
  /** The claim or field as a person finds it, `claims[2] (topic "day") field "quote"`: printed before the message. */
  where?: string;
  /** What is wrong, in one or two sentences. */
  message: string;
  /** What to do about it. */
  hint?: string;
  /** More to go on, after the hint: for a quote not found, the closest passage of the body and how it differs. */
  detail?: string;
  /** For a quote not found: the closest passage's position in the body, for the linter to give its line. */
  passagePosition?: Position;
  /** What the problem concerns, for the pages in dev. */
  target?: ProblemTarget;
}

/** The problem as one line, as the build prints it: file, claim and field, message, hint. */
export function formatProblem(p: ContentProblem): string {
  return [`${p.file}: ${p.where ? `${p.where}: ` : ''}${p.message}`, p.hint, p.detail].filter(Boolean).join(' ');
}

/** Bad content: every problem found, one line each (`problems`), and each as found (`details`). */
export class ContentError extends Error {
  readonly problems: string[];
  readonly details: readonly ContentProblem[];
  constructor(details: readonly ContentProblem[]) {
    const problems = details.map(formatProblem);
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.details = details;
  }
}

/** What a message needs to know of a claim: its place in the article's `claims` and its topic. */
export interface ClaimRef {
  index: number;
  topic: string;
}

/** `claims[2] (topic "day") field "quote"`: the claim's field as a person finds it in the file. */
const claimField = ({ index, topic }: ClaimRef, field: string) => `claims[${index}] (topic "${topic}") field "${field}"`;

const known = (ids: Iterable<string>) => [...ids].join(', ') || 'none';

/** An excerpt for a message: at most `max` characters, cut with "…". */
export const excerpt = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Problem = Omit<ContentProblem, 'severity'> & { severity?: Severity };
const error = (p: Problem): ContentProblem => ({ severity: 'error', ...p });

/** A claim's problem: located at `claims[i].<field>`. */
const claimProblem = (rule: string, file: string, ref: ClaimRef, field: string, rest: Omit<Problem, 'rule' | 'file' | 'field' | 'where'>) =>
  error({ rule, file, field: `claims[${ref.index}].${field}`, where: claimField(ref, field), ...rest });

/** For a quote not found: the body's closest passage and how the quote differs from it. */
export interface NearMiss {
  /** The passage's number in the body (1 for the first paragraph or subhead). */
  paragraph: number;
  /** The closest words of the passage. */
  passage: string;
  /** How the quote differs, e.g. `straight ' where the text has ’`. */
  differences: string[];
  /** When the quote runs across two passages, their numbers: a quote lies within one. */
  spans?: [number, number];
  position?: Position;
}

function nearMissDetail(near: NearMiss | undefined): string | undefined {
  if (!near) return 'Nothing in the body is close to it.';
  if (near.spans) return `It runs from paragraph ${near.spans[0]} into paragraph ${near.spans[1]}: quote the words of one paragraph.`;
  const shown = near.differences.slice(0, 4).join('; ');
  const more = near.differences.length > 4 ? `; and ${near.differences.length - 4} more` : '';
  return `Closest passage, paragraph ${near.paragraph}: "${excerpt(near.passage, 120)}"${shown ? `; the quote has ${shown}${more}` : ''}.`;
}

/** How a piece of markup in a body is named in messages. */
export type MarkupKind = 'html' | 'link' | 'image' | 'reference' | 'definition' | 'footnote';
const MARKUP: Record<MarkupKind, { what: string; hint: string }> = {
  html: {
    what: 'raw HTML',
    hint: 'If the outlet wrote these characters, escape the "<" as "\\<" so they show as text; otherwise remove them.',
  },
  link: {
    what: 'a Markdown link',
    hint: 'Keep only the words the outlet wrote, or escape the brackets as "\\[" and "\\]" if they are its characters.',
  },
  image: { what: 'a Markdown image', hint: 'Remove it: an article body holds the outlet’s text only.' },
  reference: {
    what: 'a Markdown reference link',
    hint: 'Keep only the words the outlet wrote, or escape the brackets as "\\[" and "\\]" if they are its characters.',
  },
  definition: {
    what: 'a Markdown link definition',
    hint: 'It would vanish from the page: escape its "[" as "\\[" if the outlet wrote it, or remove it.',
  },
  footnote: { what: 'a Markdown footnote', hint: 'Escape its "[" as "\\[" if the outlet wrote it, or remove it.' },
};

export const problem = {
  reservedOutletId: (file: string, id: string) =>
    error({
      rule: 'reserved-outlet-id',
      file,
      message: `outlet id "${id}" is reserved: a story's page of that name would hide the article.`,
      hint: 'Rename the file.',
    }),
  duplicateId: (file: string, collection: 'outlet' | 'story' | 'article', id: string, other?: string) =>
    error({
      rule: 'duplicate-id',
      file,
      message: `${collection} id "${id}" is used by ${other ?? 'another file'} too.`,
      hint: 'File names make ids, case aside: rename one of the two.',
    }),
  unknownStory: (file: string, id: string, stories: Iterable<string>) =>
    error({
      rule: 'unknown-story',
      file,
      field: 'story',
      where: 'field "story"',
      message: `no story "${id}" in content/stories/ (known: ${known(stories)}).`,
    }),
  unknownOutlet: (file: string, id: string, outlets: Iterable<string>) =>
    error({
      rule: 'unknown-outlet',
      file,
      field: 'outlet',
      where: 'field "outlet"',
      message: `no outlet "${id}" in content/outlets/ (known: ${known(outlets)}).`,
    }),
  emptyBody: (file: string) =>
    error({ rule: 'empty-body', file, field: 'body', message: `the body is empty: it must hold the article's text, verbatim.` }),
  secondArticle: (file: string, story: string, outlet: string) =>
    error({ rule: 'second-article', file, field: 'outlet', message: `story "${story}" already has an article from outlet "${outlet}".` }),
  duplicateClaimId: (file: string, ref: ClaimRef, id: string) =>
    claimProblem('duplicate-claim-id', file, ref, 'id', { message: `"${id}" is used by another claim in this story.` }),
  unknownTopic: (file: string, ref: ClaimRef, story: string, topics: Iterable<string>) =>
    claimProblem('unknown-topic', file, ref, 'topic', {
      message: `"${ref.topic}" is not a topic of story "${story}" (its topics: ${known(topics)}).`,
    }),
  quoteNotFound: (file: string, ref: ClaimRef, quote: string, near?: NearMiss) =>
    claimProblem('quote-not-found', file, ref, 'quote', {
      message: `not found verbatim in the body: "${quote.slice(0, 80)}".`,
      hint: 'Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs.',
      ...withDetail(nearMissDetail(near), near?.position),
    }),
  overlappingQuotes: (file: string, ref: ClaimRef, other: number) =>
    claimProblem('overlapping-quotes', file, ref, 'quote', {
      message: `overlaps the quote of claims[${other}] without holding it or lying inside it, so the page could mark only part of one.`,
      hint: 'Widen one quote to hold the other, or shorten one so that they no longer overlap.',
    }),
  duplicateClaim: (file: string, ref: ClaimRef, first: number, same: 'quote' | 'text') =>
    claimProblem('duplicate-claim', file, ref, same, {
      message: `repeats claims[${first}]: the same topic and the same ${same}.`,
      hint: 'Remove one, or make each claim say its own thing with its own words.',
    }),
  topicWithoutClaims: (file: string, topic: string, index: number) =>
    error({
      rule: 'topic-without-claims',
      file,
      field: `topics[${index}].id`,
      message: `topic "${topic}" has no claim in any article.`,
      hint: 'Add claims on it, or remove the topic.',
    }),
  unsupportedAnswer: (file: string, ref: ClaimRef, value: string, terms: readonly UnsupportedTerm[]) =>
    claimProblem('unsupported-answer', file, ref, 'value', {
      message: `"${value}" says more than its quote: ${terms.map((t) => `${TERM_KIND[t.kind]} "${t.term}"`).join(', ')} not in the quoted words.`,
      hint: 'Quote the words that say it, change the answer, or add "inferred:" saying why the answer goes beyond them.',
    }),
  attributionDropped: (file: string, ref: ClaimRef) =>
    claimProblem('attribution-dropped', file, ref, 'text', {
      message: 'the quote attributes or hedges ("said", "according to", "reportedly"…) but the text does not.',
      hint: 'Say who says it, or hedge, as the outlet does.',
    }),
  sourceAdded: (file: string, ref: ClaimRef, source: string) =>
    claimProblem('source-added', file, ref, 'text', {
      message: `names "${source}" as a source, but the quote does not.`,
      hint: 'Widen the quote to the words that name it, or add "inferred:" saying where the article names it.',
    }),
  undeclaredAnswer: (file: string, topic: string, index: number, answer: string, outlets: readonly string[]) =>
    error({
      rule: 'undeclared-answer',
      file,
      field: `topics[${index}]`,
      where: `topic "${topic}"`,
      message: `the answer "${answer}" (from ${outlets.join(', ')}) differs from the others but is not judged.`,
      hint: 'Name it under "conflict" (answers that cannot all be true) or "compatible" (answers that can), and say what differs in "note".',
    }),
  staleAnswer: (file: string, topic: string, index: number, field: 'conflict' | 'compatible', answer: string) =>
    error({
      rule: 'stale-answer',
      file,
      field: `topics[${index}].${field}`,
      where: `topic "${topic}" fields "conflict"/"compatible"`,
      message: `"${answer}" is not the answer of any claim on this topic.`,
      hint: 'Remove it, or spell it as the claims do.',
    }),
  spellingVariant: (file: string, topic: string, index: number, a: { answer: string; outlets: readonly string[] }, b: typeof a) =>
    error({
      rule: 'spelling-variant',
      file,
      field: `topics[${index}]`,
      where: `topic "${topic}"`,
      message: `the answers "${a.answer}" (from ${a.outlets.join(', ')}) and "${b.answer}" (from ${b.outlets.join(', ')}) differ only in spelling, so they count as two answers.`,
      hint: 'Spell them the same in the claims’ "value" (and in "conflict"/"compatible"), or make the difference in meaning plain.',
    }),
  markupInBody: (file: string, kind: MarkupKind, source: string, position?: Position) =>
    error({
      rule: 'markup-in-body',
      file,
      field: 'body',
      ...(position ? { bodyPosition: position } : {}),
      where: 'the body',
      message: `${MARKUP[kind].what} "${excerpt(source.replace(/\s+/g, ' '), 60)}" would reach the page as markup, not as the outlet’s words.`,
      hint: MARKUP[kind].hint,
    }),
  placeholder: (file: string, field: string, value: string) =>
    error({
      rule: 'placeholder',
      file,
      field,
      where: `field "${field}"`,
      message: `still holds a placeholder: "${excerpt(value, 70)}".`,
      hint: '`npm run new` writes "TODO:" where only an editor knows the answer: write it (or remove an optional field).',
    }),
};

const withDetail = (detail: string | undefined, position: Position | undefined) => ({
  ...(detail ? { detail } : {}),
  ...(position ? { passagePosition: position } : {}),
});

const TERM_KIND: Record<UnsupportedTerm['kind'], string> = { number: 'the number', negation: 'the negation', name: 'the name' };
