/*
 * How a story's outlets report, read from their texts at build time: the quotations and their
 * speakers, the statements several outlets quote, the sources each relies on, the words each
 * chooses, and the passages two print word for word. Computed once per story (src/lib/site.ts
 * memoises it) and handed to the pages; everything here is pure, so the unit tests run it on
 * the real content and on fixtures.
 */
import type { AttributionContext } from './attribution';
import { type ContentProblem } from './content-errors';
import type { Article, Story } from './model';
import { type PlacedAttribution, type Quotation, readQuotations } from './quotations';
import { groupQuotations, type QuoteGroup } from './quote-groups';
import { findHedges, type Hedge, placeCorrections, type StorySources, storySources } from './sources';
import { countWords } from './text';
import { countable, findTerm, type TermCount, termId } from './wording';
import type { LexiconData } from '../schemas/lexicon';

/** Words a minute, for reading times: an adult's silent reading of news prose. */
export const READING_WPM = 230;

export interface ArticleReading {
  article: Article;
  quotations: Quotation[];
  attributions: PlacedAttribution[];
  hedges: Hedge[];
}

/** An article's figures on the overview. */
export interface ArticleFigures {
  words: number;
  /** Minutes, at least 1. */
  readingMinutes: number;
  /** Words inside quotation marks, and their share of all words (0–1). */
  quotedWords: number;
  quotedShare: number;
  /** Quotations (a quotation broken by its attribution counts once), and scare quotes. */
  quotations: number;
  scareQuotes: number;
  /** Distinct named and unnamed sources (see src/lib/sources.ts). */
  namedSources: number;
  anonymousSources: number;
}

export interface WordingTerm {
  id: string;
  label: string;
  forms: readonly string[];
  /** By outlet id. */
  counts: Map<string, TermCount>;
}

export interface WordingGroup {
  id: string;
  label: string;
  terms: WordingTerm[];
}

export interface StoryAnalysis {
  /** By outlet id, in the story's outlet order. */
  readings: Map<string, ArticleReading>;
  groups: QuoteGroup[];
  sources: StorySources;
  /** Undefined when the story has no lexicon. */
  wording: WordingGroup[] | undefined;
  figures: Map<string, ArticleFigures>;
  /** Editors' corrections whose words are not in their article. */
  problems: ContentProblem[];
}

/** What the finder needs to tell an outlet from an official: the site's outlets and the lexicon's media. */
export function attributionContext(story: Story, lexicon: LexiconData | undefined): AttributionContext {
  const names = story.articles.flatMap((a) => [a.outlet.name, a.outlet.label]);
  return { media: [...new Set([...names, ...(lexicon?.media ?? [])])] };
}

export function analyseStory(story: Story, lexicon: LexiconData | undefined): StoryAnalysis {
  const context = attributionContext(story, lexicon);
  const problems: ContentProblem[] = [];
  const readings = new Map<string, ArticleReading>();
  for (const article of story.articles) {
    const corrections = article.data.sources ?? [];
    const { placed, missing } = placeCorrections(article.blocks, corrections);
    for (const i of missing) {
      problems.push({
        rule: 'source-correction-not-found',
        severity: 'error',
        file: article.filePath,
        field: `sources[${i}].quote`,
        where: `sources[${i}] field "quote"`,
        message: `not found verbatim in the body: "${corrections[i]?.quote}".`,
        hint: 'Copy the words exactly from one paragraph; only whitespace may differ.',
        target: { story: story.id, article: article.id },
      });
    }
    const { quotations, attributions } = readQuotations(article.blocks, context, placed);
    readings.set(article.outlet.id, { article, quotations, attributions, hedges: findHedges(article.blocks) });
  }
  const order = story.articles.map((a) => a.outlet.id);
  const groups = groupQuotations(
    [...readings.values()].flatMap((r) => r.quotations.map((quotation) => ({ outlet: r.article.outlet.id, quotation }))),
    order,
    story.aliases,
  );
  const sources = storySources(
    [...readings.values()].map((r) => ({
      outlet: r.article.outlet.id,
      outletNames: [r.article.outlet.name, r.article.outlet.label],
      attributions: r.attributions,
      hedges: r.hedges,
    })),
    story.aliases,
  );
  const texts = story.articles.map((a) => ({ outlet: a.outlet.id, blocks: a.blocks }));
  const countables = new Map(texts.map((t) => [t.outlet, countable(t)]));
  const wording = lexicon?.groups.map((group) => ({
    id: group.id,
    label: group.label,
    terms: group.terms.map((term) => ({
      id: termId(term.label),
      label: term.label,
      forms: term.forms ?? [term.label],
      counts: new Map([...countables].map(([outlet, text]) => [outlet, findTerm(text, term)])),
    })),
  }));
  const figures = new Map<string, ArticleFigures>();
  for (const r of readings.values()) {
    const words = r.article.wordCount;
    const quotedWords = r.quotations.reduce((n, q) => n + countWords(q.text), 0);
    const own = sources.outlets.find((o) => o.outlet === r.article.outlet.id);
    figures.set(r.article.outlet.id, {
      words,
      readingMinutes: Math.max(1, Math.round(words / READING_WPM)),
      quotedWords,
      quotedShare: words ? quotedWords / words : 0,
      quotations: r.quotations.filter((q) => q.kind === 'quotation' && !q.continues).length,
      scareQuotes: r.quotations.filter((q) => q.kind === 'scare').length,
      namedSources: own?.namedSources ?? 0,
      anonymousSources: own?.anonymousSources ?? 0,
    });
  }
  return { readings, groups, sources, wording, figures, problems };
}
