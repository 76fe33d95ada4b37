/** The synthetic corpus of `npm run bench`: the same every time, and valid under every content rule. */
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/lib/corpus';
import { smallCorpus } from '../helpers/corpus';

const { corpus, site } = smallCorpus();

describe('the synthetic corpus', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(generateCorpus({ stories: 12 }).files).toEqual(corpus.files);
    expect(generateCorpus({ stories: 12, seed: 2 }).files).not.toEqual(corpus.files);
  });

  it('grows by appending: the first stories of a larger corpus are the same files', () => {
    const larger = generateCorpus({ stories: 13 });
    for (const [path, text] of corpus.files) expect(larger.files.get(path), path).toBe(text);
  });

  it('passes every content rule, as the build checks them', () => {
    expect(site.stories).toHaveLength(12);
    expect(site.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const story of site.stories) {
      expect(story.articles).toHaveLength(5);
      for (const article of story.articles) expect(article.claims).toHaveLength(20);
    }
  });

  it('has articles of realistic length and misspelt queries whose words are in the articles named', () => {
    expect(corpus.stats.words / corpus.stats.articles).toBeGreaterThan(600);
    expect(corpus.typos.length).toBeGreaterThan(5);
    for (const typo of corpus.typos) {
      expect(typo.query).not.toBe(typo.intended.toLowerCase());
      expect(typo.articles.length).toBeGreaterThan(0);
      for (const article of typo.articles) expect(corpus.files.get(`articles/${article}.md`)).toContain(typo.intended);
    }
  });
});
