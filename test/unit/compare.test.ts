import { describe, expect, it } from 'vitest';
import { compareTopics, coverage, normalizeValue } from '../../src/lib/compare';
import type { Article, Claim, Story } from '../../src/lib/model';
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

/** A story in miniature: outlet id → its claims as [topic, value?]. */
function story(claims: Record<string, [string, string?][]>): Pick<Story, 'topics' | 'articles'> {
  const topics = [...new Set(Object.values(claims).flat().map(([t]) => t)), 'nobody'].map((id) => ({ id, question: `${id}?` }));
  const articles = Object.entries(claims).map(([outlet, list]) => ({
    outlet: { id: outlet },
    claims: list.map(([topic, value]) => ({ topic, value, id: `${outlet}-${topic}`, text: 't', quote: 'q' }) as Claim),
  })) as Article[];
  return { topics, articles };
}

describe('compareTopics', () => {
  const result = compareTopics(
    story({
      a: [['day', 'Tuesday'], ['who', 'Hamas leaders'], ['why']],
      b: [['day', 'tuesday.'], ['who', 'Hamas leaders']],
      c: [['day', 'Monday'], ['who']],
    }),
  );
  const byTopic = Object.fromEntries(result.map((r) => [r.topic.id, r]));

  it('finds a disagreement when answers differ, case and punctuation aside', () => {
    expect(byTopic['day']?.status).toBe('disagree');
    expect(Object.fromEntries(byTopic['day']!.answers)).toEqual({ a: ['tuesday'], b: ['tuesday'], c: ['monday'] });
  });
  it('calls it agreement when every answer given is the same, even if one outlet gives none', () => {
    expect(byTopic['who']?.status).toBe('agree');
    expect(byTopic['who']?.reporting).toEqual(['a', 'b', 'c']);
  });
  it('marks a topic one outlet reports as single, and lists the silent', () => {
    expect(byTopic['why']).toMatchObject({ status: 'single', reporting: ['a'], silent: ['b', 'c'] });
  });
  it('keeps the story’s topic order', () => expect(result.map((r) => r.topic.id)).toEqual(['day', 'who', 'why', 'nobody']));
  it('counts each outlet’s coverage', () => {
    expect(coverage(result, 'a')).toEqual({ reported: 3, total: 4 });
    expect(coverage(result, 'c')).toEqual({ reported: 2, total: 4 });
  });
});

describe('the Doha story', () => {
  const doha = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
  const result = Object.fromEntries(compareTopics(doha).map((r) => [r.topic.id, r]));
  it.each([
    ['day', 'disagree'],
    ['us-administration', 'disagree'],
    ['killed', 'disagree'],
    ['al-hayya-fate', 'disagree'],
    ['mediation-future', 'disagree'],
    ['us-notice', 'agree'],
    ['qatar-condemnation', 'agree'],
    ['aircraft', 'single'],
  ])('%s: %s', (topic, status) => expect(result[topic]?.status).toBe(status));

  it('judges agreement only on answers: every topic two outlets report has answers from two', () => {
    for (const r of Object.values(result)) {
      if (r.reporting.length > 1) expect(r.answers.size, r.topic.id).toBeGreaterThanOrEqual(2);
    }
  });
});
