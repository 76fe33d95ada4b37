/**
 * While editing: under `astro dev`, a content problem shows on the page beside the claim it
 * concerns, as a warning a reader (and a screen reader) meets, and goes when the file is fixed.
 * A real dev server on a copy of the tiny fixture; the file is broken and fixed on disk.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../helpers/browser';
import { type DevServer, startDevServer } from '../helpers/dev-server';

const work = mkdtempSync(join(tmpdir(), 'dev-warnings-'));
const content = join(work, 'content');
const alpha = join(content, 'articles/tiny/alpha.md');
let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  cpSync('test/fixtures/content', content, { recursive: true });
  [server, browser] = await Promise.all([startDevServer(content), launch()]);
  page = await browser.newPage();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(work, { recursive: true, force: true });
});

/** Loads the page afresh and reads what the test looks for; a load that races the server's own reload counts as not yet. */
async function read<T>(path: string, what: (page: Page) => Promise<T>): Promise<T | undefined> {
  try {
    await page.goto(new URL(path, server.url).href);
    return await what(page);
  } catch {
    return undefined;
  }
}

const claimWarning = (p: Page) => p.locator('#claim-item-alpha-day .content-warning');

/**
 * Saves `text` to the article, and saves it again every few seconds, as an editor would, until
 * `shows` finds what the save should bring. A save made while the dev server was still setting up
 * its watcher went unnoticed once, in a full run on a busy machine.
 */
async function save(text: string, shows: () => Promise<boolean | undefined>) {
  let saved = 0;
  await expect
    .poll(
      () => {
        if (Date.now() - saved > 3000) {
          writeFileSync(alpha, text);
          saved = Date.now();
        }
        return shows();
      },
      { interval: 200 },
    )
    .toBe(true);
}

describe('a content problem under astro dev', () => {
  const good = readFileSync('test/fixtures/content/articles/tiny/alpha.md', 'utf8');

  it('is not there while the content is good', async () => {
    expect(await read('stories/tiny/alpha/', (p) => p.locator('.content-warning, .content-problems').count())).toBe(0);
    expect(await page.locator('#claim-alpha-day').textContent()).toBe('It happened on Tuesday');
  });

  it('appears beside the claim, and in the page’s alert, when its quote is broken on disk', async () => {
    await save(good.replace('quote: It happened on Tuesday', 'quote: It happened on Friday'), () =>
      read('stories/tiny/alpha/', async (p) => (await claimWarning(p).count()) > 0),
    );

    const warning = claimWarning(page).filter({ hasText: 'not found verbatim' });
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.textContent()).toMatch(
      /^Content problem \(claims\[0\]\.quote\): claims\[0\] \(topic "day"\) field "quote": not found verbatim in the body: "It happened on Friday"\. .*Closest passage, paragraph 1: "It happened on Tuesday"; the quote has "Friday" where the text has "Tuesday"\./s,
    );
    // The page says so at its top too, as an alert, with a way to the claim.
    const alert = page.getByRole('alert');
    expect(await alert.getByRole('heading').textContent()).toMatch(
      /^\d+ content problems? \(shown while editing; the build stops on them\)/,
    );
    expect(await alert.textContent()).toContain('alpha.md claims[0].quote');
    await alert.getByRole('link', { name: 'Show it on the page' }).first().click();
    expect(page.url()).toMatch(/#claim-item-alpha-day$/);
    // Not colour alone: the warning's words say what it is, in the page's text colour.
    const [fg, bg] = await warning.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(fg).not.toBe(bg);
  });

  it('shows in the claim matrix too, beside the claim and on the topic’s row', async () => {
    const cell = (p: Page) => p.locator('#topic-day .claim .content-warning');
    await expect.poll(() => read('stories/tiny/claims/', (p) => cell(p).count()), { interval: 200 }).toBeGreaterThan(0);
    expect(await page.locator('#topic-day th .content-warning').textContent()).toMatch(/"Tuesday" is not the answer of any claim/);
  });

  it('goes when the file is fixed, and the quote is anchored again', async () => {
    await save(good, () =>
      read('stories/tiny/alpha/', async (p) => (await p.locator('.content-warning, .content-problems').count()) === 0),
    );
    expect(await page.locator('#claim-alpha-day').textContent()).toBe('It happened on Tuesday');
  });
});
