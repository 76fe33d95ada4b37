import { z } from 'astro/zod';

/** The open-data export of one story's claims, `/stories/<story>/claims.json`. Published as JSON Schema beside it. */
export const claimsExportSchema = () =>
  z
    .strictObject({
      story: z.strictObject({
        id: z.string().describe('The story id, as in its addresses.'),
        title: z.string().describe('A neutral title written by this site.'),
        eventDate: z.iso.date().describe('The day of the event (YYYY-MM-DD).'),
        summary: z.string().describe('A short neutral summary written by this site (not by any outlet).'),
        url: z.string().describe('Site-relative address of the story page, base path included.'),
      }),
      outlets: z.array(
        z.strictObject({
          id: z.string(),
          name: z.string(),
          kind: z.string().describe('What kind of outlet it is, in neutral words.'),
          headline: z.string().describe('The headline of its article on this story.'),
          articleUrl: z.string().describe('Site-relative address of the article page, base path included.'),
          originalUrl: z.string().nullable().describe('The original article’s address, where known.'),
        }),
      ),
      topics: z.array(
        z.strictObject({
          id: z.string(),
          question: z.string().describe('The question the topic answers.'),
          status: z
            .enum(['agree', 'conflict', 'differ', 'single'])
            .describe(
              'The verdict. agree: every answer given is the same; conflict: two answers cannot both be true; differ: answers differ but can all be true (more detail, another moment); single: one outlet reports it.',
            ),
          answers: z
            .array(
              z.strictObject({
                answer: z.string().describe('A distinct answer (value) given on the topic, as written by this site.'),
                outlets: z.array(z.string()).describe('Ids of the outlets that give it.'),
                conflicting: z.boolean().describe('True when it is one of the answers declared in conflict.'),
              }),
            )
            .describe('The distinct answers given on the topic.'),
          relations: z
            .strictObject({
              conflict: z.array(z.array(z.string())).describe('Groups of answers an editor judged cannot all be true.'),
              compatible: z.array(z.array(z.string())).describe('Groups of answers an editor judged differ but can all be true.'),
            })
            .describe('How the answers relate, as declared by this site’s editors.'),
          note: z.string().nullable().describe('One sentence by this site’s editors saying what differs between the answers, or null.'),
          reporting: z.array(z.string()).describe('Ids of the outlets that report the topic.'),
          silent: z.array(z.string()).describe('Ids of the outlets whose article says nothing on the topic.'),
        }),
      ),
      claims: z.array(
        z.strictObject({
          id: z.string().describe('Unique within the story: <outlet>-<topic>[-n].'),
          outlet: z.string().describe('The outlet id.'),
          topic: z.string().describe('The topic id.'),
          text: z.string().describe('What the outlet reports, in this site’s words, attributed as the outlet attributes it.'),
          quote: z.string().describe('The exact words of the article that carry the claim.'),
          value: z.string().nullable().describe('A short normalized answer to the topic’s question, written by this site, or null.'),
          inferred: z
            .string()
            .nullable()
            .describe('Why the answer (or a source the text names) goes beyond the quoted words, or null when it is grounded in them.'),
          url: z.string().describe('Site-relative address of the quoted words in the article page (#claim-<id>), base path included.'),
        }),
      ),
    })
    .describe('What each outlet claims about one story, topic by topic, with the words that carry each claim.');

export type ClaimsExport = z.output<ReturnType<typeof claimsExportSchema>>;
