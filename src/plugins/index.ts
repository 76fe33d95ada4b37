import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { SharedPassage } from '../lib/shared-copy';
import rehypeBlockIds from './rehype-block-ids';
import rehypeClaimAnchors, { type AnchoredClaim } from './rehype-claim-anchors';
import rehypeDemoteHeadings from './rehype-demote-headings';
import rehypeQuotationAnchors from './rehype-quotation-anchors';
import rehypeSharedCopy from './rehype-shared-copy';

/** What an article body's marks are made from: its outlet, its claims, and the story's shared passages. */
export interface BodyMarks {
  outlet: string;
  claims: readonly AnchoredClaim[];
  shared: readonly SharedPassage[];
}

/**
 * An article body's HTML, from the tree the site model parsed its Markdown into
 * (`markdownTrees` in src/lib/quotes.ts), through the rehype plugins in order: subheads demoted,
 * blocks numbered, claims anchored, then quotations and shared copy, which nest inside claims and
 * never split them. The tree is changed in place. Raw HTML is passed through as written (the
 * content rules allow none in a body).
 */
export function bodyHtml(tree: Root, { outlet, claims, shared }: BodyMarks): string {
  rehypeDemoteHeadings()(tree);
  rehypeBlockIds({ outlet })(tree);
  rehypeClaimAnchors({ claims })(tree);
  rehypeQuotationAnchors({ outlet })(tree);
  rehypeSharedCopy({ outlet, passages: shared })(tree);
  return toHtml(tree, { allowDangerousHtml: true });
}
