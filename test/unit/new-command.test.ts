/**
 * `npm run new`, run for real (`node scripts/new.ts`) against copies of the tiny fixture content.
 * Each case gets its own copy, so cases run concurrently and "nothing written" is checkable.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { foldWhitespace } from '../../src/lib/text';
import { articleSchema } from '../../src/schemas/article';
import { outletSchema } from '../../src/schemas/outlet';
import { storySchema } from '../../src/schemas/story';
import { testReference } from '../helpers/content';
import { seedProse, SEEDS } from '../helpers/seeds';

const INTERBELLUM = SEEDS.find((seed) => seed.article.endsWith('/interbellum'))!;
/** The fixture story's event day, which an article without a date line is given, marked inferred. */
const EVENT_DAY = storySchema()
  .parse(load(readFileSync('test/fixtures/content/stories/tiny.yaml', 'utf8')))
  .eventDate.toISOString()
  .slice(0, 10);
const SEED = `test/fixtures/seeds/${INTERBELLUM.file}`;

const temporary: string[] = [];
const tempDir = () => (temporary.push(mkdtempSync(join(tmpdir(), 'new-command-'))), temporary.at(-1)!);
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of test/fixtures/content (story "tiny", outlets "alpha" and "beta"). */
function freshContent(): string {
  const dir = join(tempDir(), 'content');
  cpSync('test/fixtures/content', dir, { recursive: true });
  return dir;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/new.ts', ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr }),
    );
  });
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();

describe.concurrent('npm run new -- story', () => {
  it('writes a story with TODOs, says what to fill in, and the build stops only at its date until it is set', async () => {
    const content = freshContent();
    const { code, stdout } = await run(['--content', content, 'story', 'doha-talks']);
    expect(code).toBe(0);
    for (const field of ['title', 'eventDate', 'summary', 'topics']) expect(stdout).toMatch(new RegExp(`^  ${field} `, 'm'));
    const text = readFileSync(join(content, 'stories/doha-talks.yaml'), 'utf8');
    expect(text.match(/^(title|eventDate|summary): .*TODO:/gm)).toHaveLength(2);
    expect(text).toMatch(/^ {2}TODO: /m);
    const data = load(text) as Record<string, unknown>;
    expect(
      storySchema()
        .safeParse(data)
        .error?.issues.map((i) => i.path),
    ).toEqual([['eventDate']]);
    expect(storySchema().safeParse({ ...data, eventDate: '2025-09-09' }).success).toBe(true);
    // How to write topics, and the optional fields, are explained where the editor writes them.
    const comments = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    for (const word of ['neutrally', 'conflict:', 'compatible:', 'note:', 'aliases:']) expect(comments).toContain(word);
  });

  it('refuses a story that exists, in one line, leaving it untouched', async () => {
    const content = freshContent();
    const before = readFileSync(join(content, 'stories/tiny.yaml'), 'utf8');
    const { code, stderr } = await run(['--content', content, 'story', 'tiny']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/stories\/tiny\.yaml already exists; nothing written/)]);
    expect(readFileSync(join(content, 'stories/tiny.yaml'), 'utf8')).toBe(before);
  });

  it('refuses an id that is not a slug, in one line, writing nothing', async () => {
    const content = freshContent();
    const before = files(content);
    const { code, stderr } = await run(['--content', content, 'story', 'Doha_Talks']);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      'npm run new: story id "Doha_Talks" is not valid: use lower-case letters, digits and single hyphens, e.g. "us-notice".',
    ]);
    expect(files(content)).toEqual(before);
  });
});

