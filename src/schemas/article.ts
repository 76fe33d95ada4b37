import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common';
import { sourceCorrectionSchema } from './sources';

/**
 * How a reference to another collection is parsed. The site passes Astro's `reference()`;
 * unit tests pass a stand-in with the same output shape, `{ id, collection }`.
 */
export type ReferenceFactory = <C extends 'stories' | 'outlets'>(collection: C) => z.ZodType<{ id: string; collection: C }, unknown>;

/** One claim: what the outlet reports on one topic, with the words that carry it. */
export const claimSchema = () =>
  z.strictObject({
    /** Id within the article; its anchor is `#claim-<outlet>-<id>`. Defaults to the topic id, then `<topic>-2`, `-3`… */
    id: slugSchema.optional(),
    /** The id of one of the story's topics. */
    topic: slugSchema,
    /** One sentence in our words saying what the outlet reports, attributed as the outlet attributes it. */
    text: textSchema,
    /** The exact words of the article body that carry the claim (whitespace may differ). */
    quote: textSchema,
    /**
     * Optional short answer to the topic's question (`Tuesday`), to tell agreement from conflict.
     * It may normalise wording but not add a fact: its numbers, negations and names are in the quote.
     */
    value: textSchema.optional(),
    /**
     * Why the answer (or a source the text names) goes beyond the quote's words, e.g. "The sentence
     * before names the speaker." Shown with the answer wherever it appears. Omit when grounded.
     */
    inferred: textSchema.optional(),
  });

/** When the article was published, and how we know. */
export const publishedSchema = () =>
  z.strictObject({
    /** The day of publication (YYYY-MM-DD). */
    date: z.coerce.date(),
    /** Set when the date is not stated by the article: why we infer it. Shown as "about <date>". */
    inferred: textSchema.optional(),
    /** Any other note on the date, shown beside it. */
    note: textSchema.optional(),
  });

/** An article: one outlet's report of one story. The Markdown body is the outlet's words, unchanged. */
export const articleSchema = (reference: ReferenceFactory) =>
  z.strictObject({
    /** The story this article reports (a file name in `content/stories/`). */
    story: reference('stories'),
    /** The outlet that published it (a file name in `content/outlets/`). */
    outlet: reference('outlets'),
    /** The headline as the outlet wrote it. */
    headline: textSchema,
    /** Where the headline comes from, when not from the article text itself. */
    headlineNote: textSchema.optional(),
    /** The standfirst (dek) under the headline, where there is one. */
    standfirst: textSchema.optional(),
    /** The outlet's section label, where the article carries one. */
    section: textSchema.optional(),
    /** The byline as given. Omit when the article gives none. */
    byline: textSchema.optional(),
    /** Where the byline comes from, when not from the article text itself. */
    bylineNote: textSchema.optional(),
    /** Publication date, possibly inferred. */
    published: publishedSchema(),
    /** The original's address, where known. */
    url: z.url({ protocol: /^https?$/ }).optional(),
    /** What is known about the address (not verified, syndicated, an AMP copy…). */
    urlNote: textSchema.optional(),
    /** What the article claims, topic by topic. */
    claims: z.array(claimSchema()).min(1, 'an article needs at least one claim'),
    /** Corrections to the sources the site finds in the text (see src/schemas/sources.ts). Default none. */
    sources: z.array(sourceCorrectionSchema()).default([]),
  });

export type ClaimData = z.output<ReturnType<typeof claimSchema>>;
export type ArticleData = z.output<ReturnType<typeof articleSchema>>;
