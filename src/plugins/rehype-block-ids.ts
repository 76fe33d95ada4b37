import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { blockAnchor } from '../lib/paths';
import { bodyBlocks } from '../lib/quotes';
import { articleFrontmatter } from './article';

/**
 * Gives every block of an article body an id, `cnn-p1`, `cnn-p2`…, in order, so search can
 * link a passage to `/stories/<story>/<outlet>/#<outlet>-p<n>`.
 */
export default function rehypeBlockIds() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article) return;
    bodyBlocks(tree).forEach((block, index) => {
      block.properties['id'] = blockAnchor(article.outlet, index);
    });
  };
}
