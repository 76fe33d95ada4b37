/**
 * Each kind of bad content, built for real: the build must stop with a message naming the file
 * (and the field, where there is one). Every case is the valid fixture with one overlay from
 * test/fixtures/invalid/<case>/ (a `REMOVE` file there lists paths to delete).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { $, $$, text } from '../helpers/html';
import { finishStory, startStory } from '../helpers/authoring';
import { astroBuild } from '../helpers/run';

// Inside the project: Astro keeps a build's prerendered pages beside its output when that lies in
// the working folder, and in the project's shared `.astro/` otherwise, where a build running beside
// these (another test, a developer's) would overwrite them.
mkdirSync('test-results', { recursive: true });
const work = mkdtempSync(join('test-results', 'invalid-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the valid fixture with the named overlay applied (none for the baseline). */
async function buildCase(name: string | undefined) {
  const content = join(work, name ?? 'valid', 'content');
  cpSync('test/fixtures/content', content, { recursive: true });
  if (name) {
    const overlay = join('test/fixtures/invalid', name);
    cpSync(overlay, content, { recursive: true, filter: (src) => !src.endsWith('REMOVE') });
    const remove = join(overlay, 'REMOVE');
    if (existsSync(remove)) {
      for (const path of readFileSync(remove, 'utf8').split('\n').filter(Boolean)) rmSync(join(content, path), { recursive: true });
    }
  }
  const dir = join(work, name ?? 'valid');
  return astroBuild({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
}

// Tests in a file run one at a time, as these builds must: they share the project's .astro/ folder.
describe('the build stops on bad content', () => {
  it('builds the valid fixture (the baseline every case changes once), escaping markup in content', async () => {
    const { code, output } = await buildCase(undefined);
    expect(output).toContain('Complete!');
    expect(code).toBe(0);
    // Built without SITE_URL, as here, absolute addresses would point to localhost: the build says so.
    expect(output).toMatch(/SITE_URL is not set: canonical addresses, link previews and the sitemap will point to http:\/\/localhost:4321/);
    // The fixture's headline holds `</script><script>alert("headline")</script>`: shown as text, never run.
    const html = readFileSync(join(work, 'valid', 'dist', 'stories', 'tiny', 'alpha', 'index.html'), 'utf8');
    const tree = fromHtml(html);
    expect(text($(tree, 'h1'))).toBe('Something happened on Tuesday </script><script>alert("headline")</script>');
    for (const script of $$(tree, 'script:not([type="application/ld+json"])')) expect(text(script)).not.toMatch(/alert\(/);
    expect($$(tree, 'script[type="application/ld+json"]').map(text).join('')).not.toMatch(/[<>]/);
    expect(html).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert');
  }, 60_000);

  it('builds a story made from a received plain text by `npm run new`, once its editor has written it', async () => {
    const dir = join(work, 'authored');
    const content = join(dir, 'content');
    cpSync('test/fixtures/content', content, { recursive: true });
    finishStory(startStory(content));
    const { code, output } = await astroBuild({ CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), CACHE_DIR: join(dir, 'cache') });
    expect(output).toContain('Complete!');
    expect(code).toBe(0);
    const article = fromHtml(readFileSync(join(dir, 'dist/stories/doha-strike/interbellum/index.html'), 'utf8'));
    expect(text($(article, 'h1'))).toBe('Mossad Refused Ground Operation to Assassinate Hamas Leaders in Qatar');
    expect(text($(article, '#claim-interbellum-day'))).toBe('last Monday’s failed Israeli airstrike');
    const matrix = fromHtml(readFileSync(join(dir, 'dist/stories/doha-strike/claims/index.html'), 'utf8'));
    expect(text($(matrix, '#topic-aircraft'))).toContain('eight F-15s and four F-35s');
    expect($$(matrix, '.content-warning, .content-problems')).toHaveLength(0);
  }, 60_000);

  it.each([
    ['missing-outlet', /articles\/tiny\/alpha\.md: field "outlet" is required but missing/],
    ['unknown-outlet', /articles\/tiny\/alpha\.md: field "outlet": no outlet "gamma"/],
    ['missing-story', /articles\/tiny\/alpha\.md: field "story" is required but missing/],
    ['unknown-story', /articles\/tiny\/alpha\.md: field "story": no story "huge"/],
    ['unknown-topic', /articles\/tiny\/alpha\.md: claims\[0\] \(topic "weather"\) field "topic": "weather" is not a topic of story "tiny"/],
    ['missing-quote', /articles\/tiny\/alpha\.md: field "claims\[0\]\.quote" is required but missing/],
    [
      'quote-not-found',
      /articles\/tiny\/alpha\.md: claims\[0\] \(topic "day"\) field "quote": not found verbatim in the body: "It happened on Friday"\. Copy the words exactly; only whitespace may differ, and a quote may not span paragraphs\. Closest passage, paragraph 1: "It happened on Tuesday"; the quote has "Friday" where the text has "Tuesday"\./,
    ],
    ['empty-body', /articles\/tiny\/alpha\.md: the body is empty/],
    ['invalid-yaml', /articles\/tiny\/alpha\.md: [^\n]*(unexpected end|end of the stream)/],
    ['invalid-yaml-story', /stories\/tiny\.yaml/],
    ['unknown-field', /articles\/tiny\/alpha\.md: [^\n]*field "headlnie" is not part of the format \(a typo\?\)/],
    ['unknown-claim-field', /articles\/tiny\/alpha\.md: [^\n]*field "claims\[0\]\.txet" is not part of the format/],
    [
      'duplicate-id',
      /multiple entries with the same slug[\s\S]*tiny\/Alpha\.md[\s\S]*tiny\/alpha\.md|multiple entries with the same slug[\s\S]*tiny\/alpha\.md[\s\S]*tiny\/Alpha\.md/,
    ],
    ['empty-file', /articles\/tiny\/gamma\.md: field "story" is required but missing/],
    ['skipped-file', /Content collection "articles": No entry type found for tiny\/gamma\.txt\. The build stops rather than drop content/],
    ['missing-folder', /Content collection "outlets": The base directory "[^"]*outlets\/?" does not exist/],
    [
      'overlapping-quotes',
      /articles\/tiny\/alpha\.md: claims\[1\] \(topic "who"\) field "quote": overlaps the quote of claims\[0\] without holding it or lying inside it/,
    ],
    [
      'undeclared-answer',
      /stories\/tiny\.yaml: topic "day": the answer "Tuesday" \(from alpha\) differs from the others but is not judged\. Name it under "conflict"/,
    ],
    ['relation-without-note', /stories\/tiny\.yaml: [^\n]*field "topics\[0\]\.note": say in one sentence what differs between the answers/],
    [
      'unsupported-answer',
      /articles\/tiny\/alpha\.md: claims\[1\] \(topic "who"\) field "value": "60 people and the Mayor" says more than its quote: the number "60", the name "Mayor" not in the quoted words/,
    ],
    ['attribution-dropped', /articles\/tiny\/alpha\.md: claims\[0\] \(topic "day"\) field "text": the quote attributes or hedges/],
    [
      'source-added',
      /articles\/tiny\/alpha\.md: claims\[0\] \(topic "day"\) field "text": names "Chief Wiggum" as a source, but the quote does not/,
    ],
    [
      'source-correction-not-found',
      /articles\/tiny\/alpha\.md: sources\[0\] field "quote": not found verbatim in the body: "It happened on Friday"\. Copy the words exactly/,
    ],
    // The three: an image tag with a handler, a script and a javascript: link, each named; the bare address is the outlet's and passes.
    [
      'markup-in-body',
      /articles\/tiny\/alpha\.md: the body: raw HTML "<img src=x onerror="alert\(1\)">" would reach the page as markup, not as the outlet’s words\.[\s\S]*alpha\.md: the body: a Markdown link "\[a link\]\(javascript:alert\(3\)\)"[\s\S]*alpha\.md: the body: raw HTML "<script>alert\(2\)<\/script>"/,
    ],
    [
      'duplicate-claim',
      /articles\/tiny\/beta\.md: claims\[2\] \(topic "who"\) field "quote": repeats claims\[1\]: the same topic and the same quote\./,
    ],
    [
      'spelling-variant',
      /stories\/tiny\.yaml: topic "who": the answers "the mayor" \(from alpha\) and "the mayer" \(from beta\) differ only in spelling/,
    ],
    [
      'placeholder',
      /articles\/tiny\/alpha\.md: field "headline": still holds a placeholder: "TODO: the headline as the outlet wrote it"\.[\s\S]*alpha\.md: field "published\.inferred": still holds a placeholder/,
    ],
  ])(
    '%s',
    async (name, message) => {
      const { code, output } = await buildCase(name);
      expect(output).toMatch(message);
      expect(output).not.toContain('Complete!');
      expect(code).not.toBe(0);
    },
    60_000,
  );
});
