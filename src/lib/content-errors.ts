/*
 * What the content checks say, each problem worded once. The site model (model.ts) and the rehype
 * plugins (src/plugins/) both report from here, so a problem reads the same whichever finds it
 * first. Each message names the file, the claim and the field where there is one, and the fix.
 * Schema and loader problems are worded in issues.ts and src/loaders/strict-glob.ts.
 */

import type { UnsupportedTerm } from './grounding';

/** Bad content: every problem found, one message each. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

/** What a message needs to know of a claim: its place in the article's `claims` and its topic. */
interface ClaimRef {
  index: number;
  topic: string;
}

/** `claims[2] (topic "day")`: the claim as a person finds it in the file. */
const claim = ({ index, topic }: ClaimRef) => `claims[${index}] (topic "${topic}")`;

const known = (ids: Iterable<string>) => [...ids].join(', ') || 'none';

export const problem = {
  reservedOutletId: (file: string, id: string) =>
    `${file}: outlet id "${id}" is reserved: a story's page of that name would hide the article. Rename the file.`,
  duplicateId: (file: string, collection: 'outlet' | 'story' | 'article', id: string) => `${file}: ${collection} id "${id}" is used by another file too.`,
  unknownStory: (file: string, id: string, stories: Iterable<string>) =>
    `${file}: field "story": no story "${id}" in content/stories/ (known: ${known(stories)}).`,
  unknownOutlet: (file: string, id: string, outlets: Iterable<string>) =>
    `${file}: field "outlet": no outlet "${id}" in content/outlets/ (known: ${known(outlets)}).`,
  emptyBody: (file: string) => `${file}: the body is empty: it must hold the article's text, verbatim.`,
  secondArticle: (file: string, story: string, outlet: string) => `${file}: story "${story}" already has an article from outlet "${outlet}".`,
  duplicateClaimId: (file: string, ref: ClaimRef, id: string) => `${file}: ${claim(ref)} field "id": "${id}" is used by another claim in this story.`,
  unknownTopic: (file: string, ref: ClaimRef, story: string, topics: Iterable<string>) =>
    `${file}: ${claim(ref)} field "topic": "${ref.topic}" is not a topic of story "${story}" (its topics: ${known(topics)}).`,
  quoteNotFound: (file: string, ref: ClaimRef, quote: string) =>
    `${file}: ${claim(ref)} field "quote": not found verbatim in the body: "${quote.slice(0, 80)}". Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs.`,
  topicWithoutClaims: (file: string, topic: string) => `${file}: topic "${topic}" has no claim in any article: add claims or remove the topic.`,
  unsupportedAnswer: (file: string, ref: ClaimRef, value: string, terms: readonly UnsupportedTerm[]) =>
    `${file}: ${claim(ref)} field "value": "${value}" says more than its quote: ${terms.map((t) => `${TERM_KIND[t.kind]} "${t.term}"`).join(', ')} not in the quoted words. Quote the words that say it, change the answer, or add "inferred:" saying why the answer goes beyond them.`,
  attributionDropped: (file: string, ref: ClaimRef) =>
    `${file}: ${claim(ref)} field "text": the quote attributes or hedges ("said", "according to", "reportedly"…) but the text does not. Say who says it, or hedge, as the outlet does.`,
  sourceAdded: (file: string, ref: ClaimRef, source: string) =>
    `${file}: ${claim(ref)} field "text": names "${source}" as a source, but the quote does not. Widen the quote to the words that name it, or add "inferred:" saying where the article names it.`,
  undeclaredAnswer: (file: string, topic: string, answer: string, outlets: readonly string[]) =>
    `${file}: topic "${topic}": the answer "${answer}" (from ${outlets.join(', ')}) differs from the others but is not judged. Name it under "conflict" (answers that cannot all be true) or "compatible" (answers that can), and say what differs in "note".`,
  staleAnswer: (file: string, topic: string, answer: string) =>
    `${file}: topic "${topic}" fields "conflict"/"compatible": "${answer}" is not the answer of any claim on this topic. Remove it, or spell it as the claims do.`,
};

const TERM_KIND: Record<UnsupportedTerm['kind'], string> = { number: 'the number', negation: 'the negation', name: 'the name' };
