import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from '../../src/lib/content-errors';
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
    expect(beta?.claims.map((c) => [c.id, c.block])).toEqual([
      ['beta-day', 0],
      ['beta-who', 1],
    ]);
    expect(beta?.wordCount).toBe(9);
  });
});

describe('buildSite stops on bad content, naming the file and field', () => {
  it.each<[string, (input: ContentInput) => ContentInput, RegExp]>([
    [
      'an unknown outlet',
      (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, outlet: { id: 'gamma', collection: 'outlets' } } })),
      /alpha\.md: field "outlet": no outlet "gamma"/,
    ],
    [
      'an unknown story',
      (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, story: { id: 'huge', collection: 'stories' } } })),
      /alpha\.md: field "story": no story "huge"/,
    ],
    [
      'a topic not in the story',
      (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, topic: 'why' }] } })),
      /alpha\.md: claims\[0\] \(topic "why"\) field "topic": "why" is not a topic of story "tiny"/,
    ],
    [
      'a quote not in the body',
      (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'It happened on Friday' }] } })),
      /alpha\.md: claims\[0\] \(topic "day"\) field "quote": not found verbatim/,
    ],
    [
      'a quote spanning two paragraphs',
      (i) =>
        withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'the mayor said. A crowd' }] } })),
      /field "quote": not found verbatim/,
    ],
    ['an empty body', (i) => withArticle(i, 0, (a) => ({ ...a, body: '' })), /alpha\.md: the body is empty/],
    [
      'two articles by one outlet on one story',
      (i) => withArticle(i, 1, (a) => ({ ...a, data: { ...a.data, outlet: { id: 'alpha', collection: 'outlets' } } })),
      /beta\.md: story "tiny" already has an article from outlet "alpha"/,
    ],
    [
      'two claims with one id',
      (i) => withArticle(i, 1, (a) => ({ ...a, data: { ...a.data, claims: a.data.claims.map((c) => ({ ...c, id: 'same' })) } })),
      /beta\.md: claims\[1\] \(topic "who"\) field "id": "beta-same" is used by another claim/,
    ],
    [
      'a topic no article reports',
      (i) => ({
        ...i,
        stories: i.stories.map((s) => ({ ...s, data: { ...s.data, topics: [...s.data.topics, { id: 'why', question: 'Why?' }] } })),
      }),
      /tiny\.yaml: topic "why" has no claim in any article/,
    ],
    [
      'an outlet id that would hide a page',
      (i) => ({ ...i, outlets: [...i.outlets, { ...i.outlets[0]!, id: 'compare' }] }),
      /outlet id "compare" is reserved/,
    ],
  ])('%s', (_, change, message) => {
    const problems = mutate(change);
    expect(problems.join('\n')).toMatch(message);
  });

  it('reports every problem at once', () => {
    const problems = mutate((i) =>
      withArticle(i, 0, (a) => ({ ...a, body: 'Nothing here.', data: { ...a.data, claims: [{ ...a.data.claims[0]!, topic: 'why' }] } })),
    );
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
    stories: i.stories.map((s) => ({
      ...s,
      data: { ...s.data, topics: s.data.topics.map((t) => (t.id === 'day' ? { id: t.id, question: t.question, ...edit } : t)) },
    })),
  });

  it.each<[string, (input: ContentInput) => ContentInput, RegExp]>([
    [
      'an answer that adds a number',
      withClaim({ value: 'Tuesday, 12 people' }),
      /alpha\.md: claims\[0\] \(topic "day"\) field "value": "Tuesday, 12 people" says more than its quote: the number "12"/,
    ],
    [
      'an answer that adds a name',
      withClaim({ value: 'Tuesday in Springfield' }),
      /field "value": "Tuesday in Springfield" says more than its quote: the name "Springfield"/,
    ],
    [
      'a text that drops the quote’s attribution',
      withClaim({ quote: 'It happened on Tuesday, the mayor said.' }),
      /alpha\.md: claims\[0\] \(topic "day"\) field "text": the quote attributes or hedges/,
    ],
    [
      'a text that adds a source',
      withClaim({ text: 'Chief Wiggum said it happened on Tuesday.' }),
      /field "text": names "Chief Wiggum" as a source, but the quote does not/,
    ],
    [
      'answers that differ with no judgement',
      withDay({}),
      /tiny\.yaml: topic "day": the answer "Monday" \(from beta\) differs from the others but is not judged/,
    ],
    [
      'a judgement naming an answer no claim gives',
      withDay({ conflict: [['Tuesday', 'Monday', 'Friday']], note: 'n' }),
      /tiny\.yaml: topic "day" fields "conflict"\/"compatible": "Friday" is not the answer/,
    ],
  ])('%s', (_, change, message) => {
    expect(mutate(change).join('\n')).toMatch(message);
  });

  it('accepts an answer beyond its words when the claim says why, but never a dropped attribution', () => {
    const judged = withDay({ conflict: [['Tuesday in Springfield', 'Monday']], note: 'n' });
    expect(mutate((i) => judged(withClaim({ value: 'Tuesday in Springfield', inferred: 'The headline names the town.' })(i)))).toEqual([]);
    expect(mutate(withClaim({ text: 'Chief Wiggum said it happened on Tuesday.', inferred: 'The next paragraph names him.' }))).toEqual([]);
    expect(mutate(withClaim({ quote: 'It happened on Tuesday, the mayor said.', inferred: 'x' })).join('\n')).toMatch(
      /the quote attributes or hedges/,
    );
  });
});

