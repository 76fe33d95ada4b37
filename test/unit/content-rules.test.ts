/** The content rules one by one, on short inputs: what each accepts and what it refuses, and how it says so. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { closestPassage, closestSpan, describeDifferences } from '../../src/lib/closest-passage';
import { formatProblem, problem } from '../../src/lib/content-errors';
import { duplicateClaimProblems, markupProblems, placeholderProblems, spellingVariants } from '../../src/lib/content-rules';
import { normalizeValue } from '../../src/lib/compare';
import { importText } from '../../src/lib/import-text';
import { markdownTree, markdownTrees } from '../../src/lib/quotes';
import { fieldOffsets, nearestField, positionAt } from '../../src/lib/yaml-positions';

const markup = (body: string) =>
  markupProblems('a.md', markdownTrees(body).markdown, body).map((p) => [p.bodyPosition?.line, p.bodyPosition?.column, p.message]);

describe('markup in an article body', () => {
  it.each<[string, string, RegExp]>([
    ['an image tag with a handler', 'Text <img src=x onerror="alert(1)"> more.', /^raw HTML "<img src=x onerror="alert\(1\)">"/],
    ['a script block', 'Text.\n\n<script>alert(1)</script>', /^raw HTML "<script>alert\(1\)<\/script>"/],
    ['a javascript: link', 'See [a link](javascript:alert(3)).', /^a Markdown link "\[a link\]\(javascript:alert\(3\)\)"/],
    ['an ordinary link', 'See [the report](https://example.org).', /^a Markdown link/],
    ['an address in angle brackets', 'See <https://example.org>.', /^a Markdown link "<https:\/\/example\.org>"/],
    ['an image', 'A photo ![x](x.png).', /^a Markdown image "!\[x\]\(x\.png\)"/],
    ['a reference link and its definition', 'A [ref][1].\n\n[1]: /reference', /^a Markdown reference link "\[ref\]\[1\]"/],
    ['a footnote', 'A claim.[^1]\n\n[^1]: A note.', /^a Markdown footnote "\[\^1\]"/],
    ['an HTML comment', 'Text <!-- hidden --> here.', /^raw HTML "<!-- hidden -->"/],
  ])('refuses %s', (_, body, message) => {
    const found = markup(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]![2]).toMatch(message);
  });

  it('gives where in the body each is', () => {
    expect(markup('One.\n\nTwo <b>bold</b>.').map(([line, column]) => [line, column])).toEqual([
      [3, 5],
      [3, 12],
    ]);
  });

  it.each([
    ['escaped characters', 'A \\<img src=x\\> tag, a \\[bracket\\](x) and 2\\*3.'],
    ['emphasis, a subhead and a list, which outlets use', '## Sub\n\n*Italic* and **bold**.\n\n- one\n- two'],
    // GFM links a bare address whatever the escaping; its text is the outlet's, its target the same address.
    ['a bare web address', 'Details at https://example.org/more and www.example.org.'],
    ['a bare e-mail address', 'Write to desk@example.org.'],
  ])('accepts %s', (_, body) => {
    expect(markup(body)).toEqual([]);
  });

  it('accepts what `npm run new` makes of a text full of Markdown and HTML characters: it shows them as text', () => {
    const { markdown } = importText(readFileSync('test/fixtures/import/markdown-characters.txt', 'utf8'));
    expect(markup(markdown)).toEqual([]);
  });
});

describe('answers that differ only in spelling', () => {
  it.each([
    ['Tuesday', 'Teusday'],
    ['al-Hayya survived', 'al-Haya survived'],
    ['ceasefire', 'cease-fire'],
    ['the mayor', 'the mayer'],
    ['Qatar’s capital', 'Qatari capital'],
    ['Israel Defense Forces', 'Israel Defence Forces'],
  ])('%j and %j', (a, b) => expect(spellingVariants(normalizeValue(a), normalizeValue(b))).toBe(true));

  it.each([
    ['Tuesday', 'Monday'],
    ['Monday', 'Sunday'],
    ['5 killed', '6 killed'],
    ['Hamas leader', 'Hamas leaders'],
    ['killed', 'survived'],
    ['war', 'was'],
    ['US', 'UK'],
    ['Tuesday', 'tuesday'],
  ])('not %j and %j', (a, b) => expect(spellingVariants(normalizeValue(a), normalizeValue(b))).toBe(false));
});

describe('the closest passage to a quote not found', () => {
  const tree = markdownTree(
    'Israel’s military said it “targeted” Hamas leaders.\n\nQatar condemned the strike — a “cowardly” attack.\n\nA third paragraph.',
  );

  it.each<[string, number, string, string[]]>([
    ["Israel's military said", 1, 'Israel’s military said', ["straight ' where the text has curly ’"]],
    ['it "targeted" Hamas', 1, 'it “targeted” Hamas', ['straight " where the text has curly “', 'straight " where the text has curly ”']],
    ['the strike - a “cowardly” attack', 2, 'the strike — a “cowardly” attack', ['hyphen - where the text has em dash —']],
    ['Qatar condemned the attack', 2, 'Qatar condemned the strike', ['"attack" where the text has "strike"']],
    ['Qatar condemned strike', 2, 'Qatar condemned the strike', ['no "the" after "condemned" where the text has one']],
  ])('for %j is paragraph %i, %j: %j', (quote, paragraph, passage, differences) => {
    expect(closestPassage(tree, quote)).toMatchObject({ paragraph, passage, differences });
  });

  it('says when a quote runs from one paragraph into the next', () => {
    expect(closestPassage(tree, 'Hamas leaders. Qatar condemned')).toMatchObject({ spans: [1, 2] });
  });

  it('finds nothing when nothing is close', () => {
    expect(closestPassage(tree, 'Completely different words about the weather')).toBeUndefined();
  });

  it('words the build’s message with the passage and what differs', () => {
    const near = closestPassage(tree, "Israel's military said");
    expect(formatProblem(problem.quoteNotFound('a.md', { index: 2, topic: 'day' }, "Israel's military said", near))).toBe(
      'a.md: claims[2] (topic "day") field "quote": not found verbatim in the body: "Israel\'s military said". ' +
        'Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs. ' +
        'Closest passage, paragraph 1: "Israel’s military said"; the quote has straight \' where the text has curly ’.',
    );
  });

  it('matches approximately anywhere in a text (Sellers)', () => {
    expect(closestSpan('the quick brown fox', 'quack brown')).toEqual({ start: 4, end: 15, distance: 1 });
    expect(closestSpan('abc', '')).toMatchObject({ distance: 0 });
  });

  it('describes additions too, whitespace aside', () => {
    expect(describeDifferences('on Tuesday', 'on  Tuesday night')).toEqual(['"night" after "Tuesday", which the text does not']);
    expect(describeDifferences('a  b', 'a b')).toEqual([]);
  });
});

describe('placeholders left by npm run new', () => {
  it('are found in any field, with its path', () => {
    const data = {
      name: 'TODO: the name',
      kind: 'Agency',
      claims: [{ text: 'fine' }, { text: 'x TODO: y' }],
      published: { date: new Date(0), inferred: 'TODO: how' },
    };
    expect(placeholderProblems('f.yaml', data).map((p) => p.field)).toEqual(['name', 'claims[1].text', 'published.inferred']);
  });
  it('are not "TODO" without its colon, nor in a date', () => {
    expect(placeholderProblems('f.yaml', { text: 'A TODO list', date: new Date(0) })).toEqual([]);
  });
});

describe('duplicate claims in one article', () => {
  const claim = (topic: string, quote: string, text = `${topic}: ${quote}`) => ({ topic, quote, text });
  it.each([
    [
      'the same topic and quote, whitespace aside',
      [claim('day', 'on  Tuesday', 'a'), claim('day', 'on Tuesday', 'b')],
      ['claims[1].quote'],
    ],
    ['the same topic and text', [claim('day', 'x', 'It was Tuesday.'), claim('day', 'y', 'it was tuesday')], ['claims[1].text']],
    ['the same quote on two topics', [claim('day', 'x'), claim('who', 'x')], []],
    ['two different claims on one topic', [claim('day', 'x'), claim('day', 'y')], []],
  ])('%s', (_, claims, fields) => {
    expect(duplicateClaimProblems('a.md', claims).map((p) => p.field)).toEqual(fields);
  });
});

describe('field positions in YAML', () => {
  const source = 'story: tiny\nclaims:\n  - topic: day\n    text: >-\n      Alpha\n    quote: "It"\n  - { topic: who }\ntopics: [a, b]\n';
  const offsets = fieldOffsets(source);
  const at = positionAt(source);
  it.each([
    ['', '1:1'],
    ['story', '1:1'],
    ['claims[0]', '3:5'],
    ['claims[0].text', '4:5'],
    ['claims[0].quote', '6:5'],
    ['claims[1].topic', '7:7'],
    ['topics[1]', '8:13'],
    ['claims[0].value', '3:5'],
    ['claims[5].quote', '2:1'],
  ])('%j is at %s (a missing field at its nearest parent)', (field, expected) => {
    const { line, column } = at(nearestField(offsets, field));
    expect(`${line}:${column}`).toBe(expected);
  });
});
