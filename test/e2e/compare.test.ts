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

/** The outlet chooser is folded under its summary (the outlets shown); unfold it. */
const openChooser = (page: Page) => page.locator('.chooser').evaluate((el) => ((el as HTMLDetailsElement).open = true));

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

  it('reaches the end of every article with the wheel over its column, the page scrolling as one', async () => {
    for (const id of outletIds) {
      await page.evaluate(() => window.scrollTo(0, 0));
      const last = page.locator(`#read-${id} .prose > p`).last();
      const col = (await page.locator(`#read-${id}`).boundingBox())!;
      await page.mouse.move(col.x + col.width / 2, 600);
      // Wheel until the last paragraph is on screen: a column that trapped the wheel never gets there.
      await expect
        .poll(
          async () => {
            const box = await last.boundingBox();
            if (box && box.y + box.height <= 900 && box.y >= 0) return true;
            await page.mouse.wheel(0, 700);
            return false;
          },
          { interval: 100 },
        )
        .toBe(true);
      expect(await page.$eval(`#read-${id}`, (el) => el.scrollHeight - el.clientHeight), `${id} is no scroll box`).toBeLessThanOrEqual(1);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('keeps each column’s outlet and headline in view while its article is read', async () => {
    // Halfway down the shortest article, every column's head sits just under the controls.
    const shortest = await page.$$eval('.col', (cols) => Math.min(...cols.map((c) => c.getBoundingClientRect().height)));
    const top = await page.$eval('.columns', (el) => el.getBoundingClientRect().top + window.scrollY);
    await page.evaluate((y) => window.scrollTo(0, y), top + shortest / 2);
    const controls = await page.$eval('.controls', (el) => el.getBoundingClientRect().bottom);
    const heads = await page.$$eval('.col-head', (els) =>
      els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
    for (const head of heads) {
      expect(head.top).toBeGreaterThanOrEqual(controls - 1);
      expect(head.bottom).toBeLessThan(450);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  it('lets the reader choose outlets and their order, and keeps the choice in the address', async () => {
    await openChooser(page);
    await page.getByRole('checkbox', { name: story.articles[1]!.outlet.label }).uncheck();
    const last = story.articles.at(-1)!.outlet;
    await page.getByRole('button', { name: `Move ${last.label} earlier` }).click();
    // The list holds every outlet, ticked or not: the last moves one place up, before the one above it.
    const expected = [outletIds[0], ...outletIds.slice(2, -2), outletIds.at(-1), outletIds.at(-2)];
    expect((await columns(page)).map((c) => c.id)).toEqual(expected);
    expect(new URL(page.url()).searchParams.get('outlets')).toBe(expected.join(','));

    const shared = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await shared.goto(page.url());
    await openChooser(shared);
    expect((await columns(shared)).map((c) => c.id)).toEqual(expected);
    expect(await shared.getByRole('checkbox', { name: story.articles[1]!.outlet.label }).isChecked()).toBe(false);
    await shared.close();
    expect(errors).toEqual([]);
  });

  it('keeps at least one article on the page', async () => {
    await page.goto(`${compareUrl}?outlets=${outletIds[0]}`);
    await openChooser(page);
    const only = page.getByRole('checkbox', { name: story.articles[0]!.outlet.label });
    await only.click();
    expect(await only.isChecked()).toBe(true);
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds[0]]);
  });
});

describe('at 768px, a tablet', () => {
  it('keeps every column readable, wrapping them rather than crushing them, without sideways scroll', async () => {
    const page = await browser.newPage({ viewport: { width: 768, height: 1000 } });
    await page.goto(compareUrl);
    const cols = await columns(page);
    expect(cols.map((c) => c.id)).toEqual(outletIds);
    for (const col of cols) expect(col.width).toBeGreaterThanOrEqual(240);
    expect(await scrollsSideways(page)).toBe(false);
    await page.close();
  });
});

describe('at 390px, a phone', () => {
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    errors = watchErrors(page);
    await page.goto(compareUrl);
  });

  it('shows one article at a time, names it on its tab, and never scrolls sideways', async () => {
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds[0]]);
    expect(await page.locator('.switcher a[aria-current="true"]').textContent()).toContain(story.articles[0]!.outlet.label);
    expect(await scrollsSideways(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  it('switches between outlets, and the tab follows', async () => {
    const target = story.articles[2]!.outlet;
    await page.getByRole('navigation', { name: 'Choose the article to read' }).getByRole('link', { name: target.label }).click();
    expect((await columns(page)).map((c) => c.id)).toEqual([target.id]);
    await expect.poll(() => page.locator('.switcher a[aria-current="true"]').textContent()).toContain(target.label);
    // The article's own head is not hidden under the sticky controls.
    const [controls, head] = await Promise.all([
      page.$eval('.controls', (el) => el.getBoundingClientRect().bottom),
      page.locator(`#read-${target.id} .col-head`).boundingBox(),
    ]);
    expect(head!.y).toBeGreaterThanOrEqual(controls - 1);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('honours a shared address: the chosen outlets, in order, lined up on the topic', async () => {
    await page.goto(`${compareUrl}?outlets=ap,interbellum&topic=day`);
    expect(await page.locator('.switcher li:not([hidden]) a').allTextContents()).toEqual(['AP', 'Interbellum']);
    expect(await page.locator('.switcher a[aria-current="true"]').textContent()).toBe('AP');
    expect(await page.locator('#topic-select').inputValue()).toBe('day');
    const passage = page.locator('#read-ap .claim[data-topic="day"]').first();
    const controls = await page.$eval('.controls', (el) => el.getBoundingClientRect().bottom);
    await expect.poll(async () => (await passage.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(controls - 1);
    expect((await passage.boundingBox())!.y).toBeLessThan(844);
    // The chooser works here too: show a third outlet and move it first.
    await openChooser(page);
    await page.getByRole('checkbox', { name: 'CNN' }).check();
    // CNN joins after the others shown (AP, Interbellum) and the one not shown between: two steps up.
    await page.getByRole('button', { name: 'Move CNN earlier' }).click();
    await page.getByRole('button', { name: 'Move CNN earlier' }).click();
    expect(new URL(page.url()).searchParams.get('outlets')).toBe('ap,cnn,interbellum');
    expect(await page.locator('.switcher li:not([hidden]) a').allTextContents()).toEqual(['AP', 'CNN', 'Interbellum']);
  });

  it('has no control or stand-alone link smaller than 24 by 24 pixels', async () => {
    await page.goto(compareUrl);
    await openChooser(page);
    const small = await page.$$eval(
      'compare-columns button, compare-columns select, compare-columns summary, .switcher a, compare-columns input',
      (els) =>
        els
          .filter((el) => el.getClientRects().length)
          .map((el) => ({ el: el.outerHTML.slice(0, 60), ...el.getBoundingClientRect().toJSON() }))
          .filter((r) => r.width < 24 || r.height < 24),
    );
    expect(small).toEqual([]);
  });

  it.each([
    '',
    `stories/${story.id}/`,
    `stories/${story.id}/cnn/`,
    `stories/${story.id}/claims/`,
    'outlets/',
    'outlets/ap/',
    'search/?q=netanyahoo',
    'no/such/page/',
  ])('never scrolls sideways on /%s', async (path) => {
    await page.goto(baseUrl + path);
    expect(await scrollsSideways(page)).toBe(false);
  });
});

describe('layout shift', () => {
  // On a slow phone the page is drawn before its script has run: with the processor slowed
  // eightfold here, lining the columns up moved them by 0.2 to 0.8 before they were held back.
  it.each([`stories/${story.id}/compare/?topic=day`, 'search/?q=qatar'])(
    'stays under 0.01 on /%s as its script runs, on a slow processor',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 8 });
      await page.goto(baseUrl + path);
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: 'layout-shift', buffered: true });
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift).toBeLessThan(0.01);
      await page.close();
    },
  );
});

describe('without JavaScript', () => {
  it('shows every article, and the phone switcher still works', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(compareUrl);
    expect((await columns(page)).map((c) => c.id)).toEqual(outletIds);
    expect(await page.locator('.chooser').isVisible()).toBe(false);
    expect(await page.locator('.topic-bar').isVisible()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${compareUrl}#read-${outletIds.at(-1)}`);
    expect((await columns(page)).map((c) => c.id)).toEqual([outletIds.at(-1)]);
    await context.close();
  });
});
