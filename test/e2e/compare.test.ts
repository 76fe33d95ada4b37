/** The side-by-side view in a real browser: layout, the outlet chooser, the phone switcher. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadSite } from '../helpers/content';
import { launch, scrollsSideways, watchErrors } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
const outletIds = story.articles.map((a) => a.outlet.id);
const compareUrl = `${baseUrl}stories/${story.id}/compare/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Visible columns, left to right, with their boxes. */
async function columns(page: Page) {
  return page.$$eval('.col', (cols) =>
    cols
      .map((col) => ({ id: (col as HTMLElement).dataset.outlet, box: col.getBoundingClientRect() }))
      .filter((c) => c.box.width > 0)
      .map((c) => ({ id: c.id, left: c.box.left, top: c.box.top, width: c.box.width })),
  );
}

describe('at 1440px', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    errors = watchErrors(page);
    await page.goto(compareUrl);
  });

  it('shows every article in its own column, side by side, without console errors', async () => {
    const cols = await columns(page);
    expect(cols.map((c) => c.id)).toEqual(outletIds);
    for (const [i, col] of cols.entries()) {
      expect(col.top).toBe(cols[0]!.top);
      expect(col.width).toBeGreaterThan(200);
      if (i) expect(col.left).toBeGreaterThan(cols[i - 1]!.left + cols[i - 1]!.width - 1);
    }
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('keeps each column’s outlet header in view while reading, each column scrolling on its own', async () => {
    const columnsTop = await page.$eval('.columns', (el) => el.getBoundingClientRect().top + window.scrollY);
    await page.evaluate((top) => window.scrollTo(0, top), columnsTop);
    const before = await page.$$eval('.col-head', (els) => els.map((el) => el.getBoundingClientRect().top));
    await page.locator('#read-cnn').hover();
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.$eval('#read-cnn', (el) => el.scrollTop)).toBeGreaterThan(500);
    const after = await page.$$eval('.col-head', (els) => els.map((el) => el.getBoundingClientRect().top));
    expect(after).toEqual(before);
    for (const top of after) expect(top).toBeGreaterThanOrEqual(0);
    expect(await page.$eval('#read-ap', (el) => el.scrollTop)).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('lets the reader choose outlets and their order, and keeps the choice in the address', async () => {
    await page.getByRole('checkbox', { name: story.articles[1]!.outlet.label }).uncheck();
    const last = story.articles.at(-1)!.outlet;
    await page.getByRole('button', { name: `Move ${last.label} earlier` }).click();
    // The list holds every outlet, ticked or not: the last moves one place up, before the one above it.
    const expected = [outletIds[0], ...outletIds.slice(2, -2), outletIds.at(-1), outletIds.at(-2)];
    expect((await columns(page)).map((c) => c.id)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('outlets')).toBe(expected.join(','));

    const shared = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await shared.goto(page.url());
    expect((await columns(shared)).map((c) => c.id)).toEqual(expected);
    expect(await shared.getByRole('checkbox', { name: story.articles[1]!.outlet.label }).isChecked()).toBe(false);
    await shared.close();
    expect(errors).toEqual([]);
  });

  it('keeps at least one article on the page', async () => {
    await page.goto(`${compareUrl}?outlets=${outletIds[0]}`);
    const only = page.getByRole('checkbox', { name: story.articles[0]!.outlet.label });
    await only.click();
    expect(await only.isChecked()).toBe(true);
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds[0]]);
  });
});

describe('at 375px, a phone', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    errors = watchErrors(page);
    await page.goto(compareUrl);
  });

  it('shows one article at a time and never scrolls sideways', async () => {
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds[0]]);
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('switches between outlets', async () => {
    const target = story.articles[2]!.outlet;
    await page.getByRole('navigation', { name: 'Choose the article to read' }).getByRole('link', { name: target.label }).click();
    expect((await columns(page)).map((c) => c.id)).toEqual([target.id]);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it.each(['', `stories/${story.id}/`, `stories/${story.id}/cnn/`, `stories/${story.id}/claims/`, 'outlets/', 'outlets/ap/', 'search/?q=netanyahoo', 'no/such/page/'])('never scrolls sideways on /%s', async (path) => {
    await page.goto(baseUrl + path);
    expect(await scrollsSideways(page)).toBe(false);
  });
});

describe('without JavaScript', () => {
  it('shows every article, and the phone switcher still works', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(compareUrl);
    expect((await columns(page)).map((c) => c.id)).toEqual(outletIds);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${compareUrl}#read-${outletIds.at(-1)}`);
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds.at(-1)]);
    await context.close();
  });
});
