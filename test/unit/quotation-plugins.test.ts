/** The quotation anchors and shared-copy marks, on a real Astro Markdown pipeline with all the site's plugins. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { rehypePlugins } from '../../src/plugins';
import { $, $$, text } from '../helpers/html';

const DIR = 'test/fixtures/quotations/plugin';

async function render(file: string, frontmatterOverride?: Record<string, unknown>): Promise<Root> {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const renderer = await unified({ smartypants: false, rehypePlugins }).createRenderer({ syntaxHighlight: false });
  const { code } = await renderer.render(content, {
    frontmatter: frontmatterOverride ?? frontmatter,
    fileURL: new URL(file, `file://${process.cwd()}/`),
  });
  return fromHtml(code, { fragment: true });
}

/** The text of a quotation: its anchored span and any spans continuing it (where a claim cut across it). */
const quotationText = (tree: Root, id: string) =>
  [$(tree, `#${id}`), ...$$(tree, `[data-continues="${id}"]`)].map((el) => toText(el as Element)).join('');

describe('rehype-quotation-anchors', async () => {
  const tree = await render(`${DIR}/alpha.md`);

  it('anchors each quotation’s words, between its marks, as <outlet>-p<n>-q<k>', () => {
    expect($$(tree, '.quotation[id]').map((el) => el.properties['id'])).toEqual(['alpha-p1-q1']);
    expect(quotationText(tree, 'alpha-p1-q1')).toBe('We will rebuild every home,');
  });

  it('never splits a claim that starts inside a quotation: the quotation continues inside the claim', () => {
    expect(text($(tree, '#claim-alpha-who'))).toBe('every home,” the mayor said');
    expect($$(tree, '[id="claim-alpha-who"]')).toHaveLength(1);
    expect($(tree, '#claim-alpha-who [data-continues="alpha-p1-q1"]')).toBeTruthy();
  });

  it('leaves the text as it was', () => {
    expect($$(tree, 'p').map(text)).toEqual([
      '“We will rebuild every home,” the mayor said.',
      'Overnight the storm tore the roof off the old mill and flooded every street in the lower town.',
    ]);
  });
});

describe('rehype-shared-copy', async () => {
  const alpha = await render(`${DIR}/alpha.md`);
  const beta = await render(`${DIR}/beta.md`);

  it('marks the words the story’s other article prints alike, naming it, across inline formatting', () => {
    const marks = $$(alpha, 'mark.shared');
    expect(new Set(marks.map((m) => m.properties['dataShared']))).toEqual(new Set(['beta']));
    expect(marks.map((m) => toText(m)).join('')).toBe(
      'the storm tore the roof off the old mill and flooded every street in the lower town',
    );
    expect($(alpha, 'em mark.shared, mark.shared em')).toBeTruthy();
  });

  it('marks the other side too, inside its claim', () => {
    expect($$(beta, 'mark.shared').map((m) => m.properties['dataShared'])).toContain('alpha');
    expect(text($(beta, '#claim-beta-what'))).toBe('flooded every street');
  });

  it('ignores articles of another story in the same folder, and articles that name no story', async () => {
    expect($$(alpha, 'mark.shared').some((m) => String(m.properties['dataShared']).includes('gamma'))).toBe(false);
    const { frontmatter } = parseFrontmatter(readFileSync(`${DIR}/alpha.md`, 'utf8'));
    const noStory = await render(`${DIR}/alpha.md`, { ...frontmatter, story: undefined });
    expect($$(noStory, 'mark.shared')).toHaveLength(0);
  });
});
