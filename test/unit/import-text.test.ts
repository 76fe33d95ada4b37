/**
 * Reading a received plain-text article (src/lib/import-text.ts, behind `npm run new -- article`).
 * The Markdown it writes is read back with the site's own pipeline (quotes.ts: remark-parse,
 * remark-gfm, remark-rehype), so "shows as written" means what the article page would show.
 */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { articleFile, decodeText, ImportError, importText, type ImportedText } from '../../src/lib/import-text';
import { markdownTree, textBlocks, textOf } from '../../src/lib/quotes';
import { foldWhitespace } from '../../src/lib/text';
import { articleSchema } from '../../src/schemas/article';
import { readContent, testReference } from '../helpers/content';
import { SEEDS, seedLines } from '../helpers/seeds';

const encode = (text: string) => new TextEncoder().encode(text);
const read = (file: string) => importText(decodeText(readFileSync(file)));
const rendered = (markdown: string) => textBlocks(markdownTree(markdown));
/** What the page shows of the body: each block's kind and exact text. */
const shown = (imported: ImportedText) => imported.blocks.map(({ kind, text }) => ({ kind, text }));
const options = { story: 'tiny', outlet: 'alpha', source: 'received.txt', topics: ['day', 'who'], fallbackDate: '2025-01-07' };

function nodes(tree: Root): RootContent[] {
  const all: RootContent[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type !== 'root') all.push(node);
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return all;
}
const tags = (tree: Root) => new Set(nodes(tree).flatMap((n) => (n.type === 'element' ? [n.tagName] : [])));

const siteArticles = new Map(readContent('content').articles.map((a) => [a.id, a]));

describe.each(SEEDS)('seed $file', (seed) => {
  const imported = read(`test/fixtures/seeds/${seed.file}`);
  const article = siteArticles.get(seed.article)!;
  const fold = (blocks: { kind: string; text: string }[]) => blocks.map(({ kind, text }) => ({ kind, text: foldWhitespace(text) }));

  it('becomes the body the site has for it: the same paragraphs and subheads, in order', () => {
    expect(fold(rendered(imported.markdown))).toEqual(fold(rendered(article.body ?? '')));
  });

  it('shows every paragraph exactly as received, character for character', () => {
    expect(rendered(imported.markdown)).toEqual(shown(imported));
    const received = new Set(readFileSync(`test/fixtures/seeds/${seed.file}`, 'utf8').split('\n'));
    for (const block of imported.blocks) expect(received).toContain(block.text);
  });

  it('proposes leaving out of the body exactly the lines the site keeps out', () => {
    expect(imported.setAside.map((s) => foldWhitespace(s.text))).toEqual(seed.outsideBody.map(foldWhitespace));
  });

  it('proposes the headline, standfirst, byline and section the site took from the text, and no others', () => {
    const lines = new Set(seedLines(seed.file));
    for (const field of ['headline', 'standfirst', 'byline', 'section'] as const) {
      const value = article.data[field];
      const fromText = value !== undefined && lines.has(foldWhitespace(value)) ? value : undefined;
      expect(imported[field], field).toBe(fromText);
    }
  });
});

describe('Interbellum’s page furniture', () => {
  const imported = read('test/fixtures/seeds/004_81e38e66210cc0ba.txt');

  it('is proposed for removal, each line with its reason, and named in the file’s comment', () => {
    const left = imported.setAside.filter((s) => !s.field);
    expect(left.map(({ line, reason }) => [line, reason])).toEqual([
      [1, 'a photo caption or credit'],
      [22, 'a link to the site’s next story'],
    ]);
    const frontmatter = foldWhitespace(articleFile(imported, options).split(/^---$/m)[1]!);
    for (const s of imported.setAside) expect(frontmatter).toContain(`line ${s.line}, ${s.reason}`);
    for (const s of imported.setAside) expect(frontmatter).toContain(foldWhitespace(s.text));
  });

  it('gives the section label to `section`', () => {
    expect(imported.setAside.find((s) => s.text === 'Conflicts')).toMatchObject({ line: 2, field: 'section' });
  });
});

