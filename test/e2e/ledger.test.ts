/** The quotation ledger, the sources table and the wording chart in Chromium: reached, seen, followed, and on a phone. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, scrollsSideways, watchErrors } from '../helpers/browser';
import { loadSite } from '../helpers/content';

const baseUrl = inject('baseUrl');
const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
const storyUrl = `${baseUrl}stories/${story.id}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function open(width: number, javaScriptEnabled = true): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 } });
  const page = await context.newPage();
  return { page, errors: watchErrors(page) };
}

describe('the quotation ledger', () => {
  it('is reached from the overview, and a version followed lands on its highlighted words', async () => {
    const { page, errors } = await open(1280, false);
    await page.goto(storyUrl);
    await page.getByRole('link', { name: 'Who is quoted, in whose words' }).click();
    await page.waitForURL('**/quotes/');
    const first = page.locator('#statement-1');
    expect(await first.locator('.version').count()).toBeGreaterThan(1);
    expect(await first.locator('mark.differs').first().isVisible()).toBe(true);
    const ap = first.locator('.version', { hasText: 'AP’s article' });
    const words = (await ap.locator('blockquote').innerText()).trim();
    await ap.getByRole('link', { name: 'See it in AP’s article' }).click();
    await page.waitForURL(/\/ap\/#ap-p\d+-q\d+$/);
    const target = await page.evaluate(() => {
      const el = document.querySelector(':target');
      return (
        el && { quotation: el.classList.contains('quotation'), text: el.textContent, background: getComputedStyle(el).backgroundColor }
      );
    });
    expect(target).toMatchObject({ quotation: true, text: words });
    expect(target?.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(errors).toEqual([]);
  });
});

describe('the sources table', () => {
  it('shows who each outlet relies on, The Business Times marked as resting on CNN', async () => {
    const { page } = await open(1280);
    await page.goto(`${storyUrl}sources/`);
    const table = page.getByRole('table', { name: /attribute what it reports/ });
    expect(await table.isVisible()).toBe(true);
    const cnn = table.getByRole('row', { name: /^CNN/ });
    expect(await cnn.getByRole('cell').nth(1).innerText()).toMatch(/⚑ rests on its reporting/);
    await cnn.getByRole('link').first().click();
    await page.waitForURL(/#source-\d+-business-times$/);
    expect(await page.locator(':target li').count()).toBe(2);
  });
});

describe('the wording chart', () => {
  it('draws a bar for every count and links the count to its occurrences', async () => {
    const { page } = await open(1280);
    await page.goto(`${storyUrl}wording/`);
    const row = page.locator('table.words tbody tr', { has: page.locator('th', { hasText: /^genocide/ }) });
    const truthout = row.locator('td').nth(4);
    const bar = await truthout.locator('rect.own').boundingBox();
    expect(bar?.width).toBeGreaterThan(0);
    expect(await row.locator('td').first().locator('rect.own').count()).toBe(0);
    await truthout.getByRole('link', { name: '2 own, 0 quoted' }).click();
    await page.waitForURL(/#term-genocide-truthout$/);
    expect(await page.locator(':target li').count()).toBe(2);
  });
});

describe('shared copy in the compare view', () => {
  it('tints the words two outlets print alike', async () => {
    const { page } = await open(1440);
    await page.goto(`${storyUrl}compare/`);
    const mark = page.locator('#read-business-times mark.shared').first();
    await mark.waitFor();
    const [marked, body] = await Promise.all([
      mark.evaluate((el) => getComputedStyle(el).backgroundColor),
      page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ]);
    expect(marked).not.toBe(body);
  });
});

describe('search', () => {
  it('finds a quotation by its speaker, under “Quotations”, and leads to its words', async () => {
    const { page, errors } = await open(1280);
    await page.goto(`${baseUrl}search/?q=guterres`);
    const heading = page.getByRole('heading', { name: 'Quotations' });
    await heading.waitFor();
    const result = page.locator('a.result-quotation').first();
    expect(await result.innerText()).toMatch(/Antonio Guterres: “Qatar has been playing/);
    await result.click();
    await page.waitForURL(/\/cnn\/#cnn-p\d+-q\d+$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.classList.contains('quotation'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe.each(['', 'quotes/', 'sources/', 'wording/'])('stories/<story>/%s on a 390px phone', (path) => {
  it('does not scroll sideways and loads no script', async () => {
    const { page, errors } = await open(390);
    await page.goto(`${storyUrl}${path}`);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length)).toBe(0);
    expect(errors).toEqual([]);
  });
});
