/** The claim matrix, its anchors and topic alignment in Chromium. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareTopics } from '../../src/lib/compare';
import { launch, scrollsSideways, watchErrors } from '../helpers/browser';
import { loadSite } from '../helpers/content';

const baseUrl = inject('baseUrl');
const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
const comparisons = compareTopics(story);
const claimsUrl = `${baseUrl}stories/${story.id}/claims/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visibleRows = (page: Page) =>
  page.$$eval('tbody tr', (rows) => rows.filter((r) => r.getBoundingClientRect().height > 0).map((r) => r.id.replace('topic-', '')));

describe.each([true, false])('the claim matrix with JavaScript %s', (javaScriptEnabled) => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(claimsUrl);
  });

  it('narrows to each verdict with plain links, and back to all topics', async () => {
    expect(await visibleRows(page)).toEqual(comparisons.map((c) => c.topic.id));
    for (const [label, status] of Object.entries({
      Conflict: 'conflict',
      'Reported differently': 'differ',
      'Outlets agree': 'agree',
      'One outlet only': 'single',
    })) {
      const expected = comparisons.filter((c) => c.status === status).map((c) => c.topic.id);
      expect(expected.length, `the story has topics marked ${status}`).toBeGreaterThan(0);
      await page.getByRole('link', { name: new RegExp(`^${label} \\(`) }).click();
      expect(await visibleRows(page)).toEqual(expected);
      expect(await page.locator(`.showing-${status}`).isVisible()).toBe(true);
    }
    await page.getByRole('link', { name: /^All topics/ }).click();
    expect(await visibleRows(page)).toHaveLength(comparisons.length);
  });

  it('sets the conflicting answers apart and gives the editor’s note beside them', async () => {
    const row = page.locator('#topic-day');
    expect(await row.locator('.status').textContent()).toMatch(/^Conflict/);
    expect(await row.locator('.note').textContent()).toMatch(/^Our note: .+/);
    const conflicting = await row.locator('.answer-conflict strong').allTextContents();
    expect(new Set(conflicting)).toEqual(new Set(['Tuesday', 'Monday']));
    const [marked, plain] = await page.evaluate(() => {
      const style = (el: Element | null) => (el ? getComputedStyle(el).outlineStyle : '');
      return [
        style(document.querySelector('#topic-day .answer-conflict strong')),
        style(document.querySelector('#topic-place .answer strong')),
      ];
    });
    expect(marked).not.toBe(plain);
  });

  it('shows a quote on demand from the keyboard', async () => {
    const summary = page.locator('#topic-day td').first().locator('summary');
    const quote = page.locator('#topic-day td').first().locator('blockquote');
    expect(await quote.isVisible()).toBe(false);
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await quote.isVisible()).toBe(true);
  });
});

describe('following a claim to its words', () => {
  it('scrolls the article to the quoted words and highlights them', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = watchErrors(page);
    await page.goto(`${claimsUrl}#conflict`);
    const claim = story.articles.find((a) => a.outlet.id === 'interbellum')!.claims.find((c) => c.topic === 'day')!;
    await page
      .locator('#topic-day td')
      .nth(story.articles.findIndex((a) => a.outlet.id === 'interbellum'))
      .getByRole('link', { name: /See it in the article/ })
      .click();
    await page.waitForURL(`**/stories/${story.id}/interbellum/#claim-${claim.id}`);
    const target = page.locator(`#claim-${claim.id}`);
    expect(await target.textContent()).toBe(claim.quote);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    const [highlight, plain] = await target.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(el.parentElement!).backgroundColor,
    ]);
    expect(highlight).not.toBe(plain);
    expect(await target.isVisible()).toBe(true);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(errors).toEqual([]);
  });
});

