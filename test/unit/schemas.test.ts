import { describe, expect, it } from 'vitest';
import { describeIssues } from '../../src/lib/issues';
import { articleSchema, claimSchema } from '../../src/schemas/article';
import { outletSchema } from '../../src/schemas/outlet';
import { storySchema } from '../../src/schemas/story';
import { testReference } from '../helpers/content';

const article = articleSchema(testReference);
const valid = {
  story: 'tiny',
  outlet: 'alpha',
  headline: 'A headline',
  published: { date: '2025-01-07' },
  claims: [{ topic: 'day', text: 'Alpha says Tuesday.', quote: 'on Tuesday', value: 'Tuesday' }],
};

/** The messages the build would print for this frontmatter. */
function problems(data: unknown): string[] {
  const result = article.safeParse(data);
  return result.success ? [] : describeIssues(result.error.issues, data);
}

describe('article schema', () => {
  it('accepts a complete article and resolves its references', () => {
    const parsed = article.parse(valid);
    expect(parsed.story).toEqual({ id: 'tiny', collection: 'stories' });
    expect(parsed.published.date.toISOString()).toBe('2025-01-07T00:00:00.000Z');
  });

  it.each([
    ['outlet', { ...valid, outlet: undefined }, 'field "outlet" is required but missing'],
    ['story', { ...valid, story: undefined }, 'field "story" is required but missing'],
    ['claim quote', { ...valid, claims: [{ topic: 'day', text: 'x' }] }, 'field "claims[0].quote" is required but missing'],
    ['blank quote', { ...valid, claims: [{ topic: 'day', text: 'x', quote: '  ' }] }, 'field "claims[0].quote": must not be empty'],
    ['a typo', { ...valid, headlnie: 'x' }, 'field "headlnie" is not part of the format (a typo?); remove or rename it'],
    ['a typo in a claim', { ...valid, claims: [{ ...valid.claims[0], qoute: 'x' }] }, 'field "claims[0].qoute" is not part of the format'],
    ['a bad date', { ...valid, published: { date: 'last week' } }, 'field "published.date"'],
    ['a bad topic id', { ...valid, claims: [{ ...valid.claims[0], topic: 'Day One' }] }, 'field "claims[0].topic": use lower-case letters'],
    ['no claims', { ...valid, claims: [] }, 'field "claims": an article needs at least one claim'],
    ['a non-web address', { ...valid, url: 'javascript:alert(1)' }, 'field "url"'],
  ])('names the field when %s is wrong', (_, data, message) => {
    expect(problems(data).join('\n')).toContain(message);
  });

  it('keeps inferred dates and their reason', () => {
    const parsed = article.parse({ ...valid, published: { date: '2025-09-13', inferred: 'It says “said Saturday”.' } });
    expect(parsed.published.inferred).toBe('It says “said Saturday”.');
  });
});

describe('claim schema', () => {
  it('keeps the reason an answer is inferred, and rejects a blank one', () => {
    expect(
      claimSchema().parse({ topic: 'day', text: 't', quote: 'q', value: 'v', inferred: 'The paragraph before says so.' }).inferred,
    ).toBe('The paragraph before says so.');
    expect(claimSchema().safeParse({ topic: 'day', text: 't', quote: 'q', inferred: ' ' }).success).toBe(false);
  });
  it('rejects an id that cannot be an anchor', () => {
    expect(claimSchema().safeParse({ id: 'a b', topic: 'day', text: 't', quote: 'q' }).success).toBe(false);
  });
});

describe('story schema', () => {
  const story = { title: 'T', eventDate: '2025-01-07', summary: 'S', topics: [{ id: 'day', question: 'When?' }] };
  it('accepts a story', () => expect(storySchema().parse(story).topics).toHaveLength(1));
  it('rejects a topic id used twice', () => {
    const result = storySchema().safeParse({ ...story, topics: [...story.topics, { id: 'day', question: 'Again?' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('topic id "day" is used twice');
  });
  it('rejects unknown fields', () => expect(storySchema().safeParse({ ...story, sumary: 'x' }).success).toBe(false));

  const topic = (extra: object) => storySchema().safeParse({ ...story, topics: [{ id: 'day', question: 'When?', ...extra }] });
  const said = (extra: object) => {
    const result = topic(extra);
    return result.success ? [] : describeIssues(result.error.issues, { ...story, topics: [{ id: 'day', question: 'When?', ...extra }] });
  };
  it('reads a flat list of related answers as one group, and a list of lists as several', () => {
    expect(topic({ conflict: ['Monday', 'Tuesday'], note: 'n' }).data?.topics[0]?.conflict).toEqual([['Monday', 'Tuesday']]);
    expect(
      topic({
        compatible: [
          ['a', 'b'],
          ['a', 'c'],
        ],
        note: 'n',
      }).data?.topics[0]?.compatible,
    ).toEqual([
      ['a', 'b'],
      ['a', 'c'],
    ]);
  });
  it.each([
    ['a relation without its note', { conflict: ['Monday', 'Tuesday'] }, 'field "topics[0].note": say in one sentence what differs'],
    ['a note without a relation', { note: 'n' }, 'field "topics[0].note": a note explains'],
    ['a group of one answer', { compatible: ['Monday'], note: 'n' }, 'field "topics[0].compatible"'],
  ])('names the field for %s', (_, extra, message) => expect(said(extra).join('\n')).toContain(message));
  it('has no aliases unless it declares them, and keeps them as groups', () => {
    expect(storySchema().parse(story).aliases).toEqual([]);
    expect(storySchema().parse({ ...story, aliases: [['IDF', 'Israel Defense Forces']] }).aliases).toEqual([
      ['IDF', 'Israel Defense Forces'],
    ]);
    expect(storySchema().safeParse({ ...story, aliases: [['IDF']] }).success).toBe(false);
  });
});

describe('outlet schema', () => {
  it('requires a kind and a web home page', () => {
    expect(outletSchema().safeParse({ name: 'X', homepage: 'https://x.example/' }).success).toBe(false);
    expect(outletSchema().safeParse({ name: 'X', kind: 'k', homepage: 'ftp://x.example/' }).success).toBe(false);
    expect(outletSchema().parse({ name: 'X', kind: 'k', homepage: 'https://x.example/' }).name).toBe('X');
  });
});
