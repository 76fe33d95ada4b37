/** The rehype plugins on a real Astro Markdown pipeline, as the build runs them. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { foldWhitespace } from '../../src/lib/text';
import { rehypePlugins } from '../../src/plugins';
import { $, $$, text } from '../helpers/html';

async function render(file: string): Promise<Root> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(content, { frontmatter, fileURL: new URL(file, `file://${process.cwd()}/`) });
  return fromHtml(code, { fragment: true });
}

describe('rehype-claim-anchors on a quote crossing inline formatting', async () => {
  const tree = await render('test/fixtures/anchors/inline-formatting.md');
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

describe('rehype-claim-anchors on a repeated quote', async () => {
  const tree = await render('test/fixtures/anchors/repeated-quote.md');
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

describe('rehype-claim-anchors failing loudly', () => {
  it('stops with the file, claim, field and the hint when a quote is not in the text', async () => {
    const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    const frontmatter = { outlet: 'alpha', claims: [{ topic: 'day', text: 't', quote: 'on Friday' }] };
    await expect(
      renderer.render('It was on Monday.', { frontmatter, fileURL: new URL('file:///x/content/articles/s/alpha.md') }),
    ).rejects.toThrow(
      /alpha\.md: claims\[0\] \(topic "day"\) field "quote": not found verbatim in the body: "on Friday"\. Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs\./,
    );
  });
  it('leaves files that are not articles alone (all three plugins)', async () => {
    const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render('## Heading\n\nJust *text*.', { frontmatter: { title: 'x' } });
    expect(code).toBe('<h2 id="heading">Heading</h2>\n<p>Just <em>text</em>.</p>');
  });
});

describe('rehype-demote-headings', () => {
  it('puts an article’s subheads one level down', async () => {
    const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render('## A subhead\n\n### A smaller one', { frontmatter: { outlet: 'a', claims: [] } });
    expect(code).toMatch(/^<h3 id="a-p1">A subhead<\/h3>\s*<h4 id="a-p2">A smaller one<\/h4>$/);
  });
});

describe('rehype-block-ids', () => {
  it('numbers an article’s top-level blocks, as the site model counts them', async () => {
    const markdown = 'One.\n\n## Two\n\n> Three.\n\n- four\n- five';
    const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render(markdown, { frontmatter: { outlet: 'a', claims: [] } });
    const tree = fromHtml(code, { fragment: true });
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

describe('rehype-claim-anchors makes the marked words a way to every outlet’s answer', async () => {
  const tree = await render('test/fixtures/anchors/repeated-quote.md');
  it('links the outermost claim to its topic’s row in the matrix, relative to the page', () => {
    const outer = $(tree, '#claim-beta-day-2');
    expect(outer?.tagName).toBe('a');
    expect(outer?.properties['href']).toBe('../claims/#topic-day');
  });
  it('keeps a claim inside another a span, and the text’s own links unnested', async () => {
    expect($(tree, '#claim-beta-day')?.tagName).toBe('span');
    const formatted = await render('test/fixtures/anchors/inline-formatting.md');
    expect($(formatted, '#claim-alpha-across')?.tagName).toBe('span');
    expect($$(formatted, 'a a')).toHaveLength(0);
  });
});