describe('buildSite keeps the outlet’s words as words', () => {
  const body = (text: string) => (i: ContentInput) => withArticle(i, 0, (a) => ({ ...a, body: `${a.body}\n\n${text}` }));
  type Claims = ContentInput['articles'][number]['data']['claims'];
  const withClaims = (i: ContentInput, n: number, claims: (c: Claims) => Claims) =>
    withArticle(i, n, (a) => ({ ...a, data: { ...a.data, claims: claims(a.data.claims) } }));

  it.each<[string, (input: ContentInput) => ContentInput, RegExp]>([
    [
      'an image tag with a handler in the body',
      body('<img src=x onerror="alert(1)">'),
      /alpha\.md: the body: raw HTML "<img src=x onerror="alert\(1\)">" would reach the page as markup, not as the outlet’s words\. If the outlet wrote these characters, escape/,
    ],
    ['a script in the body', body('<script>alert(1)</script>'), /alpha\.md: the body: raw HTML "<script>alert\(1\)<\/script>"/],
    [
      'a javascript: link in the body',
      body('[a link](javascript:alert(3))'),
      /alpha\.md: the body: a Markdown link "\[a link\]\(javascript:alert\(3\)\)"/,
    ],
    [
      'a claim made twice',
      (i) => withClaims(i, 1, (c) => [...c, { ...c[1]!, text: 'Beta says the mayor attended.' }]),
      /beta\.md: claims\[2\] \(topic "who"\) field "quote": repeats claims\[1\]: the same topic and the same quote\./,
    ],
    [
      'answers that differ only in spelling',
      (i) =>
        withClaims(i, 1, (c) => [
          c[0]!,
          { ...c[1]!, value: 'the mayor' },
          { ...c[1]!, quote: 'mayor was', text: 'Beta says a mayor was.', value: 'the mayer' },
        ]),
      /tiny\.yaml: topic "who": the answers "the mayor" \(from beta\) and "the mayer" \(from beta\) differ only in spelling, so they count as two answers\. Spell them the same/,
    ],
    [
      'a placeholder left in a headline',
      (i) => withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, headline: 'TODO: the headline as the outlet wrote it' } })),
      /alpha\.md: field "headline": still holds a placeholder: "TODO: the headline as the outlet wrote it"\./,
    ],
    [
      'a placeholder left in an outlet',
      (i) => ({ ...i, outlets: i.outlets.map((o) => ({ ...o, data: { ...o.data, kind: 'TODO: what kind of outlet it is' } })) }),
      /alpha\.yaml: field "kind": still holds a placeholder/,
    ],
    [
      'a placeholder left in a story',
      (i) => ({ ...i, stories: i.stories.map((s) => ({ ...s, data: { ...s.data, summary: 'TODO: two to four neutral sentences' } })) }),
      /tiny\.yaml: field "summary": still holds a placeholder/,
    ],
  ])('%s', (_, change, message) => {
    expect(mutate(change).join('\n')).toMatch(message);
  });

  it('says nothing of answers that differ only in spelling but are declared in conflict', () => {
    const declared = (i: ContentInput) => ({
      ...i,
      stories: i.stories.map((s) => ({
        ...s,
        data: {
          ...s.data,
          topics: s.data.topics.map((t) => (t.id === 'day' ? { ...t, conflict: [['Tuesday', 'Thursday', 'Monday']] } : t)),
        },
      })),
    });
    const thursday = (i: ContentInput) =>
      withArticle(i, 1, (a) => ({
        ...a,
        body: 'It happened on Thursday.\n\nThe mayor was there.',
        data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'It happened on Thursday', value: 'Thursday' }, a.data.claims[1]!] },
      }));
    expect(mutate((i) => declared(thursday(i)))).toEqual([expect.stringMatching(/"Monday" is not the answer of any claim/)]);
  });
});

describe('buildSite collecting problems instead (astro dev)', () => {
  const broken = (i: ContentInput) =>
    withArticle(i, 0, (a) => ({ ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'It happened on Friday' }] } }));

  it('finds the same problems the build stops on, in the same words', () => {
    const site = buildSite(broken(readContent(FIXTURE)), { problems: 'collect' });
    expect(site.problems.map(formatProblem)).toEqual(mutate(broken));
    expect(site.problems.map((p) => p.rule)).toEqual(['unsupported-answer', 'quote-not-found', 'stale-answer']);
  });

  it('keeps a claim whose quote is not found, unanchored, and says what each problem concerns', () => {
    const story = buildSite(broken(readContent(FIXTURE)), { problems: 'collect' }).stories[0]!;
    const alpha = story.articles.find((a) => a.outlet.id === 'alpha')!;
    expect(alpha.claims.map((c) => [c.id, c.block])).toEqual([['alpha-day', -1]]);
    expect(story.problems.map((p) => p.target)).toEqual([
      { story: 'tiny', article: 'tiny/alpha', claim: 'alpha-day', topic: 'day' },
      { story: 'tiny', article: 'tiny/alpha', claim: 'alpha-day', topic: 'day' },
      { story: 'tiny', topic: 'day' },
    ]);
  });

  it('has no problems on good content', () => {
    expect(buildSite(readContent(FIXTURE), { problems: 'collect' }).problems).toEqual([]);
  });
});

describe('assignClaimIds', () => {
  it.each([
    [
      [{ topic: 'day' }, { topic: 'day' }, { topic: 'who' }],
      ['day', 'day-2', 'who'],
    ],
    [
      [{ topic: 'day', id: 'day-2' }, { topic: 'day' }, { topic: 'day' }],
      ['day-2', 'day', 'day-3'],
    ],
  ])('gives stable, unique anchors', (claims, ids) => {
    expect(assignClaimIds(claims.map((c) => ({ text: 't', quote: 'q', ...c })))).toEqual(ids);
  });
});
