import type { Element, Root, RootContent } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { foldWhitespace } from './text';

/*
 * An article body's blocks, and where a claim's quote lies in them. The site model (model.ts)
 * parses each body once, with `markdownTrees`; its checks read that tree, and the rehype plugins
 * (src/plugins/) then mark it up and render it. Both use the functions below, so passage
 * anchors (`#<outlet>-p<n>`), search links and quote checks count and match alike.
 */

/**
 * Elements that make a block of text. The body's top-level ones are its blocks, numbered for
 * passage anchors; a quote lies within one block that holds no other (a paragraph, a heading,
 * a list item, a table cell), so it may not span paragraphs.
 */
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'table', 'td', 'th']);

const HEADING = /^h[1-6]$/;

const isBlock = (node: RootContent): node is Element => node.type === 'element' && BLOCK_TAGS.has(node.tagName);

/** A node's text as the page shows it (markup and raw HTML left out). */
export function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });

/**
 * The HTML tree of a Markdown body, as the site renders it (src/plugins/index.ts): parsed with
 * GFM, no smart punctuation (the outlets' quotation marks are evidence), raw HTML left as raw nodes.
 */
export function markdownTree(markdown: string): Root {
  return markdownTrees(markdown).html;
}

/** A body parsed once into both trees: the Markdown syntax tree (what was written) and the HTML tree (what is shown). */
export function markdownTrees(markdown: string): { markdown: MdastRoot; html: Root } {
  const tree = processor.parse(markdown);
  return { markdown: tree, html: processor.runSync(tree) };
}

/** The body's blocks, in order: its top-level block elements. Passage anchors number these. */
export const bodyBlocks = (tree: Root): Element[] => tree.children.filter(isBlock);

/** One block of an article body as a reader sees it: a paragraph or a subhead, as plain text. */
export interface TextBlock {
  kind: 'paragraph' | 'heading';
  text: string;
}

/** The body's blocks as plain text, for word counts, search passages and the content tests. */
export const textBlocks = (tree: Root): TextBlock[] =>
  bodyBlocks(tree).map((block) => ({ kind: HEADING.test(block.tagName) ? 'heading' : 'paragraph', text: textOf(block) }));

/** The blocks inside `block` that hold no other block, in order; `block` itself when it holds none. A quote lies within one of these. */
export function innermostBlocks(block: Element): Element[] {
  const inner: Element[] = [];
  visit(block, 'element', (node) => {
    if (node === block || !BLOCK_TAGS.has(node.tagName)) return undefined;
    inner.push(node);
    return SKIP;
  });
  return inner.length ? inner.flatMap(innermostBlocks) : [block];
}

/**
 * Where `quote` first occurs in `text`, as offsets into `text`; undefined when absent or blank.
 * Whitespace aside: any run of whitespace in either matches any run in the other. Everything
 * else, punctuation included, must be exact.
 */
export function findQuote(text: string, quote: string): [start: number, end: number] | undefined {
  const needle = foldWhitespace(quote);
  if (!needle || !text.includes(longestWord(needle))) return undefined;
  let folded = '';
  /** `at[i]`: the offset in `text` of the folded text's i-th character. */
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && (folded === '' || folded.endsWith(' '))) continue;
    folded += space ? ' ' : text[i];
    at.push(i);
  }
  const start = folded.indexOf(needle);
  if (start === -1) return undefined;
  return [at[start] as number, (at[start + needle.length - 1] as number) + 1];
}

/**
 * Whether a UTF-16 code unit is whitespace as `/\s/` has it. Checked per character of every
 * block a quote is looked for in: a regular expression per character made this the build's hot spot.
 */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The longest space-free piece of a whitespace-folded quote: a text without it cannot hold the quote. */
function longestWord(needle: string): string {
  let longest = '';
  for (const word of needle.split(' ')) if (word.length > longest.length) longest = word;
  return longest;
}

/** Where a quote lies in the body. */
export interface QuoteLocation {
  /** Index of the body block holding it (see `bodyBlocks`). */
  block: number;
  /** The innermost block element holding it, and its offsets in that element's text. */
  element: Element;
  start: number;
  end: number;
}

/** Finds a quote in one block of the body, where it first occurs; undefined when it is not there. */
export function locateQuote(tree: Root, quote: string): QuoteLocation | undefined {
  const word = longestWord(foldWhitespace(quote));
  for (const [index, block] of bodyBlocks(tree).entries()) {
    // Most blocks lack the quote's longest word: skip them before looking inside.
    if (!textOf(block).includes(word)) continue;
    for (const element of innermostBlocks(block)) {
      const range = findQuote(textOf(element), quote);
      if (range) return { block: index, element, start: range[0], end: range[1] };
    }
  }
  return undefined;
}
