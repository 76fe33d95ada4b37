/*
 * For a quote not found in its body: the passage it was most likely copied from, and what
 * differs, so the message can say `straight ' where the text has ’` instead of only "not found".
 *
 * The passage is found by approximate substring matching (Sellers' algorithm: edit distance
 * where the match may start and end anywhere in the text), within each block a quote may lie in,
 * as `locateQuote` searches them; what differs is read from a word diff (jsdiff) of the quote
 * against that passage. Whitespace is folded on both sides first, since it never matters.
 */
import { diffWordsWithSpace } from 'diff';
import type { Root } from 'hast';
import type { NearMiss } from './content-errors';
import { bodyBlocks, findQuote, innermostBlocks, textOf } from './quotes';
import { foldWhitespace } from './text';

/** Characters a quote most often gets wrong, by name: a person cannot see `’` from `'` in a message. */
const NAMED: Record<string, string> = {
  "'": "straight '",
  '"': 'straight "',
  '‘': 'curly ‘',
  '’': 'curly ’',
  '“': 'curly “',
  '”': 'curly ”',
  '-': 'hyphen -',
  '–': 'en dash –',
  '—': 'em dash —',
  '…': 'ellipsis …',
  '...': 'three dots ...',
};
const named = (text: string) => NAMED[text] ?? `"${text}"`;

/**
 * Where in `text` the span most like `quote` lies, and its edit distance from it (Sellers 1980):
 * the last row of the edit-distance table with a free start in the text gives the best end; a
 * second row carried alongside gives where that alignment starts.
 */
export function closestSpan(text: string, quote: string): { start: number; end: number; distance: number } {
  const m = quote.length;
  const n = text.length;
  let cost = new Uint32Array(n + 1);
  let from = Uint32Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const nextCost = new Uint32Array(n + 1);
    const nextFrom = new Uint32Array(n + 1);
    nextCost[0] = i;
    nextFrom[0] = 0;
    for (let j = 1; j <= n; j++) {
      const substitute = cost[j - 1]! + (quote[i - 1] === text[j - 1] ? 0 : 1);
      const skipQuote = cost[j]! + 1;
      const skipText = nextCost[j - 1]! + 1;
      if (substitute <= skipQuote && substitute <= skipText) {
        nextCost[j] = substitute;
        nextFrom[j] = from[j - 1]!;
      } else if (skipQuote <= skipText) {
        nextCost[j] = skipQuote;
        nextFrom[j] = from[j]!;
      } else {
        nextCost[j] = skipText;
        nextFrom[j] = nextFrom[j - 1]!;
      }
    }
    cost = nextCost;
    from = nextFrom;
  }
  // Of equally close ends, the last: a quote that drops a word ("condemned strike") then ends where the text's words do.
  let end = 0;
  for (let j = 1; j <= n; j++) if (cost[j]! <= cost[end]!) end = j;
  return { start: from[end]!, end, distance: cost[end]! };
}

/** What differs between a quote and the passage, word by word, as a person would say it. */
export function describeDifferences(passage: string, quote: string): string[] {
  const parts = diffWordsWithSpace(foldWhitespace(passage), foldWhitespace(quote));
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) continue;
    const next = parts[i + 1];
    const before = parts[i - 1] && !parts[i - 1]!.added && !parts[i - 1]!.removed ? parts[i - 1]!.value.trim().split(' ').at(-1) : '';
    if (part.removed && next?.added) {
      // The text has `part`, the quote has `next` in its place.
      if (part.value.trim() || next.value.trim()) out.push(`${named(next.value.trim())} where the text has ${named(part.value.trim())}`);
      i++;
    } else if (part.removed) {
      if (part.value.trim()) out.push(`no ${named(part.value.trim())}${before ? ` after "${before}"` : ''} where the text has one`);
    } else if (part.value.trim()) {
      out.push(`${named(part.value.trim())}${before ? ` after "${before}"` : ''}, which the text does not`);
    }
  }
  return out;
}

/**
 * The closest passage of the body to a quote that is not in it, or undefined when nothing is
 * close (more than two-fifths of the quote would have to change). A quote that runs from one
 * block into the next is reported as such: the fix there is to shorten it, not to retype it.
 */
export function closestPassage(tree: Root, quote: string): NearMiss | undefined {
  const needle = foldWhitespace(quote);
  if (!needle) return undefined;
  const blocks = bodyBlocks(tree);
  const texts = blocks.map((block) => foldWhitespace(textOf(block)));
  for (let b = 0; b + 1 < texts.length; b++) {
    const joined = `${texts[b]} ${texts[b + 1]}`;
    const range = findQuote(joined, needle);
    if (range && range[0] < texts[b]!.length && range[1] > texts[b]!.length)
      return { paragraph: b + 1, passage: '', differences: [], spans: [b + 1, b + 2] };
  }
  let best: (NearMiss & { distance: number }) | undefined;
  blocks.forEach((block, index) => {
    for (const element of innermostBlocks(block)) {
      const text = foldWhitespace(textOf(element));
      if (!text) continue;
      const span = closestSpan(text, needle);
      if (best && span.distance >= best.distance) continue;
      const passage = widenToWords(text, span.start, span.end);
      const start = element.position?.start;
      best = {
        paragraph: index + 1,
        passage,
        differences: describeDifferences(passage, needle),
        distance: span.distance,
        ...(start ? { position: { line: start.line, column: start.column } } : {}),
      };
    }
  });
  if (!best || best.distance > Math.max(2, needle.length * 0.4)) return undefined;
  const { distance: _, ...near } = best;
  return near;
}

/** The span widened to whole words, so the passage shown does not start or end inside one. */
function widenToWords(text: string, start: number, end: number): string {
  const word = /[\p{L}\p{N}’'-]/u;
  while (start > 0 && word.test(text[start - 1]!) && word.test(text[start]!)) start--;
  while (end < text.length && word.test(text[end]!) && end > 0 && word.test(text[end - 1]!)) end++;
  return text.slice(start, end).trim();
}
