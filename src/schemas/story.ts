import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common';

/** A topic: one question that outlets answer about the story. Claims are aligned by topic. */
export const topicSchema = () =>
  z.strictObject({
    /** Stable id, used in claims (`topic: us-notice`) and addresses. */
    id: slugSchema,
    /** The question the topic answers: "Was the United States told in advance?" */
    question: textSchema,
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
export type StoryData = z.output<ReturnType<typeof storySchema>>;
