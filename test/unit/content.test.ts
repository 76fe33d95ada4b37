/** Rules the site's own content must keep, checked on the files in content/. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldWhitespace } from '../../src/lib/text';
import { loadSite } from '../helpers/content';
import { SEEDS, seedProse } from '../helpers/seeds';

const site = loadSite('content');
const articles = site.stories.flatMap((s) => s.articles);
const byId = new Map(articles.map((a) => [a.id, a]));

describe.each(SEEDS)('seed $file', (seed) => {
  const article = byId.get(seed.article);
  it('is an article on the site', () => expect(article).toBeDefined());

  it('has every prose line in the body, verbatim and in order', () => {
    const body = article!.blocks.map((b) => foldWhitespace(b.text));
    expect(body).toEqual(seedProse(seed));
  });

  it('keeps every line left out of the body in its frontmatter or names it in a comment', () => {
    const source = readFileSync(article!.filePath, 'utf8');
    const frontmatter = foldWhitespace(source.split(/^---$/m)[1] ?? '');
    for (const line of seed.outsideBody) expect(frontmatter).toContain(line);
  });
});

describe('the claims', () => {
  it.each(articles.map((a) => [a.id, a] as const))('%s has at least 8 claims, each with a quote from its body', (_, article) => {
    expect(article.claims.length).toBeGreaterThanOrEqual(8);
    for (const claim of article.claims) {
      expect(foldWhitespace(article.blocks[claim.block]!.text)).toContain(foldWhitespace(claim.quote));
    }
  });

  it.each(site.stories.map((s) => [s.id, s] as const))(
    'story %s has at least 12 topics, 10 of them reported by two or more outlets',
    (_, story) => {
      expect(story.topics.length).toBeGreaterThanOrEqual(12);
      const outletsPerTopic = story.topics.map(
        (t) => new Set(story.articles.filter((a) => a.claims.some((c) => c.topic === t.id)).map((a) => a.outlet.id)).size,
      );
      expect(outletsPerTopic.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(10);
      expect(
        outletsPerTopic.every((n) => n >= 1),
        'every topic is answered by some outlet',
      ).toBe(true);
    },
  );

  it('show the conflict over the day of the strike: Interbellum says Monday, the others Tuesday', () => {
    const story = site.stories.find((s) => s.id === 'israel-strike-doha')!;
    const days = Object.fromEntries(story.articles.map((a) => [a.outlet.id, a.claims.find((c) => c.topic === 'day')?.value]));
    expect(days).toEqual({ ap: 'Tuesday', 'business-times': 'Tuesday', cnn: 'Tuesday', interbellum: 'Monday', truthout: 'Tuesday' });
  });

  it('describe, never judge: no claim text calls an outlet wrong, false or biased', () => {
    const judging = /\b(wrong|false(ly)?|misleading|biased|incorrect(ly)?|lies|lying)\b/i;
    for (const claim of articles.flatMap((a) => a.claims)) expect(claim.text).not.toMatch(judging);
  });
});
