/**
 * Does a claim say no more than its words? Two rules, checked on every claim by the site model
 * (and so by the build and the content linter):
 *
 * - **Grounded answers.** A claim's `value` may normalise wording ("harms the talks") but may not
 *   add a fact: each number, negation and name in it must be found in the claim's quote (folded,
 *   with the story's aliases). Otherwise the claim says why the answer is inferred.
 * - **Kept attribution.** When the quote attributes or hedges ("said", "according to",
 *   "reportedly"…), the claim's `text` must attribute or hedge too; and the text must not name a
 *   source that the quote does not name (unless the claim says why, in `inferred`).
 */
import { normalizeValue } from './compare';

/** Folds as answers are compared, keeping thousands whole: "1,200" is one number. */
const foldText = (text: string) => normalizeValue(text.replace(/(\d),(\d{3})\b/g, '$1$2'));

/** Groups of terms that mean the same, declared by a story: `[IDF, Israel Defense Forces]`. */
export type AliasGroups = readonly (readonly string[])[];

const NUMBERS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1_000_000,
  dozen: 12,
  first: 1,
  second: 2,
  third: 3,
  once: 1,
  twice: 2,
};

/** Words that deny; contractions fold to `didnt`, `wont`… */
const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'unknown']);
const negates = (word: string) =>
  NEGATIONS.has(word) || /^(?:do|does|did|is|are|was|were|has|have|had|wo|ca|could|should|would|must|need)nt$/.test(word);

/** Capitalised words that are not names: answers often start with them. */
const NOT_NAMES = new Set([
  'yes',
  'no',
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'in',
  'on',
  'at',
  'by',
  'to',
  'for',
  'with',
  'only',
  'not',
  'it',
  'its',
  'they',
  'he',
  'she',
  'his',
  'her',
  'their',
  'as',
  'that',
  'this',
  'but',
  'after',
  'before',
  'while',
  'when',
  'citing',
]);

/** A word of the original text with its folded form. */
interface Word {
  raw: string;
  folded: string;
}

/** Words as written (`al-Hayya’s` gives `al` and `Hayya’s`), each with its folded form. */
function words(text: string): Word[] {
  return (text.replace(/(\d),(\d{3})\b/g, '$1$2').match(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*\.?/gu) ?? [])
    .map((raw) => ({ raw, folded: foldText(raw) }))
    .filter((w) => w.folded);
}

/** The number a word stands for: `5`, `five`, `7th`, `fifth`? (ordinals in figures only). */
function numberOf(word: string): number | undefined {
  const figures = /^(\d+)(?:st|nd|rd|th)?$/.exec(word);
  return figures ? Number(figures[1]) : NUMBERS[word];
}

/** A piece of the quote that makes it easy to ask "is this word or phrase in it?", plurals and possessives aside. */
class Haystack {
  readonly folded: string;
  readonly words: Set<string>;
  readonly numbers: Set<number>;
  readonly negated: boolean;

  constructor(text: string) {
    this.folded = ` ${foldText(text)} `;
    this.words = new Set(this.folded.trim().split(' '));
    this.numbers = new Set([...this.words].flatMap((w) => numberOf(w) ?? []));
    this.negated = [...this.words].some(negates);
  }

  hasWord(word: string): boolean {
    const bare = word.replace(/s$/, '');
    return this.words.has(word) || this.words.has(bare) || this.words.has(`${word}s`) || this.words.has(`${bare}es`);
  }

  hasPhrase(phrase: string): boolean {
    const folded = foldText(phrase);
    return !!folded && (folded.includes(' ') ? this.folded.includes(` ${folded} `) : this.hasWord(folded));
  }
}

/** Removes from `text` every alias phrase whose group has a member in the quote: it is supported as a whole. */
function withoutAliased(text: string, quote: Haystack, aliases: AliasGroups): string {
  let rest = ` ${foldText(text)} `;
  for (const group of aliases) {
    if (!group.some((term) => quote.hasPhrase(term))) continue;
    for (const term of [...group].sort((a, b) => b.length - a.length)) {
      const folded = foldText(term);
      if (folded) rest = rest.replaceAll(` ${folded} `, ' ');
    }
  }
  return rest;
}

export interface UnsupportedTerm {
  kind: 'number' | 'negation' | 'name';
  /** The word as the answer writes it. */
  term: string;
}

/**
 * The numbers, negations and names of an answer that its quote does not support. Folding makes
 * "U.S." = "US" and "Al-Thani" = "al thani"; "5" = "five"; plurals and possessives count as the word.
 */
