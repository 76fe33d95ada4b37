import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** One block of an article body as a reader sees it: a paragraph or a subhead, as plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** The body's blocks in order, Markdown syntax removed, as the rendered page shows them. */
export function bodyBlocks(markdown: string): TextBlock[] {
  const tree = parser.parse(markdown) as Root;
  return tree.children.flatMap((node: RootContent): TextBlock[] => {
    if (node.type === 'heading') return [{ kind: 'heading', text: toString(node) }];
    if (node.type === 'paragraph' || node.type === 'blockquote' || node.type === 'list') {
      return [{ kind: 'paragraph', text: toString(node, { includeHtml: false }) }];
    }
    return [];
  });
}

/** Collapses every run of whitespace to one space and trims: quotes match "whitespace aside". */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Where a quote occurs in the body: the block it lies in and how many times it occurs in all. */
export interface QuoteLocation {
  block: number;
  occurrences: number;
}

/** Finds a quote verbatim (whitespace aside) inside one block of the body; `undefined` when absent. */
export function locateQuote(blocks: readonly TextBlock[], quote: string): QuoteLocation | undefined {
  const needle = foldWhitespace(quote);
  if (!needle) return undefined;
  let first = -1;
  let occurrences = 0;
  blocks.forEach((block, i) => {
    const hay = foldWhitespace(block.text);
    for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
      if (first === -1) first = i;
      occurrences++;
    }
  });
  return first === -1 ? undefined : { block: first, occurrences };
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,]+[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
