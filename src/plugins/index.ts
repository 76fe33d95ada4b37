import type { RehypePlugins } from 'astro';
import rehypeBlockIds from './rehype-block-ids';
import rehypeClaimAnchors from './rehype-claim-anchors';
import rehypeDemoteHeadings from './rehype-demote-headings';
import rehypeQuotationAnchors from './rehype-quotation-anchors';
import rehypeSharedCopy from './rehype-shared-copy';

/**
 * The rehype plugins every article body goes through, in order. The quotation anchors and the
 * shared-copy marks come after the claim anchors: they nest inside claims and never split them.
 */
export const rehypePlugins: RehypePlugins = [
  rehypeDemoteHeadings,
  rehypeBlockIds,
  rehypeClaimAnchors,
  rehypeQuotationAnchors,
  rehypeSharedCopy,
];
