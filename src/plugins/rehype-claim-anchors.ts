import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { problem } from '../lib/content-errors';
import { claimAnchor, claimIds } from '../lib/paths';
import { bodyBlocks, locateQuote, textOf } from '../lib/quotes';
import { articleFrontmatter, sourceName } from './article';

const textLength = (node: ElementContent): number => textOf(node).length;

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
function wrapRange(parent: Element, start: number, end: number, wrapper: Element): void {
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
 * them. A quote found more than once is anchored where it first occurs. The build stops, with
 * the same message as the site model's check, when the body is empty or a quote is not in it.
 */
export default function rehypeClaimAnchors() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article) return;
    const { outlet, claims } = article;
    if (bodyBlocks(tree).length === 0) file.fail(problem.emptyBody(sourceName(file)));
    const ids = claimIds(outlet, claims);
    claims.forEach((claim, index) => {
      const quote = String(claim.quote ?? '');
      const found = locateQuote(tree, quote);
      if (!found) file.fail(problem.quoteNotFound(sourceName(file), { index, topic: claim.topic }, quote));
      const id = ids[index] as string;
      wrapRange(found.element, found.start, found.end, {
        type: 'element',
        tagName: 'span',
        properties: { id: claimAnchor(id), className: ['claim'], dataClaim: id, dataTopic: claim.topic },
        children: [],
      });
    });
  };
}
