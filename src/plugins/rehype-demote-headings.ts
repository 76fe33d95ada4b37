import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const HEADING = /^h([1-6])$/;

/**
 * Moves an article's own subheads one level down (`##` → `<h3>`). Every page that shows an
 * article body puts it under a heading of its own (the compare view's column head, the article
 * page's "Article text"), so the outlet's subheads sit beneath it in the outline.
 */
export default function rehypeDemoteHeadings({ by = 1 }: { by?: number } = {}) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const match = HEADING.exec(node.tagName);
      if (match) node.tagName = `h${Math.min(6, Number(match[1]) + by)}`;
    });
  };
}
