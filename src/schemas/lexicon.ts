import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common';

/** A term worth comparing across outlets: the words that count as it. */
export const lexiconTermSchema = () =>
  z.strictObject({
    /** The term as the wording page shows it: "attack". */
    label: textSchema,
    /** The words or phrases that count as the term, matched as whole words, case and accents aside: [attack, attacks, attacked]. Default: the label alone. */
    forms: z.array(textSchema).min(1).optional(),
  });

/** A story's lexicon, `content/lexicon/<story>.yaml`: the terms its wording page compares. Its id is the story's. */
export const lexiconSchema = () =>
  z
    .strictObject({
      /** The kinds of words compared, in the order the page shows them. */
      groups: z
        .array(
          z.strictObject({
            /** Stable id, used in addresses: `#words-act`. */
            id: slugSchema,
            /** What the terms are words for: "Words for the act". */
            label: textSchema,
            /** The terms, in the order shown. */
            terms: z.array(lexiconTermSchema()).min(1, 'a group needs at least one term'),
          }),
        )
        .min(1, 'a lexicon needs at least one group'),
      /**
       * News media the articles may cite besides this site's outlets ("told Al Jazeera"), so the
       * sources page can tell an outlet from an official. Default none.
       */
      media: z.array(textSchema).default([]),
    })
    .superRefine((lexicon, ctx) => {
      const seen = new Set<string>();
      lexicon.groups.forEach((group, g) =>
        group.terms.forEach((term, t) => {
          const key = term.label.toLowerCase();
          if (seen.has(key))
            ctx.addIssue({ code: 'custom', path: ['groups', g, 'terms', t, 'label'], message: `the term "${term.label}" is listed twice` });
          seen.add(key);
        }),
      );
    });

export type LexiconData = z.output<ReturnType<typeof lexiconSchema>>;
