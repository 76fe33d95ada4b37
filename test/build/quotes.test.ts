/** The quotation ledger, the sources, the wording and the overview's figures, read from the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { describe, expect, inject, it } from 'vitest';
import { analyseStory } from '../../src/lib/story-analysis';
import { quotesExportSchema } from '../../src/schemas/export';
import { loadSite, readLexicons } from '../helpers/content';
import { $, $$, page, text } from '../helpers/html';

const dist = inject('distDir');
const base = inject('basePath');
const site = loadSite('content');
const lexicons = readLexicons('content');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.each(site.stories.map((s) => [s.id, s] as const))('story %s', (storyId, story) => {
  const analysis = analyseStory(story, lexicons.get(storyId));
  const json = JSON.parse(readFileSync(join(dist, `stories/${storyId}/quotes.json`), 'utf8'));

  describe('quotes.json', () => {
    it('matches its published schema', () => {
      expect(() => quotesExportSchema().parse(json)).not.toThrow();
      const published = JSON.parse(readFileSync(join(dist, `stories/${storyId}/quotes.schema.json`), 'utf8'));
      expect(published).toEqual(z.toJSONSchema(quotesExportSchema()));
    });

    it('links every version to its quotation on the article page, whose words are exactly the version’s', () => {
      const pages = new Map<string, ReturnType<typeof page>>();
      let checked = 0;
      for (const group of json.groups) {
        for (const version of group.versions) {
          const [path, anchor] = (version.url as string).split('#') as [string, string];
          expect(path).toBe(`${base}stories/${storyId}/${version.outlet}/`);
          if (!pages.has(path)) pages.set(path, page(dist, path.slice(base.length)));
          const tree = pages.get(path)!;
          const parts = [$(tree, `#${anchor}`), ...$$(tree, `[data-continues="${anchor}"]`)].filter(Boolean) as Element[];
          expect(parts.length, version.url).toBeGreaterThan(0);
          expect(fold(parts.map((p) => toText(p)).join(''))).toBe(fold(version.text));
          checked++;
        }
      }
      expect(checked).toBe(analysis.groups.reduce((n, g) => n + g.versions.length, 0));
    });
  });

  describe('the ledger', () => {
    const tree = page(dist, `stories/${storyId}/quotes/`);
    it('shows each statement, those several outlets quote first, under its anchor', () => {
      expect($$(tree, '.statements > li').map((li) => li.properties['id'])).toEqual(json.groups.map((g: { id: string }) => g.id));
      expect($$(tree, '[aria-labelledby="several-heading"] .statement')).toHaveLength(
        analysis.groups.filter((g) => g.outlets.length > 1).length,
      );
    });
    it('gives every version, its speaker and a link to it, and says which outlets do not quote it', () => {
      const first = $(tree, '#statement-1')!;
      const group = analysis.groups[0]!;
      expect($$(first, '.version')).toHaveLength(group.versions.length);
      expect($$(first, '.goto').map((a) => a.properties['href'])).toEqual(json.groups[0].versions.map((v: { url: string }) => v.url));
      const missing = story.articles.filter((a) => !group.outlets.includes(a.outlet.id)).map((a) => a.outlet.label);
      for (const label of missing) expect(text($(first, '.carried'))).toContain(label);
    });
    if (storyId === 'israel-strike-doha') {
      it('marks AP’s “flagrant” against the reference’s “blatant”, and says our reading of AP’s “it” is an editor’s', () => {
        const ap = $$(tree, '#statement-1 .version').find((v) => text($(v, '.version-head')) === 'AP')!;
        expect($$(ap, 'mark.differs').map(text)).toEqual(['flagrant']);
        expect(text($(ap, '.changes'))).toContain('“blatant” → “flagrant”');
        expect(text($(ap, '.said'))).toContain('read as Qatar (an editor’s correction');
      });
    }
  });

  describe('the sources page', () => {
    const tree = page(dist, `stories/${storyId}/sources/`);
    it('has a row per source and a column per outlet, every count linked to its sentences', () => {
      const rows = $$(tree, 'table.sources tbody:not(.totals) tr:not(.kind-row)');
      expect(rows).toHaveLength(analysis.sources.rows.length);
      const ids = new Set($$(tree, '[id]').map((el) => String(el.properties['id'])));
      const links = $$(tree, 'table.sources a[href^="#"]');
      expect(links.length).toBeGreaterThan(0);
      for (const a of links) expect(ids.has(String(a.properties['href']).slice(1)), String(a.properties['href'])).toBe(true);
    });
    if (storyId === 'israel-strike-doha') {
      it('marks The Business Times as resting on CNN’s reporting, and CNN’s own as its own', () => {
        expect(text($(tree, '.relies-summary'))).toContain('Business Times: ⚑ CNN (2 sentences), Fox News (1 sentence)');
        const cnnRow = $$(tree, 'table.sources tr').find((tr) => text($(tr, 'th')) === 'CNN')!;
        const cells = $$(cnnRow, 'td').map(text);
        expect(cells[1]).toContain('rests on its reporting');
        expect(cells[2]).toContain('its own reporting');
      });
    }
  });

  describe('the wording page', () => {
    const tree = page(dist, `stories/${storyId}/wording/`);
    const lexicon = lexicons.get(storyId);
    it('charts each group of terms as a table, counts as text and links, bars hidden from screen readers', () => {
      expect($$(tree, 'table.words')).toHaveLength(lexicon?.groups.length ?? 0);
      for (const svg of $$(tree, 'table.words svg')) expect(svg.properties['ariaHidden']).toBe('true');
      const ids = new Set($$(tree, '[id]').map((el) => String(el.properties['id'])));
      for (const a of $$(tree, 'table.words a')) expect(ids.has(String(a.properties['href']).slice(1))).toBe(true);
    });
    if (storyId === 'israel-strike-doha') {
      it('says Truthout uses “genocide” twice in its own words, and links each to its paragraph', () => {
        const row = $$(tree, 'table.words tbody tr').find((tr) => text($(tr, 'th')) === 'genocide')!;
        expect($$(row, 'td').map((td) => text($(td, 'a') ?? $(td, '.none')))).toEqual(['none', 'none', 'none', 'none', '2 own, 0 quoted']);
        expect($$(tree, '#term-genocide-truthout li a').map((a) => String(a.properties['href']))).toEqual([
          expect.stringMatching(new RegExp(`^${base}stories/${storyId}/truthout/#truthout-p\\d+$`)),
          expect.stringMatching(new RegExp(`^${base}stories/${storyId}/truthout/#truthout-p\\d+$`)),
        ]);
      });
    }
  });

  describe('the overview', () => {
    const tree = page(dist, `stories/${storyId}/`);
    it('gives each article’s figures', () => {
      const rows = $$(tree, 'table.figures tbody tr');
      expect(rows.map((r) => text($(r, 'th')))).toEqual(story.articles.map((a) => a.outlet.label));
      rows.forEach((row, i) => {
        const f = analysis.figures.get(story.articles[i]!.outlet.id)!;
        expect(text($$(row, 'td')[0])).toContain(f.words.toLocaleString('en'));
        expect(text($$(row, 'td')[2])).toContain(`${Math.round(f.quotedShare * 100)}%`);
        expect(text($$(row, 'td')[3])).toContain(String(f.quotations));
      });
    });
    it('lists the passages two outlets print alike, linking to both', () => {
      expect($$(tree, '.shared-item')).toHaveLength(story.shared.length);
      for (const item of $$(tree, '.shared-item')) expect($$(item, '.goto a')).toHaveLength(2);
    });
    it('leads to the ledger, the sources and the wording', () => {
      const hrefs = $$(tree, '.more-views a').map((a) => a.properties['href']);
      expect(hrefs).toEqual([
        `${base}stories/${storyId}/quotes/`,
        `${base}stories/${storyId}/sources/`,
        `${base}stories/${storyId}/wording/`,
      ]);
    });
  });

  describe('the article bodies', () => {
    it('mark shared words in the compare view and on the article pages, naming the other outlets', () => {
      const compare = page(dist, `stories/${storyId}/compare/`);
      const outlets = new Set(story.articles.map((a) => a.outlet.id));
      for (const p of story.shared) {
        for (const [side, outlet] of p.outlets.entries()) {
          const other = p.outlets[1 - side]!;
          const marks = $$(compare, `#read-${outlet} mark.shared`).filter((m) =>
            String(m.properties['dataShared']).split(' ').includes(other),
          );
          expect(marks.length, `${outlet} shares with ${other}`).toBeGreaterThan(0);
        }
      }
      for (const m of $$(compare, 'mark.shared'))
        for (const o of String(m.properties['dataShared']).split(' ')) expect(outlets.has(o)).toBe(true);
      if (story.shared.length)
        expect($$(page(dist, `stories/${storyId}/${story.shared[0]!.outlets[0]}/`), '.body mark.shared').length).toBeGreaterThan(0);
    });
  });
});
