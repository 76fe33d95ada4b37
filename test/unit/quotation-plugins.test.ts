/** The quotation anchors and shared-copy marks, with all the site's plugins as it renders an article body. */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { readArticle, renderBodies, renderBody } from '../helpers/body';
import { $, $$, text } from '../helpers/html';

const DIR = 'test/fixtures/quotations/plugin';
const [alphaFile, betaFile, gammaFile] = ['alpha', 'beta', 'gamma'].map((name) => readArticle(`${DIR}/${name}.md`)) as [
  ReturnType<typeof readArticle>,
  ReturnType<typeof readArticle>,
  ReturnType<typeof readArticle>,
];

/** The text of a quotation: its anchored span and any spans continuing it (where a claim cut across it). */
const quotationText = (tree: Root, id: string) =>
  [$(tree, `#${id}`), ...$$(tree, `[data-continues="${id}"]`)].map((el) => toText(el as Element)).join('');

describe('rehype-quotation-anchors', () => {
  const tree = renderBody(alphaFile);

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

describe('rehype-shared-copy', () => {
  const [alpha, beta] = renderBodies([alphaFile, betaFile, gammaFile]).map((html) => fromHtml(html, { fragment: true })) as [Root, Root];

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

  it('ignores articles of another story, and articles that name no story', () => {
    expect($$(alpha, 'mark.shared').some((m) => String(m.properties['dataShared']).includes('gamma'))).toBe(false);
    const [noStory] = renderBodies([{ ...alphaFile, story: undefined }, betaFile]);
    expect(noStory).not.toContain('mark');
  });
});