describe('lining the compare view up on a topic', () => {
  it('brings every column’s passage to one line on screen, or says the outlet does not report it', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}stories/${story.id}/compare/`);
    const killed = comparisons.find((c) => c.topic.id === 'killed')!;
    await page.getByLabel('Line up on').selectOption('killed');
    expect(new URL(page.url()).searchParams.get('topic')).toBe('killed');
    expect(killed.silent.length, 'the test needs a silent outlet').toBeGreaterThan(0);
    const controls = await page.$eval('.controls', (el) => el.getBoundingClientRect().bottom);
    const lines: number[] = [];
    for (const article of story.articles) {
      const col = page.locator(`#read-${article.outlet.id}`);
      const note = col.locator('.topic-note');
      const first = killed.silent.includes(article.outlet.id) ? note : col.locator('.claim[data-topic="killed"]').first();
      if (killed.silent.includes(article.outlet.id)) {
        expect(await note.textContent()).toBe(`${article.outlet.label} does not report this: ${killed.topic.question}`);
      } else {
        expect(await note.isVisible()).toBe(false);
        expect(await first.evaluate((el) => el.classList.contains('is-active'))).toBe(true);
      }
      const box = (await first.boundingBox())!;
      expect(box.y, article.outlet.id).toBeGreaterThanOrEqual(controls);
      expect(box.y, article.outlet.id).toBeLessThan(900 / 2);
      lines.push(box.y);
    }
    expect(Math.max(...lines) - Math.min(...lines), 'one line across the columns').toBeLessThanOrEqual(2);
    expect(await page.getByRole('status').textContent()).toContain(
      `Not reported by ${killed.silent.map((id) => story.articles.find((a) => a.outlet.id === id)!.outlet.label).join(', ')}`,
    );
    expect(errors).toEqual([]);
  });

  it('steps to the next passage on the topic and back, keeping the topic named on screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}stories/${story.id}/compare/?topic=us-response`);
    const most = Math.max(
      ...comparisons
        .find((c) => c.topic.id === 'us-response')!
        .reporting.map((id) => story.articles.find((a) => a.outlet.id === id)!.claims.filter((c) => c.topic === 'us-response').length),
    );
    expect(most, 'the test needs a topic with several passages in one article').toBeGreaterThan(1);
    await expect.poll(() => page.locator('[data-step-count]').textContent()).toBe(`passage 1 of ${most}`);
    await page.getByRole('button', { name: /^Next/ }).click();
    expect(await page.locator('[data-step-count]').textContent()).toBe(`passage 2 of ${most}`);
    const topic = await page.locator('#topic-select option:checked').textContent();
    await page.mouse.wheel(0, 1500);
    // The bar with the topic stays on screen while reading.
    expect(await page.locator('#topic-select').isVisible()).toBe(true);
    expect((await page.locator('.controls').boundingBox())!.y).toBeLessThanOrEqual(1);
    expect(await page.locator('#topic-select option:checked').textContent()).toBe(topic);
    await page.getByRole('button', { name: /^‹ Previous/ }).click();
    expect(await page.locator('[data-step-count]').textContent()).toBe(`passage 1 of ${most}`);
    await page.close();
  });

  it('on a phone, brings the one shown article to its passage', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true });
    await page.goto(`${baseUrl}stories/${story.id}/compare/?topic=day`);
    const passage = page.locator(`#read-${story.articles[0]!.outlet.id} .claim[data-topic="day"]`).first();
    await expect.poll(async () => (await passage.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((await passage.boundingBox())!.y).toBeLessThan(844);
    expect(await scrollsSideways(page)).toBe(false);
  });

  it('makes the marked words a link to what every outlet says on their topic', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${baseUrl}stories/${story.id}/compare/`);
    const marked = page.locator('#read-interbellum a.claim').first();
    const topic = await marked.getAttribute('data-topic');
    await marked.click();
    await page.waitForURL(`**/stories/${story.id}/claims/#topic-${topic}`);
    expect(await page.locator(`#topic-${topic}`).evaluate((el) => el.matches(':target'))).toBe(true);
    await page.close();
  });
});

describe('the matrix on a phone', () => {
  it('is one card per topic and never scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
    await page.goto(claimsUrl);
    expect(await scrollsSideways(page)).toBe(false);
    expect(await page.locator('#topic-day td').first().locator('.cell-outlet').isVisible()).toBe(true);
  });
});

describe('a linked matrix row', () => {
  it.each([
    [1440, 900],
    [390, 844],
  ])('at %ipx lands below the sticky column heads and is marked as the one the reader came for', async (width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(`${claimsUrl}#topic-killed`);
    const row = page.locator('#topic-killed');
    expect(await row.evaluate((el) => el.matches(':target'))).toBe(true);
    const question = (await row.locator('.question').boundingBox())!;
    const headsBottom = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll('thead th')].map((th) =>
          th.getBoundingClientRect().height > 1 ? th.getBoundingClientRect().bottom : 0,
        ),
      ),
    );
    expect(question.y).toBeGreaterThanOrEqual(headsBottom);
    expect(question.y + question.height).toBeLessThanOrEqual(height);
    const [target, other] = await page.evaluate(() =>
      ['#topic-killed > th', '#topic-day > th'].map((selector) => getComputedStyle(document.querySelector(selector)!).backgroundColor),
    );
    expect(target).not.toBe(other);
    await page.close();
  });
});
