/*
 * Where the quotation marks of one block of text open and close, and where its sentences end.
 * Outlets print marks as they please: curly or straight, a curly opening closed by a straight
 * mark (“…"), single marks in headlines, a quotation left open at a paragraph's end because it
 * continues in the next. The reading here follows the marks as printed and never corrects them.
 */

/** A run of quoted words as printed: its offsets in the block's text include the marks. */
export interface MarkedSpan {
  start: number;
  end: number;
  /** The words between the marks. */
  inner: string;
  /** True when the opening and closing marks are not a printed pair (“…", "…”). */
  mismatched: boolean;
  /** True when no mark closes it before the block ends: it runs on into the next paragraph. */
  unclosed: boolean;
}

const CURLY_OPEN = new Set(['“', '„', '«']);
const CURLY_CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';
/** The mark each opening mark is printed with as a pair. */
const PAIR: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"', '‘': '’' };

const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
const isLetter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
/** What may stand before an opening mark: nothing, a space, an opening bracket or a dash. */
const opensAfter = (char: string | undefined) => char === undefined || /[\s([{\u2014\u2013-]/u.test(char);

/**
 * The quoted spans of a text, outermost only: single marks inside a double-quoted span (a quote
 * within a quote) belong to it. A straight mark opens or closes by its neighbours (a space before
 * and a word after opens), else by whether a span is open. A single mark opens only as ‘, so
 * apostrophes (Hamas’, it's) never do; a ’ closes only when no letter follows it.
 */
export function markedSpans(text: string): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open: { at: number; mark: string } | undefined;
  const close = (end: number, mark: string | undefined) => {
    if (!open) return;
    const innerEnd = mark ? end - 1 : end;
    spans.push({
      start: open.at,
      end,
      inner: text.slice(open.at + 1, innerEnd),
      mismatched: mark !== undefined && PAIR[open.mark] !== mark && !(open.mark === '„' && mark === '”'),
      unclosed: mark === undefined,
    });
    open = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const before = text[i - 1];
    const after = text[i + 1];
    if (open?.mark === '‘') {
      // Inside single marks only a closing single mark counts; “ and " would be a quote within.
      if (char === '’' && !isLetter(after)) close(i + 1, char);
      continue;
    }
    if (CURLY_OPEN.has(char)) {
      // A new opening while one is open: the earlier one was never closed as printed.
      if (open) close(trimEnd(text, i), undefined);
      open = { at: i, mark: char };
    } else if (CURLY_CLOSE.has(char)) {
      if (open) close(i + 1, char);
    } else if (char === STRAIGHT) {
      const looksOpening = opensAfter(before) && !isSpace(after);
      const looksClosing = !isSpace(before) && (isSpace(after) || /[\p{P}]/u.test(after as string));
      if (open && (looksClosing || !looksOpening)) close(i + 1, char);
      else if (!open && (looksOpening || !looksClosing)) open = { at: i, mark: char };
      else if (open) {
        close(trimEnd(text, i), undefined);
        open = { at: i, mark: char };
      }
    } else if (char === '‘' && !open && opensAfter(before) && !isSpace(after)) {
      open = { at: i, mark: char };
    }
  }
  if (open) close(trimEnd(text, text.length), undefined);
  return spans;
}

/** The offset just after the last non-space character before `end`. */
function trimEnd(text: string, end: number): number {
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** Short words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen rep gen gov lt col sgt capt maj adm prof jr sr no vs etc inc co corp ltd jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/**
 * The sentences of a text as [start, end) offsets. A sentence ends at `.`, `!` or `?` (and any
 * closing marks after it) followed by a space and a capital, a digit or an opening mark; never
 * inside a quoted span, and never after an abbreviation (U.S., Gen.). A quoted span ending in a
 * full stop ends the sentence it closes.
 */
export function sentenceSpans(text: string, spans: readonly MarkedSpan[]): [number, number][] {
  // A full stop just before a closing mark ends the sentence the span closes; others inside do not.
  const inside = (i: number) => spans.some((s) => i > s.start && i < s.end && !/^[.!?]+[”"’»]*$/.test(text.slice(i, s.end)));
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!/[.!?]/.test(text[i] as string) || inside(i)) continue;
    if (text[i] === '.') {
      const before = text.slice(Math.max(0, i - 24), i);
      const word = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // One letter: a dotted abbreviation (U.S., U.N.) or an initial in a name (Donald J. Trump), but "on X." ends a sentence.
      if (word.length === 1 && (/\p{L}\.\p{L}$/u.test(before) || /\p{Lu}[\p{L}'’-]*\s+\p{Lu}$/u.test(before))) continue;
    }
    let end = i + 1;
    while (end < text.length && /[”"’»)\]]/.test(text[end] as string)) end++;
    const rest = text.slice(end);
    const next = /^\s+(\S)/u.exec(rest)?.[1];
    if (next === undefined ? rest.trim() === '' : /[\p{Lu}\p{N}“"‘«(]/u.test(next)) {
      out.push([start, end]);
      start = end + (/^\s*/.exec(rest)?.[0].length ?? 0);
      i = end - 1;
    }
  }
  if (text.slice(start).trim()) out.push([start, trimEnd(text, text.length)]);
  return out;
}
