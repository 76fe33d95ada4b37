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
  if (ASCII.test(original)) return foldAsciiWithMap(original);
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

/** `foldWithMap` for plain ASCII (most text): the same result, a character code at a time. */
function foldAsciiWithMap(original: string): Folded {
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code === 39 || code === 45) continue;
    const separator =
      code <= 32
        ? code === 32 || (code >= 9 && code <= 13)
        : (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
    if (separator) {
      if (text && !text.endsWith(' ')) {
        text += ' ';
        from.push(i);
      }
      continue;
    }
    text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : original[i];
    from.push(i);
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    from.pop();
  }
  return { text, from };
}

const JOINERS_ALL = new RegExp(JOINERS.source, 'gu');
/** Plain ASCII, the bulk of the text: the same folding with cheaper expressions (nothing to decompose). */
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_JOINERS = /['-]/g;
const ASCII_SEPARATOR_RUNS = /[\s!-/:-@[-`{-~]+/g;
const SEPARATOR_RUNS = new RegExp(`${SEPARATORS.source}+`, 'gu');

/**
 * The folded text alone: the same text as `foldWithMap(text).text`, made with a few whole-string
 * passes instead of one per character, because the index folds every claim and passage of the
 * site at build time and the browser folds each shard it loads. Like `foldWithMap`, it decides
 * what is a joiner or a separator on the original characters, then decomposes and lowercases the
 * rest (a capital sigma is lowered on its own, as character by character, not as a final sigma).
 */
export const fold = (text: string) =>
  ASCII.test(text)
    ? text.replace(ASCII_JOINERS, '').replace(ASCII_SEPARATOR_RUNS, ' ').toLowerCase().replace(/^ | $/g, '')
    : text
        .replace(JOINERS_ALL, '')
        .replace(SEPARATOR_RUNS, ' ')
        .normalize('NFKD')
        .replace(MARKS, '')
        .replaceAll('Σ', 'σ')
        .toLowerCase()
        .replace(/^ | $/g, '');

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
