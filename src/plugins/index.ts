import type { RehypePlugins } from 'astro';
import rehypeBlockIds from './rehype-block-ids';
import rehypeClaimAnchors from './rehype-claim-anchors';
import rehypeDemoteHeadings from './rehype-demote-headings';

/** The rehype plugins every article body goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeDemoteHeadings, rehypeBlockIds, rehypeClaimAnchors];
