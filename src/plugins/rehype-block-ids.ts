import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { articleFrontmatter } from './article';

/** Top-level blocks of an article body, in the order the site model counts them (src/lib/text.ts). */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol']);

/**
 * The anchor of an article's n-th block (0-based), `<outlet>-p<n>` from 1, so search can link to
 * a passage's exact words. The outlet keeps ids unique where several articles share a page.
 */
export const blockAnchor = (outlet: string, index: number) => `${outlet}-p${index + 1}`;

/**
 * Gives every top-level block of an article body an id, `cnn-p1`, `cnn-p2`…, in order. Search
 * results for a passage link to `/stories/<story>/<outlet>/#<outlet>-p<n>`.
 */
export default function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article) return;
    let index = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && BLOCKS.has(node.tagName)) node.properties['id'] = blockAnchor(article.outlet, index++);
    }
  };
}