export function unsupportedTerms(value: string, quote: string, aliases: AliasGroups = []): UnsupportedTerm[] {
  const hay = new Haystack(quote);
  const rest = new Set(withoutAliased(value, hay, aliases).trim().split(' '));
  const missing: UnsupportedTerm[] = [];
  for (const { raw, folded } of words(value)) {
    if (!rest.has(folded)) continue;
    const number = numberOf(folded);
    if (number !== undefined) {
      if (!hay.numbers.has(number)) missing.push({ kind: 'number', term: raw });
    } else if (negates(folded)) {
      if (!hay.negated) missing.push({ kind: 'negation', term: raw });
    } else if (/^\p{Lu}/u.test(raw) && !NOT_NAMES.has(folded) && !hay.hasWord(folded)) {
      missing.push({ kind: 'name', term: raw });
    }
  }
  return missing;
}

/** Words that attribute or hedge what follows: the quote's are kept, the text's must answer them. */
const ATTRIBUTION =
  /\b(?:according to|reportedly|allegedly|said|says|say|saying|told|tell|tells|telling|sources?|claimed|claims?|claiming|reported|reporting|believed|statement|announced|announcing|confirmed|confirms|stated|citing|cited|quoted|quoting|wrote|posted|accused|warned|insisted|denied|described|called)\b/i;
const QUOTE_ATTRIBUTION =
  /\b(?:according to|reportedly|allegedly|said|says|saying|told|tells|sources?|claimed|claims|reported|believed)\b/i;

/** The outlet's own reporting verbs ("AP reports that…"): the outlet speaking, not an attribution. */
const OWN_VERBS = 'reports|reported|writes|wrote|notes|says|describes|calls|places|sets|adds';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface AttributionProblem {
  kind: 'dropped' | 'added-source';
  /** For an added source: the name the text gives that the quote does not. */
  source?: string;
}

/** Sources a sentence names: "according to X", "citing X", "X said", "told X". */
function namedSources(text: string): string[] {
  const name = String.raw`((?:[\p{Lu}][\p{L}’'.-]*|al|bin|of|the|de)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|al|bin|of|the|de))*)`;
  const patterns = [
    new RegExp(String.raw`\b(?:[Aa]ccording to|[Cc]iting|cited by|told|confirmed to|[Ss]peaking to)\s+(?:the\s+|an?\s+)?${name}`, 'gu'),
    new RegExp(
      String.raw`${name}\s+(?:also\s+)?(?:said|says|told|confirmed|claimed|announced|stated|reported|wrote|posted|called|accused)\b`,
      'gu',
    ),
  ];
  return patterns.flatMap((re) => [...text.matchAll(re)].map((m) => (m[1] as string).trim()));
}

/**
 * What a claim's text does to its quote's attribution: drops it (the quote attributes or hedges,
 * the text does not), or adds a source the quote does not name. `outletNames` are the outlet's
 * own names ("AP", "The Associated Press"): the outlet itself is never an added source.
 */
export function attributionProblems(
  text: string,
  quote: string,
  outletNames: readonly string[],
  aliases: AliasGroups = [],
): AttributionProblem[] {
  const problems: AttributionProblem[] = [];
  const ownVoice = new RegExp(String.raw`\b(?:the\s+)?(?:${outletNames.map(escape).join('|')})\s+(?:${OWN_VERBS})\b`, 'giu');
  const ownVoiceRemoved = outletNames.length ? text.replace(ownVoice, '') : text;
  if (QUOTE_ATTRIBUTION.test(quote) && !ATTRIBUTION.test(ownVoiceRemoved)) problems.push({ kind: 'dropped' });

  const hay = new Haystack(quote);
  const own = new Set(outletNames.flatMap((n) => words(n).map((w) => w.folded)));
  for (const source of namedSources(text)) {
    const rest = new Set(withoutAliased(source, hay, aliases).trim().split(' '));
    const names = words(source).filter(
      (w) => /^\p{Lu}/u.test(w.raw) && !NOT_NAMES.has(w.folded) && !own.has(w.folded) && rest.has(w.folded),
    );
    // A source is named when the quote has any of its names: "Secretary of State Marco Rubio" is "Rubio".
    if (names.length && !names.some((w) => hay.hasWord(w.folded))) {
      problems.push({ kind: 'added-source', source: names.map((w) => w.raw).join(' ') });
    }
  }
  return problems;
}
