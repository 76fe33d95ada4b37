/**
 * Content problems under `astro dev`: the claim-anchor plugin lets the page render, the model
 * keeps the problems, and each page picks its own. (The browser test, test/e2e/dev-warnings,
 * watches one appear and go on a real dev server.)
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { contentMode, setContentMode } from '../../src/lib/content-mode';
import { articlePageProblems, claimProblemsOf, topicProblemsOf } from '../../src/lib/dev-warnings';
import { buildSite, type ContentInput } from '../../src/lib/model';
import { rehypePlugins } from '../../src/plugins';
import { readContent } from '../helpers/content';

const frontmatter = {
  outlet: 'alpha',
  claims: [
    { topic: 'day', text: 't', quote: 'on Friday' },
    { topic: 'day', text: 't', quote: 'on Monday' },
  ],
};

async function renderIn(mode: 'show' | 'stop') {
  const before = contentMode();
  setContentMode(mode);
  try {
    const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    return await renderer.render('It was on Monday.', { frontmatter, fileURL: new URL('file:///x/content/articles/s/alpha.md') });
  } finally {
    setContentMode(before);
  }
}

describe('the content mode', () => {
  it('stops on bad content unless astro dev said to show it', () => {
    expect(contentMode()).toBe('stop');
  });

  it('lets the claim-anchor plugin render a body with a quote not found under astro dev, anchoring the rest', async () => {
    const { code } = await renderIn('show');
    expect(code).toContain('id="claim-alpha-day-2"');
    expect(code).not.toContain('id="claim-alpha-day"');
    await expect(renderIn('stop')).rejects.toThrow(/field "quote": not found verbatim in the body: "on Friday"/);
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
  const site = buildSite(broken, { problems: 'collect' });
  const story = site.stories[0]!;
  const [alpha, beta] = story.articles;

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
