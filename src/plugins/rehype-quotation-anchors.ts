import type { Element, Root } from 'hast';
import { quotationAnchor } from '../lib/paths';
import { quotationSpans } from '../lib/quotations';
import { bodyBlocks, textBlocks } from '../lib/quotes';
import { markRange } from './mark-range';

/**
 * Anchors every direct quotation in an article's text: its words, between the marks, are wrapped
 * in `<span class="quotation" id="<outlet>-p<n>-q<k>">`, so the quotation ledger, the wording page
 * and search can link to `/stories/<story>/<outlet>/#<outlet>-p<n>-q<k>` and CSS `:target`
 * highlights them. The spans come from the same reading of the blocks as the site model's
 * (src/lib/quotations.ts), so every link the pages make has its anchor. Runs after the claim
 * anchors and never splits them: where a claim's words start inside a quotation, the quotation's
 * span continues outside the claim as a second span without the id.
 */
export default function rehypeQuotationAnchors({ outlet }: { outlet: string }) {
  return (tree: Root) => {
    const blocks = bodyBlocks(tree);
    quotationSpans(textBlocks(tree)).forEach((spans, block) => {
      spans.forEach((span, index) => {
        const id = quotationAnchor(outlet, block, index);
        markRange(blocks[block] as Element, span.start + 1, span.unclosed ? span.end : span.end - 1, (n) => ({
          type: 'element',
          tagName: 'span',
          properties: n === 0 ? { id, className: ['quotation'] } : { className: ['quotation'], dataContinues: id },
          children: [],
        }));
      });
    });
  };
}
