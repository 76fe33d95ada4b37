/**
 * `npm run lint:content`: every kind of bad content, found without a build, with its file, line,
 * column, field and the build's own message. The cases are the invalid-build overlays of
 * test/fixtures/invalid/ (test/build/invalid-content.test.ts builds each for real), so the linter
 * and the build are held to the same content.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-errors';
import { lintContent, type LocatedProblem } from '../../src/lib/content-lint';
import { RULES } from '../../src/lib/content-rules';
import { finishStory, startStory } from '../helpers/authoring';

const work = mkdtempSync(join(tmpdir(), 'lint-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixture with one overlay of test/fixtures/invalid/ applied (and its REMOVE list). */
function withOverlay(name: string): string {
  const content = join(work, name);
  cpSync('test/fixtures/content', content, { recursive: true });
  const overlay = join('test/fixtures/invalid', name);
  cpSync(overlay, content, { recursive: true, filter: (src) => !src.endsWith('REMOVE') });
  const remove = join(overlay, 'REMOVE');
  if (existsSync(remove)) {
    for (const path of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, path), { recursive: true });
  }
  return content;
}

/** A problem as the table states it: rule, file (its end), line:column, field, and the message as the build prints it. */
type Expected = [rule: string, file: string, at: string, field: string | undefined, message: RegExp];

const show = (p: LocatedProblem) => `${p.rule} ${p.file}:${p.line}:${p.column} ${p.field} ${formatProblem(p)}`;

