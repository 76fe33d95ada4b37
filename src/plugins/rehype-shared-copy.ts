import type { Element, Root } from 'hast';
import { bodyBlocks } from '../lib/quotes';
import { type SharedPassage, sharedMarks } from '../lib/shared-copy';
import { markRange } from './mark-range';

/**
 * Marks the words an article shares word for word with another of the story's articles
 * (src/lib/shared-copy.ts): `<mark class="shared" data-shared="<outlet> <outlet>">`, naming the
 * other outlets, wherever the body is shown (the article page, the compare view). `passages` are
 * the story's, found once per build by the site model; the marks sit inside claims and
 * quotations and never split them.
 */
export default function rehypeSharedCopy({ outlet, passages }: { outlet: string; passages: readonly SharedPassage[] }) {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    for (const mark of sharedMarks(passages, outlet)) {
      const block = blocks[mark.block] as Element | undefined;
      if (!block) continue;
      markRange(block, mark.start, mark.end, () => ({
        type: 'element',
        tagName: 'mark',
        properties: { className: ['shared'], dataShared: mark.with.join(' ') },
        children: [],
      }));
    }
  };
}
