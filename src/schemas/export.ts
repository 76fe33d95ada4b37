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
            .enum(['agree', 'disagree', 'single'])
            .describe('agree: outlets report it and no answers differ; disagree: their answers (values) differ; single: one outlet reports it.'),
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
          url: z.string().describe('Site-relative address of the quoted words in the article page (#claim-<id>), base path included.'),
        }),
      ),
    })
    .describe('What each outlet claims about one story, topic by topic, with the words that carry each claim.');

export type ClaimsExport = z.output<ReturnType<typeof claimsExportSchema>>;
