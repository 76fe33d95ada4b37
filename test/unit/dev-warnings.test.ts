/**
 * Content problems under `astro dev`: the model keeps the problems and the bodies still render,
 * and each page picks its own. (The browser test, test/e2e/dev-warnings, watches one appear and
 * go on a real dev server.)
 */
import { describe, expect, it } from 'vitest';
import { contentMode } from '../../src/lib/content-mode';
import { articlePageProblems, claimProblemsOf, topicProblemsOf } from '../../src/lib/dev-warnings';
import { buildSite, type ContentInput } from '../../src/lib/model';
import { bodyHtml } from '../../src/plugins';
import { readContent } from '../helpers/content';

describe('the content mode', () => {
  it('stops on bad content unless astro dev said to show it', () => {
    expect(contentMode()).toBe('stop');
  });
});

describe('which problems a page shows', () => {
  const input = readContent('test/fixtures/content');
  const broken: ContentInput = {
    ...input,
    outlets: input.outlets.map((o) => (o.id === 'beta' ? { ...o, data: { ...o.data, kind: 'TODO: kind' } } : o)),
    articles: input.articles.map((a) =>
      a.id === 'tiny/alpha' ? { ...a, data: { ...a.data, claims: [{ ...a.data.claims[0]!, quote: 'on Friday' }] } } : a,
    ),
  };
  const site = buildSite(broken, { problems: 'collect', renderBody: bodyHtml });
  const story = site.stories[0]!;
  const [alpha, beta] = story.articles;

  it('still renders every body, anchoring each claim whose quote is found and not the one that is not', () => {
    const anchored = (article: typeof alpha) => article!.claims.filter((c) => article!.html.includes(`id="claim-${c.id}"`));
    expect(alpha!.claims.map((c) => c.block)).toEqual([-1]);
    expect(alpha!.html).toContain('<p id="alpha-p1">');
    expect(anchored(alpha)).toEqual([]);
    expect(anchored(beta).length).toBe(beta!.claims.length);
  });

  it('an article page: its own, its story file’s and its outlet’s, not another article’s', () => {
    expect(articlePageProblems(story, alpha!).map((p) => p.rule)).toEqual(['unsupported-answer', 'quote-not-found', 'stale-answer']);
    expect(articlePageProblems(story, beta!).map((p) => `${p.rule} ${p.field}`)).toEqual([
      'placeholder kind',
      'stale-answer topics[0].conflict',
    ]);
  });

  it('a claim: its own; a topic row: its own, not its claims’', () => {
    expect(claimProblemsOf(story.problems, 'alpha-day').map((p) => p.rule)).toEqual(['unsupported-answer', 'quote-not-found']);
    expect(topicProblemsOf(story.problems, 'day').map((p) => p.rule)).toEqual(['stale-answer']);
  });

  it('a claim made twice: beside the second', () => {
    const twice = buildSite(
      {
        ...input,
        articles: input.articles.map((a) =>
          a.id === 'tiny/beta' ? { ...a, data: { ...a.data, claims: [...a.data.claims, { ...a.data.claims[1]!, text: 'Again.' }] } } : a,
        ),
      },
      { problems: 'collect' },
    );
    expect(claimProblemsOf(twice.problems, 'beta-who-2').map((p) => p.rule)).toEqual(['duplicate-claim']);
  });

  it('the home page: all of them', () => {
    expect(site.problems).toHaveLength(4);
  });
});
