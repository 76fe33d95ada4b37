import { z } from 'astro/zod';
import { textSchema } from './common';

/**
 * A correction to what the site reads in an article about a source. Sources are found by pattern
 * (src/lib/attribution.ts: "X said", "according to X", "told CNN"); where the finder is wrong,
 * an editor corrects it here, and the pages show the correction with its note.
 */
export const sourceCorrectionSchema = () =>
  z
    .strictObject({
      /** Words of the body where the source is named or relied on, exactly (only whitespace may differ); they place the correction. */
      quote: textSchema,
      /** The source as this site names it there, e.g. "Qatar" for an "it" the text leaves unnamed. Omit with `none`. */
      source: textSchema.optional(),
      /** What kind of source it is: a named person or institution, an unnamed one, or a news outlet. Default: read from `source`. */
      kind: z.enum(['named', 'anonymous', 'media']).optional(),
      /** The outlet the words reached the article through, where the text says so ("told CNN" gives CNN). */
      via: textSchema.optional(),
      /** True when the finder reads a source in these words that is none. */
      none: z.literal(true).optional(),
      /** Why, in one sentence of ours, shown with the correction: "“It” is Qatar, named in the paragraph before." */
      note: textSchema,
    })
    .refine((c) => !!c.source !== !!c.none, {
      message: 'give either "source" (who the source is) or "none: true" (there is no source in these words)',
      path: ['source'],
    });

export type SourceCorrection = z.output<ReturnType<typeof sourceCorrectionSchema>>;
