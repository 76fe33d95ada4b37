import type { RehypePlugins } from 'astro';
import rehypeClaimAnchors from './rehype-claim-anchors';
import rehypeDemoteHeadings from './rehype-demote-headings';

/** The rehype plugins every article body goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeDemoteHeadings, rehypeClaimAnchors];
