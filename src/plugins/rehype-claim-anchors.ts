import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { claimIds } from '../lib/model';
import { articleFrontmatter } from './article';

/** Elements whose text a quote may lie in: a quote never spans two of them. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'figcaption']);

type Node = Root | RootContent;

const textLength = (node: Node): number =>
  node.type === 'text' ? node.value.length : 'children' in node ? node.children.reduce((n, c) => n + textLength(c), 0) : 0;

function textOf(node: Node): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

/**
 * Where `quote` first occurs in `text`, whitespace aside, as offsets into `text`; undefined when absent.
 * Whitespace runs are folded on both sides, as the build's quote check folds them.
 */
export function findFolded(text: string, quote: string): [number, number] | undefined {
  const needle = quote.replace(/\s+/g, ' ').trim();
  if (!needle) return undefined;
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i] as string);
    if (space && (folded.endsWith(' ') || folded === '')) continue;
    folded += space ? ' ' : text[i];
    at.push(i);
  }
  const start = folded.indexOf(needle);
  if (start === -1) return undefined;
  return [at[start] as number, (at[start + needle.length - 1] as number) + 1];
}

/** Splits a node at a text offset into two nodes of the same kind; the right half gives up any id. */
function splitNode(node: ElementContent, offset: number): [ElementContent, ElementContent] {
  if (node.type === 'text') return [{ ...node, value: node.value.slice(0, offset) }, { ...node, value: node.value.slice(offset) }];
  if (node.type !== 'element') throw new Error(`cannot split a ${node.type} node`);
  const left: Element = { ...node, children: [...node.children] };
  const { id: _id, ...rest } = node.properties;
  const right: Element = { ...node, properties: rest, children: [] };
  const at = splitChildren(left, offset);
  right.children = left.children.splice(at);
  return [left, right];
}

/** Makes a child boundary at `offset` in `parent`'s text; returns the index of the child that starts there. */
function splitChildren(parent: Element, offset: number): number {
  let pos = 0;
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i] as ElementContent;
    const length = textLength(child);
    if (offset === pos) return i;
    if (offset < pos + length) {
      parent.children.splice(i, 1, ...splitNode(child, offset - pos));
      return i + 1;
    }
    pos += length;
  }
  return parent.children.length;
}

/**
 * Wraps the text between two offsets of `parent` in one `wrapper` element, splitting inline
 * elements the range starts or ends inside (`<em>` → two `<em>`s), and nesting inside an
 * existing element when the range lies wholly within it.
 */
export function wrapRange(parent: Element, start: number, end: number, wrapper: Element): void {
  let pos = 0;
  for (const child of parent.children) {
    const length = textLength(child);
    if (child.type === 'element' && pos <= start && end <= pos + length) {
      wrapRange(child, start - pos, end - pos, wrapper);
      return;
    }
    pos += length;
  }
  const first = splitChildren(parent, start);
  const last = splitChildren(parent, end);
  const inside = parent.children.splice(first, last - first, wrapper);
  wrapper.children = inside;
}

/**
 * Anchors every claim in the article's text: the claim's quote is wrapped in
 * `<span class="claim" id="claim-<outlet>-<id>" data-claim data-topic>`, so
 * `/stories/<story>/<outlet>/#claim-<id>` scrolls to the exact words and CSS `:target` highlights
 * them. A quote found more than once is anchored where it first occurs. Files without `outlet`
 * and `claims` in their frontmatter (not articles) pass through untouched.
 */
export default function rehypeClaimAnchors() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article) return;
    const { outlet, claims } = article;
    const blocks: Element[] = [];
    visit(tree, 'element', (node) => {
      if (BLOCKS.has(node.tagName)) {
        blocks.push(node);
        return 'skip';
      }
      return undefined;
    });
    const where = file.path ? relative(process.cwd(), file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path) : 'an article';
    if (!textOf(tree).trim()) file.fail(`${where}: the body is empty: it must hold the article's text, verbatim.`);
    const ids = claimIds(outlet, claims);
    claims.forEach((claim, i) => {
      for (const block of blocks) {
        const range = findFolded(textOf(block), String(claim.quote ?? ''));
        if (!range) continue;
        const wrapper: Element = {
          type: 'element',
          tagName: 'span',
          properties: { id: `claim-${ids[i]}`, className: ['claim'], dataClaim: ids[i], dataTopic: claim.topic },
          children: [],
        };
        wrapRange(block, range[0], range[1], wrapper);
        return;
      }
      file.fail(`${where}: claims[${i}] (topic "${claim.topic}") field "quote": not found verbatim in the body: "${String(claim.quote).slice(0, 80)}"`);
    });
  };
}
