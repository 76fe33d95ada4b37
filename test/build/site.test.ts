/** The built site, read as files: what a reader gets with JavaScript off. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { $, $$, page, text } from '../helpers/html';
import { loadSite } from '../helpers/content';
import { SEEDS, seedProse } from '../helpers/seeds';

const dist = inject('distDir');
const basePath = inject('basePath');
const site = loadSite('content');
const story = site.stories.find((s) => s.id === 'israel-strike-doha')!;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** Every element's text, in document order; prose lines must each be inside one of them. */
const paragraphs = (tree: ReturnType<typeof page>, selector: string) => $$(tree, selector).map(text);

describe.each(SEEDS)('seed $file on the site', (seed) => {
  const [storyId, outletId] = seed.article.split('/') as [string, string];
  const prose = seedProse(seed);

  it('appears verbatim and in order on its article page', () => {
    const tree = page(dist, `stories/${storyId}/${outletId}/`);
    expect(paragraphs(tree, '.body p, .body h3')).toEqual(prose);
  });

  it('appears verbatim and in order in its column of the compare view', () => {
    const tree = page(dist, `stories/${storyId}/compare/`);
    expect(paragraphs(tree, `#read-${outletId} .prose p, #read-${outletId} .prose h3`)).toEqual(prose);
  });
});

describe('the home page', () => {
  const tree = page(dist, '');
  it('lists each story with the outlets that covered it', () => {
    const entry = text($(tree, '.stories > li'));
    expect(entry).toContain(story.title);
    for (const article of story.articles) expect(entry).toContain(article.outlet.name);
  });
});

describe('the story page', () => {
  const tree = page(dist, `stories/${story.id}/`);
  it('shows the summary labelled as written by this site', () => {
    expect(text($(tree, '.ours'))).toBe(`Summary written by this site ${story.summary}`);
  });
  it.each(story.articles.map((a) => [a.outlet.id, a] as const))(
    'lists %s with headline, byline, date, word count and original',
    (_, article) => {
      const item = $$(tree, '.articles > li').find((li) => text(li).includes(article.outlet.name));
      const shown = text(item);
      expect(shown).toContain(article.data.headline);
      expect(shown).toContain(article.data.byline ?? 'No byline given');
      expect(shown).toMatch(/Published (about )?\d{1,2} \w{3} 2025/);
      expect(shown).toContain(`${article.wordCount.toLocaleString('en')} words`);
      if (article.data.url) expect($(item!, `a[href="${article.data.url}"]`)).toBeTruthy();
      else expect(shown).toContain('We have no confirmed link to the original.');
      if (article.data.urlNote) expect(shown).toContain(article.data.urlNote);
    },
  );
});

describe('article pages', () => {
  it('show an inferred date as such', () => {
    const shown = text(page(dist, `stories/${story.id}/interbellum/`));
    expect(shown).toContain(
      'Published about 13 Sep 2025 Why “about” The article gives no date; we worked it out: It says Rubio “said Saturday” and will visit Jerusalem “on Sunday”.',
    );
  });
  it.each(story.articles.map((a) => [a.outlet.id, a] as const))('%s lists its claims with their quotes', (outletId, article) => {
    const items = $$(page(dist, `stories/${story.id}/${outletId}/`), '.claims li');
    expect(items.map((li) => text($(li, '.quote')))).toEqual(article.claims.map((c) => c.quote.replace(/\s+/g, ' ')));
  });
  it.each(story.articles.map((a, i) => [a.outlet.id, i] as const))('%s ends with a way on to the next outlet’s report', (outletId, i) => {
    const nav = $(page(dist, `stories/${story.id}/${outletId}/`), 'nav.next-outlet');
    const next = story.articles[i + 1];
    const previous = story.articles[i - 1];
    expect($(nav!, 'a[rel="next"]')?.properties['href']).toBe(next ? `${basePath}stories/${story.id}/${next.outlet.id}/` : undefined);
    expect($(nav!, 'a[rel="prev"]')?.properties['href']).toBe(
      previous ? `${basePath}stories/${story.id}/${previous.outlet.id}/` : undefined,
    );
  });
  it('link to originals without leaking the opener or referrer', () => {
    const links = $$(page(dist, `stories/${story.id}/truthout/`), 'a[href^="https://truthout.org"]');
    expect(links.length).toBeGreaterThan(0);
    for (const a of links)
      expect(String(a.properties['rel'] ?? '').split(/[ ,]+/)).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  });
});

describe('the compare page', () => {
  const tree = page(dist, `stories/${story.id}/compare/`);
  it('has one column per article, each headed by its outlet', () => {
    expect($$(tree, '.col-head h2').map(text)).toEqual(story.articles.map((a) => a.outlet.label));
  });
});

describe('reading pages ship no JavaScript', () => {
  const reading = htmlFiles(dist).filter((f) => !f.includes('compare') && !f.startsWith('search'));
  it.each(reading)('%s', (file) => {
    const html = readFileSync(join(dist, file), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
  });
});