describe('the linter on each kind of bad content', () => {
  it.each<[string, Expected[]]>([
    [
      'unknown-outlet',
      [
        [
          'unknown-outlet',
          'articles/tiny/alpha.md',
          '3:1',
          'outlet',
          /alpha\.md: field "outlet": no outlet "gamma" in content\/outlets\/ \(known: alpha, beta\)\./,
        ],
      ],
    ],
    ['unknown-story', [['unknown-story', 'articles/tiny/alpha.md', '2:1', 'story', /field "story": no story "huge"/]]],
    [
      'unknown-topic',
      [
        [
          'unknown-topic',
          'articles/tiny/alpha.md',
          '8:5',
          'claims[0].topic',
          /claims\[0\] \(topic "weather"\) field "topic": "weather" is not a topic of story "tiny"/,
        ],
      ],
    ],
    ['missing-outlet', [['schema', 'articles/tiny/alpha.md', '2:1', 'outlet', /alpha\.md: field "outlet" is required but missing\./]]],
    ['missing-story', [['schema', 'articles/tiny/alpha.md', '2:1', 'story', /field "story" is required but missing/]]],
    [
      'missing-quote',
      [['schema', 'articles/tiny/alpha.md', '8:5', 'claims[0].quote', /field "claims\[0\]\.quote" is required but missing/]],
    ],
    [
      'quote-not-found',
      [
        [
          'quote-not-found',
          'articles/tiny/alpha.md',
          '10:5',
          'claims[0].quote',
          /claims\[0\] \(topic "day"\) field "quote": not found verbatim in the body: "It happened on Friday"\. Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs\. Closest passage, paragraph 1: "It happened on Tuesday"; the quote has "Friday" where the text has "Tuesday"\./,
        ],
      ],
    ],
    ['empty-body', [['empty-body', 'articles/tiny/alpha.md', '13:1', 'body', /alpha\.md: the body is empty/]]],
    [
      'overlapping-quotes',
      [
        [
          'overlapping-quotes',
          'articles/tiny/alpha.md',
          '14:5',
          'claims[1].quote',
          /claims\[1\] \(topic "who"\) field "quote": overlaps the quote of claims\[0\] without holding it or lying inside it/,
        ],
      ],
    ],
    ['invalid-yaml', [['invalid-yaml', 'articles/tiny/alpha.md', '5:1', undefined, /alpha\.md: not valid YAML: /]]],
    ['invalid-yaml-story', [['invalid-yaml', 'stories/tiny.yaml', '2:1', undefined, /tiny\.yaml: not valid YAML: /]]],
    ['unknown-field', [['schema', 'articles/tiny/alpha.md', '4:1', 'headlnie', /field "headlnie" is not part of the format \(a typo\?\)/]]],
    [
      'unknown-claim-field',
      [['schema', 'articles/tiny/alpha.md', '9:5', 'claims[0].txet', /field "claims\[0\]\.txet" is not part of the format/]],
    ],
    [
      'duplicate-id',
      [['duplicate-id', 'articles/tiny/alpha.md', '1:1', undefined, /article id "tiny\/alpha" is used by .*tiny\/Alpha\.md too\./]],
    ],
    ['empty-file', [['schema', 'articles/tiny/gamma.md', '1:1', 'story', /gamma\.md: field "story" is required but missing/]]],
    [
      'skipped-file',
      [
        [
          'skipped-file',
          'articles/tiny/gamma.txt',
          '1:1',
          undefined,
          /gamma\.txt: not a \.md file: the articles collection cannot read it/,
        ],
      ],
    ],
    ['missing-folder', [['missing-folder', 'outlets', '0:0', undefined, /outlets: the folder of the outlets collection is missing/]]],
    [
      'undeclared-answer',
      [
        [
          'undeclared-answer',
          'stories/tiny.yaml',
          '5:5',
          'topics[0]',
          /tiny\.yaml: topic "day": the answer "Tuesday" \(from alpha\) differs from the others but is not judged\./,
        ],
      ],
    ],
    [
      'relation-without-note',
      [['schema', 'stories/tiny.yaml', '5:5', 'topics[0].note', /field "topics\[0\]\.note": say in one sentence what differs/]],
    ],
    [
      'unsupported-answer',
      [
        [
          'unsupported-answer',
          'articles/tiny/alpha.md',
          '15:5',
          'claims[1].value',
          /"60 people and the Mayor" says more than its quote: the number "60", the name "Mayor"/,
        ],
      ],
    ],
    [
      'attribution-dropped',
      [['attribution-dropped', 'articles/tiny/alpha.md', '9:5', 'claims[0].text', /field "text": the quote attributes or hedges/]],
    ],
    [
      'source-added',
      [['source-added', 'articles/tiny/alpha.md', '9:5', 'claims[0].text', /names "Chief Wiggum" as a source, but the quote does not/]],
    ],
    [
      'markup-in-body',
      [
        [
          'markup-in-body',
          'articles/tiny/alpha.md',
          '16:1',
          'body',
          /the body: raw HTML "<img src=x onerror="alert\(1\)">" would reach the page as markup/,
        ],
        [
          'markup-in-body',
          'articles/tiny/alpha.md',
          '18:42',
          'body',
          /the body: a Markdown link "\[a link\]\(javascript:alert\(3\)\)" would reach the page as markup/,
        ],
        ['markup-in-body', 'articles/tiny/alpha.md', '20:1', 'body', /the body: raw HTML "<script>alert\(2\)<\/script>"/],
      ],
    ],
    [
      'duplicate-claim',
      [
        [
          'duplicate-claim',
          'articles/tiny/beta.md',
          '18:5',
          'claims[2].quote',
          /claims\[2\] \(topic "who"\) field "quote": repeats claims\[1\]: the same topic and the same quote\./,
        ],
      ],
    ],
    [
      'spelling-variant',
      [
        [
          'spelling-variant',
          'stories/tiny.yaml',
          '9:5',
          'topics[1]',
          /topic "who": the answers "the mayor" \(from alpha\) and "the mayer" \(from beta\) differ only in spelling/,
        ],
      ],
    ],
    [
      'placeholder',
      [
        [
          'placeholder',
          'articles/tiny/alpha.md',
          '4:1',
          'headline',
          /field "headline": still holds a placeholder: "TODO: the headline as the outlet wrote it"/,
        ],
        ['placeholder', 'articles/tiny/alpha.md', '7:3', 'published.inferred', /field "published\.inferred": still holds a placeholder/],
      ],
    ],
  ])('%s', (name, expected) => {
    const { problems } = lintContent(withOverlay(name));
    for (const [rule, file, at, field, message] of expected) {
      const found = problems.find((p) => p.rule === rule && p.file.endsWith(file) && `${p.line}:${p.column}` === at && p.field === field);
      expect(found, `${rule} at ${file}:${at} among\n${problems.map(show).join('\n')}`).toBeDefined();
      expect(formatProblem(found!)).toMatch(message);
      if (rule !== 'schema' && rule !== 'invalid-yaml') expect(Object.keys(RULES).concat('skipped-file', 'missing-folder')).toContain(rule);
    }
    // Each case is one kind of mistake: nothing else is reported but its echoes (an answer no longer given).
    const echoes = new Set(['stale-answer', 'unsupported-answer', 'quote-not-found', 'schema']);
    expect(problems.filter((p) => !expected.some(([rule]) => rule === p.rule) && !echoes.has(p.rule)).map(show)).toEqual([]);
  });

  it('covers every rule of content-rules.ts with a case', () => {
    const covered = new Set([
      'unknown-outlet',
      'unknown-story',
      'unknown-topic',
      'quote-not-found',
      'overlapping-quotes',
      'empty-body',
      'duplicate-id',
      'undeclared-answer',
    ]);
    for (const rule of [
      'unsupported-answer',
      'attribution-dropped',
      'source-added',
      'markup-in-body',
      'duplicate-claim',
      'spelling-variant',
      'placeholder',
    ])
      covered.add(rule);
    // Checked on the model in model.test.ts: an outlet named like a page, a second article, a claim id twice, a topic nobody answers, a stale judgement.
    for (const rule of ['reserved-outlet-id', 'second-article', 'duplicate-claim-id', 'topic-without-claims', 'stale-answer'])
      covered.add(rule);
    expect([...covered].sort()).toEqual(Object.keys(RULES).sort());
  });
});