describe('a text full of Markdown and HTML characters', () => {
  const file = 'test/fixtures/import/markdown-characters.txt';
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const imported = read(file);
  const tree = markdownTree(imported.markdown);

  it('keeps every line as a paragraph, none taken for a headline, subhead or furniture', () => {
    expect(imported.setAside).toEqual([]);
    expect(shown(imported)).toEqual(lines.map((text) => ({ kind: 'paragraph', text })));
  });

  it('shows every line exactly as written', () => {
    expect(textBlocks(tree)).toEqual(lines.map((text) => ({ kind: 'paragraph', text })));
  });

  it('makes no markup of it: no raw HTML, image, script, emphasis, code, heading, list, quote or table', () => {
    expect(nodes(tree).filter((n) => n.type === 'raw')).toEqual([]);
    expect(tags(tree)).toEqual(new Set(['p', 'a']));
  });

  it('links only the bare web addresses, which GFM links whatever the escaping, and says which lines', () => {
    const links = nodes(tree).flatMap((n) => (n.type === 'element' && n.tagName === 'a' ? [textOf(n)] : []));
    expect(links).toEqual(['https://example.org', 'https://example.org/autolink']);
    expect(imported.linked.map((b) => b.text)).toEqual(lines.filter((l) => l.includes('https://')));
    expect(articleFile(imported, options)).toMatch(/^# Shown as links .*: line \d+, line \d+\.$/m);
  });
});

describe('a hard-wrapped text', () => {
  const imported = read('test/fixtures/import/hard-wrapped.txt');
  const tree = markdownTree(imported.markdown);

  it('finds the section, headline, standfirst, byline and date above the text', () => {
    expect(imported).toMatchObject({
      section: 'World',
      headline: 'Qatar Suspends Mediation After Strike on Doha',
      standfirst: 'The mediator steps back as Israel and Hamas trade blame',
      byline: 'Jane Doe and John Roe',
      published: '2025-09-09',
      hardWrapped: true,
    });
  });

  it('leaves out the advertisement label and the photo credit', () => {
    expect(imported.setAside.filter((s) => !s.field).map((s) => s.text)).toEqual(['Advertisement', 'Photo: Jane Doe/Reuters']);
  });

  it('reads each block of lines as one paragraph, shown as written, its line breaks as spaces', () => {
    expect(imported.blocks.map((b) => b.line)).toEqual([11, 17, 22, 26]);
    expect(textBlocks(tree)).toEqual(shown(imported));
    expect(imported.blocks[1]!.text).toBe(
      'The statement listed three demands, in this order of priority:\n1. an apology; 2. compensation; and 3. guarantees, it said, adding\n- in the same breath - that its citizens came first and that\n> nothing, in its words, mattered more.',
    );
  });

  it('lets no continuation line start a list, quote, heading or table', () => {
    expect(tags(tree)).toEqual(new Set(['p']));
  });
});

describe.each([
  {
    name: 'a headline, a "By" byline and a date line',
    text: 'Israel Strikes Hamas Leaders in Qatar\n\nBy JOSEF FEDERMAN and JON GAMBRELL\n\nPublished 9 September 2025\n\nIsrael struck Hamas leaders in Doha on Tuesday.',
    expected: { headline: 'Israel Strikes Hamas Leaders in Qatar', byline: 'JOSEF FEDERMAN and JON GAMBRELL', published: '2025-09-09' },
    body: ['Israel struck Hamas leaders in Doha on Tuesday.'],
  },
  {
    name: 'an ISO date with a time and zone',
    text: 'Qatar condemns the strike on Doha\n\n2025-09-10 14:05 GMT\n\nQatar condemned the strike.',
    expected: { headline: 'Qatar condemns the strike on Doha', published: '2025-09-10' },
    body: ['Qatar condemned the strike.'],
  },
  {
    name: 'an impossible date, kept as text',
    text: 'Qatar condemns the strike on Doha\n\nFebruary 30, 2025\n\nQatar condemned the strike.',
    expected: { headline: 'Qatar condemns the strike on Doha', published: undefined },
    body: ['February 30, 2025', 'Qatar condemned the strike.'],
  },
  {
    name: 'a short first paragraph that the next does not restate, kept as the lede',
    text: 'Israel struck Hamas leaders in Qatar on Tuesday.\n\nThe attack on a US ally angered the Gulf state, which mediates.',
    expected: { headline: undefined, standfirst: undefined },
    body: ['Israel struck Hamas leaders in Qatar on Tuesday.', 'The attack on a US ally angered the Gulf state, which mediates.'],
  },
  {
    name: 'captions, credits and prompts between paragraphs, left out',
    text: [
      'Israel struck Doha on Tuesday, officials said.',
      'Smoke rises over Doha after the strike. (Reuters)',
      'Photo: AFP',
      'Read more: Qatar’s role as a mediator',
      'Advertisement',
      'Share this article',
      'Qatar condemned the strike.',
    ].join('\n\n'),
    expected: {},
    body: ['Israel struck Doha on Tuesday, officials said.', 'Qatar condemned the strike.'],
  },
  {
    name: 'a run of short lines, kept as paragraphs rather than subheads',
    text: 'Ministers came from several countries, the statement said.\n\nQatar\n\nEgypt\n\nThe talks resumed on Wednesday.',
    expected: {},
    body: ['Ministers came from several countries, the statement said.', 'Qatar', 'Egypt', 'The talks resumed on Wednesday.'],
  },
])('a text with $name', ({ text, expected, body }) => {
  const imported = importText(text);
  it('is read as the editor would', () => {
    const fields = Object.fromEntries(Object.keys(expected).map((key) => [key, imported[key as keyof typeof expected]]));
    expect(fields).toEqual(expected);
    expect(shown(imported)).toEqual(body.map((t) => ({ kind: 'paragraph', text: t })));
  });
});

it('makes a short untitled line between paragraphs a subhead, but not a short sentence', () => {
  const imported = importText(
    'Qatar condemned the strike.\n\n‘Israel takes full responsibility’\n\n“We are awaiting the results,” the official said.\n\nThe US was told.',
  );
  expect(imported.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  expect(rendered(imported.markdown)[1]).toEqual({ kind: 'heading', text: '‘Israel takes full responsibility’' });
});

describe.each([
  { name: 'an empty file', bytes: new Uint8Array(), message: 'is empty' },
  { name: 'only blank lines', bytes: encode(' \n\t\n\n'), message: 'is empty' },
  {
    name: 'NUL bytes',
    bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
    message: 'is a binary file (it contains NUL bytes), not plain text',
  },
  {
    name: 'Latin-1 text',
    bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    message: 'is not UTF-8 text: save it as plain text in UTF-8 and try again',
  },
  {
    name: 'a control character',
    bytes: encode('Fine.\nNot \x1b fine.'),
    message: 'has a control character (U+001B) on line 2: it is not plain text',
  },
])('a received file with $name', ({ bytes, message }) => {
  it('is refused with a one-line reason', () => {
    expect(() => decodeText(bytes)).toThrow(new ImportError(message));
  });
});

it('refuses a text that is all page furniture', () => {
  expect(() => importText('Advertisement\n\nSCROLL FOR NEXT')).toThrow(ImportError);
});

it('reads Windows line endings and a byte-order mark like plain Unix text', () => {
  const unix = 'A headline for the story here\n\nThe first paragraph.\n\nThe second.';
  expect(importText(decodeText(encode(`\uFEFF${unix.replace(/\n/g, '\r\n')}`)))).toEqual(importText(decodeText(encode(unix))));
});

describe('the article file', () => {
  const imported = read('test/fixtures/seeds/004_81e38e66210cc0ba.txt');
  const file = articleFile(imported, options);
  const { frontmatter, content } = parseFrontmatter(file);
  const schema = articleSchema(testReference);

  it('has the body as written, after frontmatter the site reads', () => {
    expect(content.trim()).toBe(imported.markdown.trim());
    expect(frontmatter).toMatchObject({ story: 'tiny', outlet: 'alpha', section: 'Conflicts', byline: 'Brian Wellbrock', claims: [] });
  });

  it('fails the article schema only for its missing claims, until one is added', () => {
    const result = schema.safeParse(frontmatter);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['claims']]);
    const claim = {
      topic: 'day',
      text: 'Interbellum News places the strike on “last Monday”.',
      quote: 'last Monday’s failed Israeli airstrike',
    };
    expect(schema.safeParse({ ...frontmatter, claims: [claim] }).success).toBe(true);
  });

  it('proposes the story’s date when the text has none, marked inferred with a TODO', () => {
    expect(frontmatter['published']).toEqual({ date: new Date('2025-01-07'), inferred: expect.stringMatching(/^TODO: /) });
  });

  it('keeps a headline with YAML’s own characters exactly', () => {
    const headline = `Qatar: “We will not tolerate” it — #1 'reckless' act & more`;
    const own = parseFrontmatter(articleFile(importText(`${headline}\n\nQatar condemned the strike.`), options)).frontmatter;
    expect(own['headline']).toBe(headline);
  });

  it('lists the story’s topics for the first claim', () => {
    expect(file).toMatch(/^# A claim’s topic is one of the story’s: day, who\.$/m);
  });
});