describe.concurrent('npm run new -- article', () => {
  it('writes the article for a known outlet, verbatim, saying what it took, what it left out and what is left to do', async () => {
    const content = freshContent();
    cpSync(join(content, 'outlets/alpha.yaml'), join(content, 'outlets/delta.yaml'));
    const { code, stdout } = await run(['--content', content, 'article', 'tiny', 'delta', SEED]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Wrote .*articles\/tiny\/delta\.md: 6 paragraphs, verbatim\.$/m);
    expect(stdout).toContain('section (line 2), headline (line 4), standfirst (line 6), byline (line 8)');
    expect(stdout).toMatch(/^ {2}line 1: a photo caption or credit$/m);
    expect(stdout).toMatch(/^ {2}line 22: a link to the site’s next story$/m);
    expect(stdout).toMatch(new RegExp(`published\\.date +no date line found; it is the story's event date, ${EVENT_DAY}`));
    expect(stdout).toMatch(/claims +the build stops until the article has at least one/);
    expect(stdout).not.toMatch(/outlets/);
    const { frontmatter, content: body } = parseFrontmatter(readFileSync(join(content, 'articles/tiny/delta.md'), 'utf8'));
    expect(textBlocks(markdownTree(body)).map((b) => foldWhitespace(b.text))).toEqual(seedProse(INTERBELLUM));
    expect(
      articleSchema(testReference)
        .safeParse(frontmatter)
        .error?.issues.map((i) => i.path),
    ).toEqual([['claims']]);
    expect(frontmatter['published']).toMatchObject({ date: new Date(EVENT_DAY), inferred: expect.stringMatching(/^TODO: /) });
  });

  it('also writes an unknown outlet with placeholders, and says so; CONTENT_DIR names the folder', async () => {
    const content = freshContent();
    const { code, stdout } = await run(['article', 'tiny', 'gamma', 'test/fixtures/seeds/001_f4aa2237b8205233.txt'], {
      CONTENT_DIR: content,
    });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Also wrote .*outlets\/gamma\.yaml, a new outlet: fill in name, kind and homepage/m);
    expect(stdout).toMatch(/headline +none recognised/);
    expect(existsSync(join(content, 'articles/tiny/gamma.md'))).toBe(true);
    const outlet = load(readFileSync(join(content, 'outlets/gamma.yaml'), 'utf8')) as Record<string, string>;
    expect(outlet['name']).toMatch(/^TODO: /);
    expect(
      outletSchema()
        .safeParse(outlet)
        .error?.issues.map((i) => i.path),
    ).toEqual([['homepage']]);
  });

  const dir = tempDir();
  const write = (name: string, bytes: string | Uint8Array) => (writeFileSync(join(dir, name), bytes), join(dir, name));
  describe.each([
    { name: 'an empty file', args: ['tiny', 'gamma', write('empty.txt', '')], error: /empty\.txt is empty; nothing written\.$/ },
    {
      name: 'a binary file',
      args: ['tiny', 'gamma', write('photo.txt', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10]))],
      error: /photo\.txt is a binary file .*; nothing written\.$/,
    },
    {
      name: 'a file not in UTF-8',
      args: ['tiny', 'gamma', write('latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9]))],
      error: /latin1\.txt is not UTF-8 text: .*; nothing written\.$/,
    },
    { name: 'a missing file', args: ['tiny', 'gamma', join(dir, 'missing.txt')], error: /missing\.txt: no such file; nothing written\.$/ },
    { name: 'a folder for the file', args: ['tiny', 'gamma', dir], error: /is not a file; nothing written\.$/ },
    {
      name: 'an unknown story',
      args: ['nope', 'gamma', SEED],
      error: /no story "nope" in .*; nothing written\. Start it with: npm run new -- story nope$/,
    },
    { name: 'an existing article', args: ['tiny', 'alpha', SEED], error: /articles\/tiny\/alpha\.md already exists; nothing written\./ },
    { name: 'a bad story id', args: ['Tiny', 'gamma', SEED], error: /story id "Tiny" is not valid: use lower-case letters/ },
    { name: 'a bad outlet id', args: ['tiny', 'gamma wire', SEED], error: /outlet id "gamma wire" is not valid: use lower-case letters/ },
    {
      name: 'a missing argument',
      args: ['tiny', 'gamma'],
      error: /"article" takes three arguments: npm run new -- article <story> <outlet> <file\.txt>$/,
    },
  ])('given $name', ({ args, error }) => {
    it('says what is wrong in one line and writes nothing', async () => {
      const content = freshContent();
      const before = files(content);
      const { code, stdout, stderr } = await run(['--content', content, 'article', ...args]);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(error)]);
      expect(files(content)).toEqual(before);
    });
  });
});
