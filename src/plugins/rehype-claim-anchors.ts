import type { Element, ElementContent, Root } from 'hast';
import { claimAnchor, claimRowFromArticle } from '../lib/paths';
import { locateQuote, textOf } from '../lib/quotes';

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

/** What the anchors need of a claim: its id (`<outlet>-<id>`, see `claimIds`), topic and quote. */
export interface AnchoredClaim {
  id: string;
  topic: string;
  quote: string;
}

/**
 * Anchors every claim in the article's text: the claim's quote is wrapped in
 * `<a class="claim" id="claim-<outlet>-<id>" data-claim data-topic href="../claims/#topic-…">`
 * (a `<span>` when inside another claim), so `/stories/<story>/<outlet>/#claim-<id>` scrolls to the
 * exact words, CSS `:target` highlights them, and following the words shows every outlet's answer.
 * A quote found more than once is anchored where it first occurs. The site model has checked
 * every quote already (src/lib/model.ts): the build stops on one not in the text, and under
 * `astro dev` such a claim is left unanchored while its page shows the model's warning.
 */
export default function rehypeClaimAnchors({ claims }: { claims: readonly AnchoredClaim[] }) {
  return (tree: Root) => {
    for (const claim of claims) {
      const found = locateQuote(tree, claim.quote);
      if (!found) continue;
      wrapRange(found.element, found.start, found.end, {
        type: 'element',
        tagName: 'span',
        properties: { id: claimAnchor(claim.id), className: ['claim'], dataClaim: claim.id, dataTopic: claim.topic },
        children: [],
      });
    }
    linkOutermost(tree);
  };
}
