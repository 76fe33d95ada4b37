import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common';

/**
 * Answers (claims' `value`s) that relate in one way: `[Monday, Tuesday]`, or several such groups
 * `[[killed, survived], [killed, "no proof"]]`. Always read as a list of groups.
 */
export const answerGroupsSchema = () =>
  z
    .union([
      z.array(textSchema).min(2, 'name at least two answers'),
      z.array(z.array(textSchema).min(2, 'name at least two answers')).min(1),
    ])
    .transform((groups) => (typeof groups[0] === 'string' ? [groups as string[]] : (groups as string[][])));

/** A topic: one question that outlets answer about the story. Claims are aligned by topic. */
export const topicSchema = () =>
  z
    .strictObject({
      /** Stable id, used in claims (`topic: us-notice`) and addresses. */
      id: slugSchema,
      /** The question the topic answers, neutrally, fitting every claim filed under it. */
      question: textSchema,
      /** Answers that cannot all be true: one of the outlets must be wrong. The editor's judgement. */
      conflict: answerGroupsSchema().optional(),
      /** Answers that differ but can all be true (more detail, another moment, another part). */
      compatible: answerGroupsSchema().optional(),
      /** One sentence, ours and shown as ours, saying what differs. Required with `conflict` or `compatible`. */
      note: textSchema.optional(),
    })
    .superRefine((topic, ctx) => {
      if ((topic.conflict || topic.compatible) && !topic.note) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'say in one sentence what differs between the answers (required with "conflict" or "compatible")',
        });
      }
      if (topic.note && !topic.conflict && !topic.compatible) {
        ctx.addIssue({
          code: 'custom',
          path: ['note'],
          message: 'a note explains "conflict" or "compatible" answers; declare them, or remove the note',
        });
      }
    });

/** A story: one event reported by several outlets. Its id is its file name. */
export const storySchema = () =>
  z
    .strictObject({
      /** A neutral title for the event, written by this site. */
      title: textSchema,
      /** The day the event happened (YYYY-MM-DD). */
      eventDate: z.coerce.date(),
      /** A short neutral summary written by this site; always shown labelled as ours. */
      summary: textSchema,
      /** The questions outlets answer, in the order the claim matrix lists them. */
      topics: z.array(topicSchema()).min(1, 'a story needs at least one topic'),
      /**
       * Terms that mean the same in this story, so an answer may use either: `[IDF, Israel Defense
       * Forces]`. Case, accents and dots are ignored anyway ("US" = "U.S."), and "5" = "five". Default none.
       */
      aliases: z.array(z.array(textSchema).min(2, 'an alias group needs at least two terms')).default([]),
    })
    .superRefine((story, ctx) => {
      const seen = new Set<string>();
      story.topics.forEach((topic, i) => {
        if (seen.has(topic.id)) {
          ctx.addIssue({ code: 'custom', path: ['topics', i, 'id'], message: `topic id "${topic.id}" is used twice` });
        }
        seen.add(topic.id);
      });
    });

export type TopicData = z.output<ReturnType<typeof topicSchema>>;
export type TopicInput = z.input<ReturnType<typeof topicSchema>>;
export type StoryData = z.output<ReturnType<typeof storySchema>>;
