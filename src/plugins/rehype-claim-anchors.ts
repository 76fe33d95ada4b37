import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { closestPassage } from '../lib/closest-passage';
import { formatProblem, problem } from '../lib/content-errors';
import { contentMode } from '../lib/content-mode';
import { claimAnchor, claimIds, claimRowFromArticle } from '../lib/paths';
import { bodyBlocks, locateQuote, textOf } from '../lib/quotes';
import { articleFrontmatter, sourceName } from './article';

const textLength = (node: ElementContent): number => textOf(node).length;

/** Splits a node at a text offset into two nodes of the same kind; the right half gives up any id. */
function splitNode(node: ElementContent, offset: number): [ElementContent, ElementContent] {
  if (node.type === 'text')
    return [
      { ...node, value: node.value.slice(0, offset) },
      { ...node, value: node.value.slice(offset) },
    ];
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

const holdsLink = (node: Element): boolean => node.children.some((c) => c.type === 'element' && (c.tagName === 'a' || holdsLink(c)));

/**
 * Makes the outermost claim of each nest a link to what every outlet says on its topic; a claim
 * inside it, inside a link of the text or around one stays a span, since links cannot nest.
 */
function linkOutermost(node: Root | Element, inLink = false): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties['dataClaim'] && !inLink && !holdsLink(child)) {
      child.tagName = 'a';
      child.properties['href'] = claimRowFromArticle(String(child.properties['dataTopic']));
    }
    linkOutermost(child, inLink || child.tagName === 'a');
  }
}

/**
 * Anchors every claim in the article's text: the claim's quote is wrapped in
 * `<a class="claim" id="claim-<outlet>-<id>" data-claim data-topic href="../claims/#topic-…">`
 * (a `<span>` when inside another claim), so `/stories/<story>/<outlet>/#claim-<id>` scrolls to the
 * exact words, CSS `:target` highlights them, and following the words shows every outlet's answer.
 * A quote found more than once is anchored where it first occurs. The build stops, with the same
 * message as the site model's check, when the body is empty or a quote is not in it; under
 * `astro dev` the claim is left unanchored and its page shows the model's warning instead.
 */
export default function rehypeClaimAnchors() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article) return;
    const { outlet, claims } = article;
    const stop = contentMode() === 'stop';
    if (bodyBlocks(tree).length === 0 && stop) file.fail(formatProblem(problem.emptyBody(sourceName(file))));
    const ids = claimIds(outlet, claims);
    claims.forEach((claim, index) => {
      const quote = String(claim.quote ?? '');
      const found = locateQuote(tree, quote);
      if (!found) {
        if (!stop) return;
        file.fail(
          formatProblem(problem.quoteNotFound(sourceName(file), { index, topic: claim.topic }, quote, closestPassage(tree, quote))),
        );
      }
      const id = ids[index] as string;
      wrapRange(found.element, found.start, found.end, {
        type: 'element',
        tagName: 'span',
        properties: { id: claimAnchor(id), className: ['claim'], dataClaim: id, dataTopic: claim.topic },
        children: [],
      });
    });
    linkOutermost(tree);
  };
}
