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

/** The open-data export of one story's quotations, `/stories/<story>/quotes.json`, grouped by statement. Published as JSON Schema beside it. */
export const quotesExportSchema = () =>
  z
    .strictObject({
      story: z.strictObject({
        id: z.string().describe('The story id, as in its addresses.'),
        title: z.string().describe('A neutral title written by this site.'),
        url: z.string().describe('Site-relative address of the quotation ledger, base path included.'),
      }),
      groups: z
        .array(
          z.strictObject({
            id: z.string().describe('The statement’s anchor on the ledger page (statement-<n>).'),
            speaker: z
              .string()
              .nullable()
              .describe(
                'Who the versions say is speaking, in the fullest form they give (named sources before unnamed ones), or null when no version names a speaker. Found in the texts by pattern, not checked by an editor.',
              ),
            speakerKind: z
              .enum(['named', 'anonymous', 'media', 'unnamed'])
              .nullable()
              .describe(
                'named: a named person or institution; anonymous: described but not named; media: a news outlet; unnamed: a pronoun or description the text leaves unnamed; null with no speaker.',
              ),
            speakersDiffer: z.boolean().describe('True when the versions name different sources as the speaker.'),
            outlets: z.array(z.string()).describe('Ids of the outlets that quote the statement.'),
            notCarriedBy: z.array(z.string()).describe('Ids of the story’s other outlets, which do not quote it.'),
            url: z.string().describe('Site-relative address of the statement on the ledger page, base path included.'),
            versions: z
              .array(
                z.strictObject({
                  outlet: z.string().describe('The outlet id.'),
                  text: z.string().describe('The words between the quotation marks, exactly as the outlet prints them.'),
                  url: z
                    .string()
                    .describe('Site-relative address of the quotation in the article page (#<outlet>-p<n>-q<k>), base path included.'),
                  reference: z.boolean().describe('True for the version the others are compared with: the longest.'),
                  attributedTo: z
                    .string()
                    .nullable()
                    .describe('The speaker as this outlet’s sentence names them (“he”, “the official”), or null when it names none.'),
                  resolvedTo: z
                    .string()
                    .nullable()
                    .describe(
                      'Whom a pronoun or description refers to, read from earlier in the text or set by an editor; null when not needed or not found.',
                    ),
                  verb: z.string().nullable().describe('The verb of attribution as printed (“said”, “told”, “according to”), or null.'),
                  changes: z
                    .array(
                      z.strictObject({
                        reference: z.string().describe('The reference version’s words at this place ("" when this version adds words).'),
                        version: z.string().describe('This version’s words at this place ("" when it leaves the reference’s out).'),
                      }),
                    )
                    .describe(
                      'Where this version’s words differ from the reference’s, within the stretch both quote; empty for the reference.',
                    ),
                }),
              )
              .describe('Each outlet’s version, the reference first.'),
          }),
        )
        .describe(
          'Statements: the quotations that render one statement, across outlets. Statements quoted by more outlets come first. Scare quotes (one to three words, no speaker) are not statements and are left out.',
        ),
    })
    .describe(
      'Who each outlet quotes and in what words: every direct quotation of the story’s articles, grouped by the statement it renders.',
    );

export type QuotesExport = z.output<ReturnType<typeof quotesExportSchema>>;
