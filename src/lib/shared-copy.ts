/*
 * Passages two outlets print word for word: long runs of the same words, compared with case,
 * accents and punctuation folded away (curly or straight apostrophes, "Al-Thani" or "Al Thani").
 * Such a run tells one text printed twice (wire copy, or one outlet copying another) from two
 * outlets agreeing in their own words. A run inside quotation marks in both articles is the same
 * quotation, and is said to be so. The overview lists the runs; a rehype plugin marks them in
 * every rendered article body (src/plugins/rehype-shared-copy.ts), both from this module.
 */
import { markedSpans, sentenceSpans } from './quotation-marks';
import { fold } from './search-text';

/**
 * A run must have at least this many words to count. A long proper name ("Qatari Prime Minister
 * Sheikh Mohammed bin Abdulrahman Al Thani", 8 words) is shared by any two reports that name him;
 * ten words in a row is a sentence, not a name.
 */
export const MIN_SHARED_WORDS = 10;

/** An article's text as the comparison reads it: its outlet and its blocks (see src/lib/quotes.ts). */
export interface ArticleText {
  outlet: string;
  blocks: readonly { text: string }[];
}

/** Offsets of a stretch of one block's text. */
export interface TextRange {
  block: number;
  start: number;
  end: number;
}

export interface SharedPassage {
  /** The two outlets, in the order given. */
  outlets: [string, string];
  /** How many words they share in a row. */
  words: number;
  /** The words as the first outlet prints them (whitespace folded). */
  text: string;
  /** Where each of the two prints them, block by block. */
  ranges: [TextRange[], TextRange[]];
  /**
   * Where the words stand: `all` inside quotation marks in both articles (both quote the same
   * words), `none` outside them in both (the outlets' own words), `part` anything between.
   */
  quoted: 'all' | 'part' | 'none';
}

interface Token {
  /** The folded word, or `¶` for the end of a sentence or block (it must match another end). */
  key: string;
  block: number;
  start: number;
  end: number;
  quoted: boolean;
}

const BREAK = '¶';

/** The words of an article, folded, with a break token between sentences and between blocks. */
function tokens(article: ArticleText): Token[] {
  const out: Token[] = [];
  article.blocks.forEach(({ text }, block) => {
    const spans = markedSpans(text);
    const ends = sentenceSpans(text, spans).map(([, end]) => end);
    const inside = (i: number) => spans.some((s) => i > s.start && i < s.end);
    let sentence = 0;
    for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu)) {
      while (sentence < ends.length && m.index >= (ends[sentence] as number)) {
        out.push({ key: BREAK, block, start: m.index, end: m.index, quoted: false });
        sentence++;
      }
      out.push({ key: fold(m[0]), block, start: m.index, end: m.index + m[0].length, quoted: inside(m.index) });
    }
    out.push({ key: BREAK, block, start: text.length, end: text.length, quoted: false });
  });
  return out;
}

/** The stretches of text a run of tokens covers, one per block. */
function rangesOf(run: readonly Token[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (const t of run) {
    if (t.key === BREAK) continue;
    const last = ranges.at(-1);
    if (last && last.block === t.block) last.end = t.end;
    else ranges.push({ block: t.block, start: t.start, end: t.end });
  }
  return ranges;
}

const SEED = 4;

function quotedShare(run: readonly Token[]): SharedPassage['quoted'] {
  const words = run.filter((t) => t.key !== BREAK);
  if (words.every((t) => t.quoted)) return 'all';
  return words.some((t) => t.quoted) ? 'part' : 'none';
}

/** The maximal runs of at least `MIN_SHARED_WORDS` words that two articles share. */
function sharedRuns(a: ArticleText, b: ArticleText, ta: Token[], tb: Token[]): SharedPassage[] {
  const seeds = new Map<string, number[]>();
  for (let j = 0; j + SEED <= tb.length; j++) {
    const key = tb
      .slice(j, j + SEED)
      .map((t) => t.key)
      .join(' ');
    seeds.set(key, [...(seeds.get(key) ?? []), j]);
  }
  const found: SharedPassage[] = [];
  for (let i = 0; i + SEED <= ta.length; i++) {
    const key = ta
      .slice(i, i + SEED)
      .map((t) => t.key)
      .join(' ');
    for (const j of seeds.get(key) ?? []) {
      // Only from where a run starts: the tokens before differ.
      if (i > 0 && j > 0 && (ta[i - 1] as Token).key === (tb[j - 1] as Token).key) continue;
      let n = SEED;
      while (i + n < ta.length && j + n < tb.length && (ta[i + n] as Token).key === (tb[j + n] as Token).key) n++;
      let from = 0;
      let to = n;
      // A run starts and ends on words, not on a break.
      while (from < to && (ta[i + from] as Token).key === BREAK) from++;
      while (to > from && (ta[i + to - 1] as Token).key === BREAK) to--;
      const runA = ta.slice(i + from, i + to);
      const runB = tb.slice(j + from, j + to);
      const words = runA.filter((t) => t.key !== BREAK).length;
      if (words < MIN_SHARED_WORDS) continue;
      const rangesA = rangesOf(runA);
      const text = rangesA
        .map((r) => (a.blocks[r.block] as { text: string }).text.slice(r.start, r.end))
        .join(' ')
        .replace(/\s+/g, ' ');
      found.push({
        outlets: [a.outlet, b.outlet],
        words,
        text,
        ranges: [rangesA, rangesOf(runB)],
        quoted: quotedShare([...runA, ...runB]),
      });
    }
  }
  return found;
}

/** Every passage two of the articles share word for word, longest first. */
export function sharedPassages(articles: readonly ArticleText[]): SharedPassage[] {
  const all = articles.map(tokens);
  const found: SharedPassage[] = [];
  for (let x = 0; x < articles.length; x++) {
    for (let y = x + 1; y < articles.length; y++) {
      found.push(...sharedRuns(articles[x] as ArticleText, articles[y] as ArticleText, all[x] as Token[], all[y] as Token[]));
    }
  }
  return found.sort((p, q) => q.words - p.words);
}

/** A stretch of one article's text that other outlets print too, with those outlets. */
export interface SharedMark extends TextRange {
  /** Ids of the outlets that print these words too, sorted. */
  with: string[];
}

/**
 * Where one article's words are shared, cut into stretches that each share with the same
 * outlets: what the rehype plugin marks, `data-shared="cnn truthout"`.
 */
export function sharedMarks(passages: readonly SharedPassage[], outlet: string): SharedMark[] {
  const pieces: { range: TextRange; other: string }[] = [];
  for (const p of passages) {
    const side = p.outlets.indexOf(outlet);
    if (side === -1) continue;
    for (const range of p.ranges[side] as TextRange[]) pieces.push({ range, other: p.outlets[1 - side] as string });
  }
  const marks: SharedMark[] = [];
  const blocks = [...new Set(pieces.map((p) => p.range.block))].sort((m, n) => m - n);
  for (const block of blocks) {
    const here = pieces.filter((p) => p.range.block === block);
    const cuts = [...new Set(here.flatMap((p) => [p.range.start, p.range.end]))].sort((m, n) => m - n);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const start = cuts[k] as number;
      const end = cuts[k + 1] as number;
      const other = [...new Set(here.filter((p) => p.range.start <= start && end <= p.range.end).map((p) => p.other))].sort();
      if (!other.length) continue;
      const last = marks.at(-1);
      if (last && last.block === block && last.end === start && last.with.join() === other.join()) last.end = end;
      else marks.push({ block, start, end, with: other });
    }
  }
  return marks;
}
