/*
 * The words outlets choose: each term of a story's lexicon (content/lexicon/<story>.yaml) counted
 * in each article, split between the outlet's own voice and words inside quotation marks, with
 * every occurrence kept so the wording page can show and link it. "attack" in a quotation of the
 * IDF is the IDF's word; outside quotation marks it is the outlet's.
 */
import { markedSpans } from './quotation-marks';
import { fold } from './search-text';
import type { ArticleText } from './shared-copy';

/** A term as the lexicon gives it. */
export interface TermInput {
  label: string;
  /** The words or phrases that count as the term; the label alone when absent. */
  forms?: readonly string[] | undefined;
}

/** One place a term occurs in an article. */
export interface Occurrence {
  block: number;
  /** Offsets of the matched words in the block's text. */
  start: number;
  end: number;
  /** The words as printed. */
  text: string;
  /** When inside quotation marks: the index of the quotation among the block's (its anchor); else undefined. */
  quotation: number | undefined;
}

/** A term's occurrences in one article. */
export interface TermCount {
  own: Occurrence[];
  quoted: Occurrence[];
}

/** The id of a term in addresses: its label, folded and hyphenated ("terrorist organization" → `terrorist-organization`). */
export const termId = (label: string) => fold(label.replace(/[-‐‑]/g, ' ')).replace(/ /g, '-');

/** A word's key: folded, a possessive ’s dropped ("Israel’s" counts as "Israel"). */
const keyOf = (word: string) => fold(word.replace(/['’]s$/u, ''));
const WORD = /[\p{L}\p{N}]+(?:['’\-‐‑][\p{L}\p{N}]+)*/gu;

interface Word {
  key: string;
  start: number;
  end: number;
}

/** An article's blocks read once for counting: their words and quoted spans. */
export interface CountableText {
  blocks: { text: string; words: Word[]; spans: ReturnType<typeof markedSpans> }[];
}

/** Reads an article's blocks once, so that each term is matched without reading them again. */
export function countable(article: ArticleText): CountableText {
  return {
    blocks: article.blocks.map(({ text }) => ({
      text,
      words: [...text.matchAll(WORD)].map((m) => ({ key: keyOf(m[0]), start: m.index, end: m.index + m[0].length })),
      spans: markedSpans(text),
    })),
  };
}

/** Where a term's forms occur in one article; the longest form wins where two start at one word. */
export function findTerm(article: ArticleText | CountableText, term: TermInput): TermCount {
  const text = 'outlet' in article ? countable(article) : article;
  const forms = (term.forms?.length ? term.forms : [term.label])
    .map((f) => (f.match(WORD) ?? []).map(keyOf))
    .filter((f) => f.length)
    .sort((a, b) => b.length - a.length);
  const count: TermCount = { own: [], quoted: [] };
  text.blocks.forEach(({ text: blockText, words, spans }, block) => {
    for (let i = 0; i < words.length; i++) {
      const form = forms.find((f) => f.every((k, n) => words[i + n]?.key === k));
      if (!form) continue;
      const start = (words[i] as Word).start;
      const end = (words[i + form.length - 1] as Word).end;
      const inside = spans.findIndex((s) => start > s.start && end < s.end + (s.unclosed ? 1 : 0));
      const occurrence: Occurrence = {
        block,
        start,
        end,
        text: blockText.slice(start, end),
        quotation: inside === -1 ? undefined : inside,
      };
      (inside === -1 ? count.own : count.quoted).push(occurrence);
      i += form.length - 1;
    }
  });
  return count;
}

/** The words around an occurrence, for a keyword-in-context line: [before, the words, after]. */
export function inContext(blockText: string, occurrence: Pick<Occurrence, 'start' | 'end'>, width = 60): [string, string, string] {
  const clip = (text: string, fromEnd: boolean) => {
    const folded = text.replace(/\s+/g, ' ');
    if (folded.length <= width) return folded;
    // Cut at a word boundary, and say so with an ellipsis.
    return fromEnd ? `…${folded.slice(folded.length - width).replace(/^\S*\s/, '')}` : `${folded.slice(0, width).replace(/\s\S*$/, '')}…`;
  };
  return [
    clip(blockText.slice(0, occurrence.start), true),
    blockText.slice(occurrence.start, occurrence.end),
    clip(blockText.slice(occurrence.end), false),
  ];
}
