import type { RehypePlugins } from 'astro';
import rehypeDemoteHeadings from './rehype-demote-headings';

/** The rehype plugins every article body goes through, in order. */
export const rehypePlugins: RehypePlugins = [rehypeDemoteHeadings];
