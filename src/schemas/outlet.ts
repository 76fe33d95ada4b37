import { z } from 'astro/zod';
import { textSchema } from './common';

/** An outlet: a publisher whose articles the site compares. Its id is its file name. */
export const outletSchema = () =>
  z.strictObject({
    /** Full name, as the outlet styles itself: "The Associated Press". */
    name: textSchema,
    /** Short name for column heads and tight spaces: "AP". Defaults to `name`. */
    shortName: textSchema.optional(),
    /** What kind of outlet it is, in neutral words: "US news agency (wire service)". */
    kind: textSchema,
    /** The outlet's home page. */
    homepage: z.url({ protocol: /^https?$/ }),
  });

export type OutletInput = z.input<ReturnType<typeof outletSchema>>;
export type OutletData = z.output<ReturnType<typeof outletSchema>>;
