import type { Root } from 'hast';
import { blockAnchor } from '../lib/paths';
import { bodyBlocks } from '../lib/quotes';

/**
 * Gives every block of an article body an id, `cnn-p1`, `cnn-p2`…, in order, so search can
 * link a passage to `/stories/<story>/<outlet>/#<outlet>-p<n>`.
 */
export default function rehypeBlockIds({ outlet }: { outlet: string }) {
  return (tree: Root) => {
    bodyBlocks(tree).forEach((block, index) => {
      block.properties['id'] = blockAnchor(outlet, index);
    });
  };
}
