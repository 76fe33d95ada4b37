/** The rehype plugins, all in order, as the site renders an article body (src/plugins/index.ts). */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { foldWhitespace } from '../../src/lib/text';
import { readArticle, renderBodies, renderBody } from '../helpers/body';
import { $, $$, text } from '../helpers/html';

const render = (file: string): Root => renderBody(readArticle(file));
const renderMarkdown = (markdown: string): string => renderBodies([{ outlet: 'a', claims: [], markdown }])[0]!;

describe('rehype-claim-anchors on a quote crossing inline formatting', () => {
  const tree = render('test/fixtures/anchors/inline-formatting.md');
  const html = (el: Element | undefined) => JSON.stringify(el);

  it.each([
    ['alpha-start', 'really did happen on Tuesday'],
    ['alpha-across', 'said the mayor of the town, who was there'],
    ['alpha-whole', 'in the rain'],
  ])('wraps #claim-%s around exactly its words', (id, quote) => {
    const anchor = $(tree, `#claim-${id}`);
    expect(text(anchor)).toBe(quote);
    expect(anchor?.properties['dataTopic']).toBe(id.replace('alpha-', ''));
  });

  it('keeps the formatting, splitting an element the quote starts or ends inside', () => {
    expect(text($(tree, 'p'))).toBe('It really did happen on Tuesday, said the mayor of the town, who was there in the rain.');
    expect($$(tree, 'em').map(text)).toEqual(['really did', 'in the rain']);
    expect(html($(tree, '#claim-alpha-start'))).toContain('"tagName":"em"');
    expect($$(tree, 'strong').map(text)).toEqual(['the town, who']);
    expect($(tree, '#claim-alpha-across a[href="https://example.org/"]')).toBeTruthy();
  });
});

describe('rehype-claim-anchors on a repeated quote', () => {
  const tree = render('test/fixtures/anchors/repeated-quote.md');
  it('anchors the first occurrence, once', () => {
    expect($$(tree, '#claim-beta-day')).toHaveLength(1);
    expect(text($(tree, 'p:first-child #claim-beta-day'))).toBe('on Monday');
  });
  it('nests a claim inside a longer one that contains it, keeping both whole', () => {
    expect(text($(tree, '#claim-beta-day-2'))).toBe('It happened on Monday, yesterday.');
    expect($(tree, '#claim-beta-day-2 #claim-beta-day')).toBeTruthy();
  });
  it('matches across a line break in the source', () => {
    expect(text($(tree, '#claim-beta-who'))).toBe('The mayor was there');
  });
});

describe('rehype-demote-headings', () => {
  it('puts an article’s subheads one level down', () => {
    expect(renderMarkdown('## A subhead\n\n### A smaller one')).toMatch(
      /^<h3 id="a-p1">A subhead<\/h3>\s*<h4 id="a-p2">A smaller one<\/h4>$/,
    );
  });
});

describe('rehype-block-ids', () => {
  it('numbers an article’s top-level blocks, as the site model counts them', () => {
    const markdown = 'One.\n\n## Two\n\n> Three.\n\n- four\n- five';
    const tree = fromHtml(renderMarkdown(markdown), { fragment: true });
    const numbered = $$(tree, '[id^="a-p"]');
    expect(numbered.map((el) => [el.tagName, el.properties['id']])).toEqual([
      ['p', 'a-p1'],
      ['h3', 'a-p2'],
      ['blockquote', 'a-p3'],
      ['ul', 'a-p4'],
    ]);
    // Search links passage n of the model to #a-p<n>: both must be the same words.
    expect(numbered.map((el) => foldWhitespace(text(el)))).toEqual(textBlocks(markdownTree(markdown)).map((b) => foldWhitespace(b.text)));
  });
});

describe('rehype-claim-anchors makes the marked words a way to every outlet’s answer', () => {
  const tree = render('test/fixtures/anchors/repeated-quote.md');
  it('links the outermost claim to its topic’s row in the matrix, relative to the page', () => {
    const outer = $(tree, '#claim-beta-day-2');
    expect(outer?.tagName).toBe('a');
    expect(outer?.properties['href']).toBe('../claims/#topic-day');
  });
  it('keeps a claim inside another a span, and the text’s own links unnested', () => {
    expect($(tree, '#claim-beta-day')?.tagName).toBe('span');
    const formatted = render('test/fixtures/anchors/inline-formatting.md');
    expect($(formatted, '#claim-alpha-across')?.tagName).toBe('span');
    expect($$(formatted, 'a a')).toHaveLength(0);
  });
});
