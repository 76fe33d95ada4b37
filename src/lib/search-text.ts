/**
 * The one text folding that search uses, at build time (the index) and in the browser (queries
 * and highlights), so that both sides agree character for character.
 *
 * Folding ignores case and accents ("Café" → "cafe"), removes apostrophes and joining hyphens
 * ("Al-Thani" → "althani", "F-35" → "f35", "Hamas’" → "hamas"), turns any other punctuation or
 * symbol into a space, and collapses spaces. Query words match parts of words, and the query
 * is also tried with its words joined and its hyphens split (src/lib/search.ts), so "Al-Thani",
 * "al thani" and "althani" all find both "Al-Thani" and "Al Thani".
 */

const JOINERS = /['’ʼ\-‐‑]/u;
const MARKS = /\p{M}/gu;
const SEPARATORS = /[\s\p{P}\p{S}]/u;

export interface Folded {
  /** The folded text. */
  text: string;
  /** For each character of `text`, the index of the original character it came from. */
  from: number[];
}

/** Folds text for matching, remembering where each folded character came from. */
export function foldWithMap(original: string): Folded {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const char of original) {
    const at = i;
    i += char.length;
    if (JOINERS.test(char)) continue;
    if (SEPARATORS.test(char)) {
      if (text && !text.endsWith(' ')) {
        text += ' ';
        from.push(at);
      }
      continue;
    }
    for (const out of char.normalize('NFKD').replace(MARKS, '').toLowerCase()) {
      text += out;
      from.push(at);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
  }
  return { text, from };
}

/** The folded text alone. */
export const fold = (text: string) => foldWithMap(text).text;


/** Like `fold`, but hyphens separate words instead of joining them: how a quoted phrase is compared. */
export const foldSpaced = (text: string) => fold(text.replace(/[-‐‑]/g, ' '));

/**
 * Maps ranges in folded text (inclusive ends, as Fuse reports them) to half-open ranges of the
 * original text, merged and sorted: where to put the highlights.
 */
export function toOriginalRanges(folded: Folded, original: string, ranges: readonly (readonly [number, number])[]): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = folded.from[start];
    const to = folded.from[end];
    if (from === undefined || to === undefined) continue;
    const codePoint = original.codePointAt(to) ?? 0;
    const range: [number, number] = [from, to + (codePoint > 0xffff ? 2 : 1)];
    const last = out.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}
