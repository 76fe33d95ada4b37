/** What one build keeps for the next (src/lib/build-cache.ts): reused exactly when inputs match, pruned when unused. */
import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachedFile, diskMemo, pruneCache } from '../../src/lib/build-cache';
import { buildSite } from '../../src/lib/model';
import { bodyHtml } from '../../src/plugins';
import { readContent } from '../helpers/content';

const roots: string[] = [];
const freshRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'build-cache-'));
  roots.push(root);
  return root;
};
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('diskMemo', () => {
  it('makes a value once, then gives back a copy for the same inputs, in a later build too', () => {
    const root = freshRoot();
    const make = vi.fn(() => ({ when: new Date('2025-09-09'), counts: new Map([['ap', 3]]) }));
    const first = diskMemo('stories', root)(['story', 1], make);
    // A new memo: as the next build starts with nothing in memory.
    const again = diskMemo('stories', root)(['story', 1], make);
    expect(make).toHaveBeenCalledTimes(1);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
    expect(again.counts.get('ap')).toBe(3);
  });

  it('makes the value again when any input differs, Maps included', () => {
    const root = freshRoot();
    const memo = diskMemo('stories', root);
    const make = vi.fn(() => 'made');
    memo({ lexicon: new Map([['a', 1]]) }, make);
    memo({ lexicon: new Map([['a', 2]]) }, make);
    memo({ lexicon: new Map([['a', 1]]) }, make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('matches inputs by what they hold, not by which objects they share (a story from the cache or made afresh)', () => {
    const root = freshRoot();
    const memo = diskMemo('stories', root);
    const make = vi.fn(() => 'made');
    const outlet = { id: 'ap' };
    memo([outlet, outlet], make);
    memo([{ id: 'ap' }, { id: 'ap' }], make);
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('pruneCache', () => {
  it('removes what no build used since it started, and keeps what this build read or made', () => {
    const root = freshRoot();
    const old = new Date(Date.now() - 60_000);
    for (const name of ['kept', 'stale']) cachedFile('social-images', name, () => new Uint8Array([1]), root);
    for (const name of ['kept', 'stale']) utimesSync(join(root, 'social-images', name), old, old);
    const since = Date.now() - 1000;
    const make = vi.fn(() => new Uint8Array([2]));
    expect([...cachedFile('social-images', 'kept', make, root)]).toEqual([1]);
    cachedFile('social-images', 'new', make, root);
    expect(pruneCache(since, root)).toBe(1);
    expect(readdirSync(join(root, 'social-images')).sort()).toEqual(['kept', 'new']);
    expect(make).toHaveBeenCalledTimes(1);
  });
});

describe('a site built from kept stories', () => {
  it('is the site made afresh: the same stories, articles, HTML and shared copy, each outlet one object', () => {
    const root = freshRoot();
    const input = readContent('content');
    const made = vi.fn();
    const memo = diskMemo('stories', root);
    const counting: typeof memo = (inputs, make) => memo(inputs, () => (made(), make()));
    const fresh = buildSite(input, { renderBody: bodyHtml, memo: counting });
    const makes = made.mock.calls.length;
    const kept = buildSite(input, { renderBody: bodyHtml, memo: counting });
    expect(makes).toBe(fresh.stories.length);
    expect(made).toHaveBeenCalledTimes(makes);
    expect(kept).toEqual(fresh);
    expect(kept.stories[0]!.articles[0]!.html).toContain('class="claim"');
    const outlets = new Set(kept.outlets);
    expect(kept.stories.flatMap((s) => s.articles).every((a) => outlets.has(a.outlet))).toBe(true);
  });

  it('makes a story again when one of its files changes, and only that story', () => {
    const root = freshRoot();
    const input = readContent('content');
    const memo = diskMemo('stories', root);
    buildSite(input, { memo });
    const made = vi.fn();
    const [first, ...rest] = input.articles;
    const edited = { ...input, articles: [{ ...first!, body: `${first!.body}\n\nOne more paragraph.` }, ...rest] };
    const site = buildSite(edited, { memo: (inputs, make) => memo(inputs, () => (made(), make())) });
    expect(made).toHaveBeenCalledTimes(1);
    const article = site.stories.flatMap((s) => s.articles).find((a) => a.id === first!.id)!;
    expect(article.blocks.at(-1)?.text).toBe('One more paragraph.');
  });
});
