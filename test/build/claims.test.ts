/** The claim matrix and the open data, read from the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { compareTopics } from '../../src/lib/compare';
import { claimsCsv, csvField } from '../../src/lib/export';
import { STATUS_LABEL } from '../../src/lib/status';
import { claimsExportSchema } from '../../src/schemas/export';
import { loadSite } from '../helpers/content';
import { $, $$, page, text } from '../helpers/html';

const dist = inject('distDir');
const base = inject('basePath');
const site = loadSite('content');

describe.each(site.stories.map((s) => [s.id, s] as const))('story %s', (storyId, story) => {
  const json = JSON.parse(readFileSync(join(dist, `stories/${storyId}/claims.json`), 'utf8'));
  const comparisons = compareTopics(story);

  describe('claims.json', () => {
    it('matches its published schema', () => {
      expect(() => claimsExportSchema().parse(json)).not.toThrow();
      const published = JSON.parse(readFileSync(join(dist, `stories/${storyId}/claims.schema.json`), 'utf8'));
      expect(published).toEqual(z.toJSONSchema(claimsExportSchema()));
    });

    it('holds every claim and every topic with its status and silent outlets', () => {
      expect(json.claims).toHaveLength(story.articles.reduce((n, a) => n + a.claims.length, 0));
      expect(json.topics.map((t: { id: string; status: string; silent: string[] }) => [t.id, t.status, t.silent])).toEqual(
        comparisons.map((c) => [c.topic.id, c.status, c.silent]),
      );
    });

    it('links every claim to an element on its article page that holds exactly its quote', () => {
      const pages = new Map<string, ReturnType<typeof page>>();
      for (const claim of json.claims) {
        const [path, anchor] = (claim.url as string).split('#') as [string, string];
        expect(path).toBe(`${base}stories/${storyId}/${claim.outlet}/`);
        if (!pages.has(path)) pages.set(path, page(dist, path.slice(base.length)));
        const target = $(pages.get(path)!, `#${anchor}`);
        expect(target, claim.url).toBeTruthy();
        expect(text(target)).toBe(claim.quote.replace(/\s+/g, ' '));
      }
    });

    it('has the same claims as CSV, one row each', () => {
      const csv = readFileSync(join(dist, `stories/${storyId}/claims.csv`), 'utf8');
      expect(csv).toBe(claimsCsv(json));
      expect(csv.trimEnd().split('\r\n')).toHaveLength(json.claims.length + 1);
    });
  });

  describe('the claim matrix', () => {
    const tree = page(dist, `stories/${storyId}/claims/`);
    const rows = $$(tree, 'tbody tr');

    it('has a row per topic and a column per outlet, with each outlet’s coverage', () => {
      expect(rows.map((r) => text($(r, '.question')))).toEqual(story.topics.map((t) => t.question));
      const heads = $$(tree, 'thead th').slice(1).map(text);
      expect(heads).toEqual(
        story.articles.map(
          (a) => `${a.outlet.label} reports ${comparisons.filter((c) => c.claims.has(a.outlet.id)).length} of ${comparisons.length} topics`,
        ),
      );
    });

    it.each(comparisons.map((c) => [c.topic.id, c] as const))('%s: marks its status and says who is silent', (topicId, c) => {
      const row = $(tree, `#topic-${topicId}`)!;
      expect(row.properties['dataStatus']).toBe(c.status);
      expect(text($(row, '.status'))).toContain(STATUS_LABEL[c.status]);
      const cells = $$(row, 'td');
      expect(cells).toHaveLength(story.articles.length);
      story.articles.forEach((article, i) => {
        const cell = text(cells[i]);
        if (c.silent.includes(article.outlet.id)) expect(cell).toBe(`${article.outlet.label} Not reported`);
        else for (const claim of c.claims.get(article.outlet.id)!) expect(cell).toContain(claim.text);
      });
    });

    it('puts each quote behind a details element and links to its words', () => {
      const details = $$(tree, 'td details blockquote').map(text);
      expect(details).toHaveLength(json.claims.length);
      const links = $$(tree, 'td a.goto').map((a) => a.properties['href']);
      expect(new Set(links)).toEqual(new Set(json.claims.map((c: { url: string }) => c.url)));
    });
  });

  it('the compare view marks every claim in its column', () => {
    const tree = page(dist, `stories/${storyId}/compare/`);
    for (const article of story.articles) {
      for (const claim of article.claims) expect($(tree, `#read-${article.outlet.id} #claim-${claim.id}`), claim.id).toBeTruthy();
    }
  });
});

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['He said "no"', '"He said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['“curly”', '“curly”'],
  ])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});
