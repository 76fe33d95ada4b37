import { describe, expect, it } from 'vitest';
import { compareTopics, coverage, normalizeValue, relationProblems } from '../../src/lib/compare';
import type { Article, Claim, Story } from '../../src/lib/model';
import type { TopicData } from '../../src/schemas/story';
import { loadSite } from '../helpers/content';

describe.each([
  ['U.S. proposal', 'us proposal'],
  ['  Al-Thani ', 'al thani'],
  ['Tuesday.', 'tuesday'],
  ['Café  Münster', 'cafe munster'],
  ['“yes”', 'yes'],
  ['five Hamas members, and a Qatari officer', 'five hamas members and a qatari officer'],
])('normalizeValue(%j)', (value, expected) => {
  it(`is ${JSON.stringify(expected)}`, () => expect(normalizeValue(value)).toBe(expected));
});

/** A story in miniature: outlet id → its claims as [topic, value?]; topics may declare relations. */
function story(
  claims: Record<string, [string, string?][]>,
  declared: Partial<Record<string, Partial<TopicData>>> = {},
): Pick<Story, 'topics' | 'articles'> {
  const topics = [
    ...new Set(
      Object.values(claims)
        .flat()
        .map(([t]) => t),
    ),
    'nobody',
  ].map((id) => ({ id, question: `${id}?`, ...declared[id] }));
  const articles = Object.entries(claims).map(([outlet, list]) => ({
    outlet: { id: outlet },
    claims: list.map(([topic, value]) => ({ topic, value, id: `${outlet}-${topic}`, text: 't', quote: 'q' }) as Claim),
  })) as Article[];
  return { topics, articles };
}

describe('compareTopics: four verdicts from declared relations', () => {
  const claims: Record<string, [string, string?][]> = {
    a: [['day', 'Tuesday'], ['who', 'Hamas leaders'], ['why'], ['toll', 'unknown'], ['fate', 'survived']],
    b: [
      ['day', 'tuesday.'],
      ['who', 'Hamas leaders'],
      ['toll', 'five killed'],
      ['fate', 'no proof'],
    ],
    c: [['day', 'Monday'], ['who'], ['fate', 'killed']],
  };
  const result = compareTopics(
    story(claims, {
      day: { conflict: [['Tuesday', 'Monday']], note: 'c says Monday.' },
      toll: { compatible: [['unknown', 'five killed']], note: 'a wrote earlier.' },
      fate: {
        conflict: [['survived', 'killed']],
        compatible: [
          ['survived', 'no proof'],
          ['killed', 'no proof'],
        ],
        note: 'n',
      },
    }),
  );
  const byTopic = Object.fromEntries(result.map((r) => [r.topic.id, r]));

  it('finds a conflict where declared answers that cannot both be true are given, case and punctuation aside', () => {
    expect(byTopic['day']?.status).toBe('conflict');
    expect(Object.fromEntries(byTopic['day']!.answers)).toEqual({ a: ['tuesday'], b: ['tuesday'], c: ['monday'] });
    expect(byTopic['day']!.distinct.map((d) => [d.label, d.outlets, d.conflicting])).toEqual([
      ['Tuesday', ['a', 'b'], true],
      ['Monday', ['c'], true],
    ]);
  });
  it('calls answers that differ but can all be true "differ"', () => {
    expect(byTopic['toll']?.status).toBe('differ');
    expect(byTopic['toll']!.distinct.every((d) => !d.conflicting)).toBe(true);
  });
  it('sets apart only the answers in conflict when a topic has both kinds', () => {
    expect(byTopic['fate']?.status).toBe('conflict');
    expect(byTopic['fate']!.distinct.map((d) => [d.label, d.conflicting])).toEqual([
      ['survived', true],
      ['no proof', false],
      ['killed', true],
    ]);
  });
  it('calls it agreement when every answer given is the same, even if one outlet gives none', () => {
    expect(byTopic['who']?.status).toBe('agree');
    expect(byTopic['who']?.reporting).toEqual(['a', 'b', 'c']);
  });
  it('marks a topic one outlet reports as single, and lists the silent', () => {
    expect(byTopic['why']).toMatchObject({ status: 'single', reporting: ['a'], silent: ['b', 'c'] });
  });
  it('keeps the story’s topic order', () => expect(result.map((r) => r.topic.id)).toEqual(['day', 'who', 'why', 'toll', 'fate', 'nobody']));
  it('counts each outlet’s coverage', () => {
    expect(coverage(result, 'a')).toEqual({ reported: 5, total: 6 });
    expect(coverage(result, 'c')).toEqual({ reported: 3, total: 6 });
  });
  it('finds nothing wrong with relations that name every answer given', () => {
    expect(result.flatMap(relationProblems)).toEqual([]);
  });
});

describe('relationProblems: every difference judged by an editor, no judgement outliving its answers', () => {
  const problems = (declared: Partial<TopicData>) =>
    relationProblems(
      compareTopics(story({ a: [['day', 'Tuesday']], b: [['day', 'Monday']], c: [['day', 'Tuesday']] }, { day: declared }))[0]!,
    );

  it('names each answer no declaration judges', () => {
    expect(problems({})).toEqual([
      { kind: 'undeclared', topic: 'day', answer: 'Tuesday' },
      { kind: 'undeclared', topic: 'day', answer: 'Monday' },
    ]);
    expect(problems({ conflict: [['Tuesday', 'Wednesday']], note: 'n' })).toEqual([
      { kind: 'undeclared', topic: 'day', answer: 'Monday' },
      { kind: 'stale', topic: 'day', answer: 'Wednesday' },
    ]);
  });
  it('accepts answers spelt another way, case and punctuation aside', () => {
    expect(problems({ compatible: [['tuesday', 'MONDAY.']], note: 'n' })).toEqual([]);
  });
  it('needs no declaration where every answer agrees, and flags one left behind', () => {
    const agreeing = compareTopics(
      story({ a: [['day', 'Tuesday']], b: [['day', 'Tuesday']] }, { day: { conflict: [['Tuesday', 'Monday']], note: 'n' } }),
    )[0]!;
    expect(agreeing.status).toBe('agree');
    expect(relationProblems(agreeing)).toEqual([{ kind: 'stale', topic: 'day', answer: 'Monday' }]);
  });
});

describe('the Doha story', () => {
  const doha = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const result = Object.fromEntries(compareTopics(doha).map((r) => [r.topic.id, r]));
  it.each([
    ['day', 'conflict'],
    ['us-administration', 'conflict'],
    ['killed', 'conflict'],
    ['al-hayya-fate', 'conflict'],
    ['mediation-future', 'differ'],
    ['us-response', 'differ'],
    ['us-notice', 'differ'],
    ['qatar-condemnation', 'agree'],
    ['aircraft', 'single'],
  ])('%s: %s', (topic, status) => expect(result[topic]?.status).toBe(status));

  it('keeps the audit’s findings: an earlier “no comment” is no contradiction, and approval is its own question', () => {
    expect(result['us-response']!.answers.has('interbellum')).toBe(true);
    expect(result['us-response']!.distinct.some((a) => a.conflicting)).toBe(false);
    expect(result['us-approval']!.claims.get('truthout')?.map((c) => c.value)).toContain('approved');
  });

  it('judges agreement only on answers: every topic two outlets report has answers from two', () => {
    for (const r of Object.values(result)) {
      if (r.reporting.length > 1) expect(r.answers.size, r.topic.id).toBeGreaterThanOrEqual(2);
    }
  });
});
