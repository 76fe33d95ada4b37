/*
 * The quotations as search finds them: by their words and by their speaker, each linked to its
 * words in the article. Search (src/lib/search-index.ts) takes them from here, so the index need
 * not know how quotations are found. Read from the site model alone, as the index is built: the
 * speakers are those of the ledger, the lexicon's list of media aside (it only tells whether a
 * speaker is a news outlet, never who speaks).
 */
import type { Article, Story } from './model';
import { quotationUrl } from './paths';
import { readQuotations, speakerName } from './quotations';
import { placeCorrections } from './sources';
import { attributionContext } from './story-analysis';

/** One quotation for the index: its words, who speaks them (as the ledger names them, or ''), and its address. */
export interface QuotationEntry {
  text: string;
  speaker: string;
  url: string;
}

/**
 * What search matches and shows of a quotation: `Speaker: “words”`. The speaker is part of the
 * searched text, not a field of its own: a field's weight would either hide a speaker's
 * quotations behind the claims naming them or rank them above every claim; in the text, "Guterres"
 * finds his words as it finds a claim or a passage naming him, and they rank alike.
 */
export const quotationSearchText = (entry: Pick<QuotationEntry, 'text' | 'speaker'>) =>
  entry.speaker ? `${entry.speaker}: “${entry.text}”` : `“${entry.text}”`;

/** The quotations of one article, scare quotes left out, in the order they stand. */
export function quotationEntries(story: Story, article: Article, base: string): QuotationEntry[] {
  const { placed } = placeCorrections(article.blocks, article.data.sources ?? []);
  const { quotations } = readQuotations(article.blocks, attributionContext(story, undefined), placed);
  return quotations
    .filter((q) => q.kind === 'quotation')
    .map((q) => ({
      text: q.text,
      speaker: q.speaker ? speakerName(q.speaker) : '',
      url: quotationUrl(base, story.id, article.outlet.id, q.block, q.index),
    }));
}
