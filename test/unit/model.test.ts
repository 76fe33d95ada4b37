import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content-errors';
import { buildSite, type ContentInput } from '../../src/lib/model';
import { assignClaimIds } from '../../src/lib/paths';
import { loadSite, readContent } from '../helpers/content';

const FIXTURE = 'test/fixtures/content';

/** The fixture content with one change, to see what the validation says about it. */
function mutate(change: (input: ContentInput) => ContentInput): string[] {
  try {
    buildSite(change(readContent(FIXTURE)));
    return [];
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
}

const withArticle = (input: ContentInput, i: number, edit: (a: ContentInput['articles'][number]) => ContentInput['articles'][number]) => ({
  ...input,
  articles: input.articles.map((a, j) => (j === i ? edit(a) : a)),
});

describe('buildSite on valid content', () => {
  const site = loadSite(FIXTURE);
  it('puts each article under its story, ordered by outlet name', () => {
    expect(site.stories.map((s) => s.id)).toEqual(['tiny']);
    expect(site.stories[0]?.articles.map((a) => a.outlet.id)).toEqual(['alpha', 'beta']);
  });
  it('locates each claim in its body and counts words', () => {
    const beta = site.stories[0]?.articles[1];
    expect(beta?.claims.map((c) => [c.id, c.block])).toEqual([['beta-day', 0], ['beta-who', 1]]);
    expect(beta?.wordCount).toBe(9);
  });
});

describe('buildSite stops on bad content, naming the file and field', () => {
  it.each<[string, (input: ContentInput) => ContentInput, RegExp]>([
    ['an unknown outlet', (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, outlet: { id: 'gamma', collection: 'outlets' } } })), /alpha\.md: field "outlet": no outlet "gamma"/],
    ['an unknown story', (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, story: { id: 'huge', collection: 'stories' } } })), /alpha\.md: field "story": no story "huge"/],
    ['a topic not in the story', (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, topic: 'why' }] } })), /alpha\.md: claims\[0\] \(topic "why"\) field "topic": "why" is not a topic of story "tiny"/],
    ['a quote not in the body', (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'It happened on Friday' }] } })), /alpha\.md: claims\[0\] \(topic "day"\) field "quote": not found verbatim/],
    ['a quote spanning two paragraphs', (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'the mayor said. A crowd' }] } })), /field "quote": not found verbatim/],
    ['an empty body', (i) => withArticle(i, 0, (a) => ({ ...a, body: '' })), /alpha\.md: the body is empty/],
    ['two articles by one outlet on one story', (i) => withArticle(i, 1, (a) => ({ ...a, data: { ...a.data, outlet: { id: 'alpha', collection: 'outlets' } } })), /beta\.md: story "tiny" already has an article from outlet "alpha"/],
    ['two claims with one id', (i) => withArticle(i, 1, (a) => ({ ...a, data: { ...a.data, claims: a.data.claims.map((c) => ({ ...c, id: 'same' })) } })), /beta\.md: claims\[1\] \(topic "who"\) field "id": "beta-same" is used by another claim/],
    ['a topic no article reports', (i) => ({ ...i, stories: i.stories.map((s) => ({ ...s, data: { ...s.data, topics: [...s.data.topics, { id: 'why', question: 'Why?' }] } })) }), /tiny\.yaml: topic "why" has no claim in any article/],
    ['an outlet id that would hide a page', (i) => ({ ...i, outlets: [...i.outlets, { ...i.outlets[0]!, id: 'compare' }] }), /outlet id "compare" is reserved/],
  ])('%s', (_, change, message) => {
    const problems = mutate(change);
    expect(problems.join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    const problems = mutate((i) => withArticle(i, 0, (a) => ({ ...a, body: 'Nothing here.', data: { ...a.data, claims: [{ ...a.data.claims[0]!, topic: 'why' }] } })));
    expect(problems).toEqual([
      expect.stringMatching(/alpha\.md: claims\[0\] \(topic "why"\) field "topic"/),
      expect.stringMatching(/alpha\.md: claims\[0\] \(topic "why"\) field "quote"/),
      // With Alpha's claim gone, the story's judgement of "Tuesday" outlives its answer.
      expect.stringMatching(/tiny\.yaml: topic "day" fields "conflict"\/"compatible": "Tuesday" is not the answer of any claim/),
    ]);
  });
});

describe('buildSite holds every claim to its words', () => {
  const withClaim = (edit: Partial<ContentInput['articles'][number]['data']['claims'][number]>) => (i: ContentInput) =>
    withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, ...edit }] } }));
  const withDay = (edit: object) => (i: ContentInput) => ({
    ...i,
    stories: i.stories.map((s) => ({ ...s, data: { ...s.data, topics: s.data.topics.map((t) => (t.id === 'day' ? { id: t.id, question: t.question, ...edit } : t)) } })),
  });

  it.each<[string, (input: ContentInput) => ContentInput, RegExp]>([
    ['an answer that adds a number', withClaim({ value: 'Tuesday, 12 people' }), /alpha\.md: claims\[0\] \(topic "day"\) field "value": "Tuesday, 12 people" says more than its quote: the number "12"/],
    ['an answer that adds a name', withClaim({ value: 'Tuesday in Springfield' }), /field "value": "Tuesday in Springfield" says more than its quote: the name "Springfield"/],
    ['a text that drops the quote’s attribution', withClaim({ quote: 'It happened on Tuesday, the mayor said.' }), /alpha\.md: claims\[0\] \(topic "day"\) field "text": the quote attributes or hedges/],
    ['a text that adds a source', withClaim({ text: 'Chief Wiggum said it happened on Tuesday.' }), /field "text": names "Chief Wiggum" as a source, but the quote does not/],
    ['answers that differ with no judgement', withDay({}), /tiny\.yaml: topic "day": the answer "Monday" \(from beta\) differs from the others but is not judged/],
    ['a judgement naming an answer no claim gives', withDay({ conflict: [['Tuesday', 'Monday', 'Friday']], note: 'n' }), /tiny\.yaml: topic "day" fields "conflict"\/"compatible": "Friday" is not the answer/],
  ])('%s', (_, change, message) => {
    expect(mutate(change).join('\n')).toMatch(message);
  });

  it('accepts an answer beyond its words when the claim says why, but never a dropped attribution', () => {
    const judged = withDay({ conflict: [['Tuesday in Springfield', 'Monday']], note: 'n' });
    expect(mutate((i) => judged(withClaim({ value: 'Tuesday in Springfield', inferred: 'The headline names the town.' })(i)))).toEqual([]);
    expect(mutate(withClaim({ text: 'Chief Wiggum said it happened on Tuesday.', inferred: 'The next paragraph names him.' }))).toEqual([]);
    expect(mutate(withClaim({ quote: 'It happened on Tuesday, the mayor said.', inferred: 'x' })).join('\n')).toMatch(/the quote attributes or hedges/);
  });
});

describe('assignClaimIds', () => {
  it.each([
    [[{ topic: 'day' }, { topic: 'day' }, { topic: 'who' }], ['day', 'day-2', 'who']],
    [[{ topic: 'day', id: 'day-2' }, { topic: 'day' }, { topic: 'day' }], ['day-2', 'day', 'day-3']],
  ])('gives stable, unique anchors', (claims, ids) => {
    expect(assignClaimIds(claims.map((c) => ({ text: 't', quote: 'q', ...c })))).toEqual(ids);
  });
});