describe('the linter on good content', () => {
  it.each([['test/fixtures/content'], ['content']])('finds nothing wrong in %s', (root) => {
    const { problems, files } = lintContent(root);
    expect(problems.map(show)).toEqual([]);
    expect(files).toBeGreaterThan(4);
  });

  it('reports a story’s cross-article checks as skipped while one of its files does not read, rather than guess', () => {
    const content = withOverlay('invalid-yaml');
    const result = lintContent(content);
    expect(result.partial).toEqual(['tiny']);
    expect(result.problems.map((p) => p.rule)).toEqual(['invalid-yaml']);
  });

  it('checks the rest of a file whose only fault is a misspelt field', () => {
    const content = withOverlay('unknown-claim-field');
    writeFileSync(
      join(content, 'articles/tiny/beta.md'),
      readFileSync(join(content, 'articles/tiny/beta.md'), 'utf8')
        .replace('headline:', 'headlnie: x\nheadline:')
        .replace('quote: The mayor was there', 'quote: The mayor were there'),
    );
    const rules = lintContent(content)
      .problems.filter((p) => p.file.endsWith('beta.md'))
      .map((p) => `${p.rule} ${p.field}`);
    expect(rules).toEqual(['schema headlnie', 'quote-not-found claims[1].quote']);
  });
});

describe('from a received plain text to a story the linter passes', () => {
  it('lists, after `npm run new`, what only the editor can write; nothing once it is written', () => {
    const content = join(work, 'authoring');
    cpSync('test/fixtures/content', content, { recursive: true });
    const files = startStory(content);
    const todo = lintContent(content).problems.map((p) => `${p.file}:${p.line} ${p.field} ${p.rule}`);
    expect(todo).toEqual([
      expect.stringMatching(/articles\/doha-strike\/interbellum\.md:20 published\.inferred placeholder$/),
      expect.stringMatching(/articles\/doha-strike\/interbellum\.md:22 claims schema$/),
      expect.stringMatching(/outlets\/interbellum\.yaml:3 name placeholder$/),
      expect.stringMatching(/outlets\/interbellum\.yaml:5 kind placeholder$/),
      expect.stringMatching(/outlets\/interbellum\.yaml:6 homepage schema$/),
      expect.stringMatching(/stories\/doha-strike\.yaml:5 title placeholder$/),
      expect.stringMatching(/stories\/doha-strike\.yaml:6 eventDate schema$/),
      expect.stringMatching(/stories\/doha-strike\.yaml:7 summary placeholder$/),
    ]);
    finishStory(files);
    expect(lintContent(content).problems.map(show)).toEqual([]);
  });
});

/** `npm run lint:content` as a person or a tool runs it. */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/lint-content.ts', ...args], { env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr }),
    );
  });
}

describe.concurrent('npm run lint:content', () => {
  it('prints every problem with file:line:column, field, rule, message, closest passage and hint, and exits 1', async () => {
    const { code, stdout } = await run(['--content', withOverlay('quote-not-found')]);
    expect(code).toBe(1);
    const block = stdout.split('\n\n').find((b) => b.includes('quote-not-found'))!;
    expect(block.split('\n')).toEqual([
      expect.stringMatching(/articles\/tiny\/alpha\.md:10:5 {2}error {2}claims\[0\]\.quote {2}quote-not-found$/),
      '  claims[0] (topic "day") field "quote": not found verbatim in the body: "It happened on Friday".',
      '  Closest passage, paragraph 1 (line 14): "It happened on Tuesday"; the quote has "Friday" where the text has "Tuesday".',
      '  Hint: Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs.',
    ]);
    expect(stdout).toMatch(/^3 problems \(3 errors, 0 warnings\) in 5 files, [\d.]+ s\.$/m);
  });

  it('gives the same problems as JSON for tools, and exits 1', async () => {
    const { code, stdout } = await run(['--json', '--content', withOverlay('markup-in-body')]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { errors: number; problems: Record<string, unknown>[] };
    expect(report.errors).toBe(3);
    expect(report.problems[0]).toMatchObject({
      rule: 'markup-in-body',
      severity: 'error',
      file: expect.stringMatching(/alpha\.md$/),
      line: 16,
      column: 1,
      field: 'body',
      message: expect.stringMatching(/^raw HTML "<img/),
      hint: expect.stringMatching(/escape the "<"/),
      text: expect.stringMatching(/alpha\.md: the body: raw HTML/),
    });
  });

  it('says so and exits 0 when all is well; CONTENT_DIR names the folder as for the build', async () => {
    const { code, stdout } = await run([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^No problems in \d+ files, [\d.]+ s\.$/m);
  });

  it('lists its rules, and refuses an unknown option with its usage', async () => {
    const rules = await run(['--rules']);
    expect(rules.stdout.trim().split('\n')).toHaveLength(Object.keys(RULES).length);
    const bad = await run(['--jsn']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Unknown option '--jsn'[\s\S]*Usage: npm run lint:content/);
  });
});
