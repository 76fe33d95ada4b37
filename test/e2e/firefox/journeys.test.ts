/**
 * The main journeys in a second engine, Firefox (firefox-esr over WebDriver BiDi): the compare
 * view's chooser and topic alignment, the claim matrix's filters with and without JavaScript,
 * search as you type with Back and Forward, and the keyboard-only way from the home page to a
 * search result. The Chromium tests one folder up go into detail; these check that what a reader
 * does works here too.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { compareTopics } from '../../../src/lib/compare';
import { topicAnchor } from '../../../src/lib/paths';
import { loadSite } from '../../helpers/content';
import { clickOn, launchFirefox, navigates, openPage } from '../../helpers/firefox';

const baseUrl = inject('baseUrl');
const story = loadSite('content').stories.find((s) => s.id === 'israel-strike-doha')!;
const outletIds = story.articles.map((a) => a.outlet.id);
const label = (id: string) => story.articles.find((a) => a.outlet.id === id)!.outlet.label;
const comparisons = compareTopics(story);
const compareUrl = `${baseUrl}stories/${story.id}/compare/`;
const WIDE = { width: 1440, height: 900 };

let browser: Browser;
/** A second Firefox with JavaScript off, started by the first test that needs it. */
let noScript: Promise<Browser> | undefined;
const scriptless = () => (noScript ??= launchFirefox({ javaScript: false }));
beforeAll(async () => {
  browser = await launchFirefox();
});
afterAll(async () => {
  await Promise.all([browser?.close(), noScript?.then((b) => b.close())]);
});

const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

describe('the compare view in Firefox', () => {
  /** The outlets whose columns are shown, left to right (by page.evaluate, which works with JavaScript off too). */
  const shownColumns = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.col')]
        .map((col) => ({ id: col.dataset['outlet'], box: col.getBoundingClientRect() }))
        .filter((c) => c.box.width > 0)
        .sort((a, b) => a.box.left - b.box.left)
        .map((c) => c.id),
    );
  /** The controls are drawn from the first paint; the script has run once the summary lists the outlets it shows. */
  const ready = async (page: Page) => {
    await page.waitForSelector('.chooser', { visible: true });
    await page.evaluate(() => ((document.querySelector('.chooser') as HTMLDetailsElement).open = true));
    await page.waitForSelector('#topic-select', { visible: true });
  };
  const topicStatus = (page: Page) => page.evaluate(() => document.querySelector('[data-topic-status]')?.textContent ?? '');

  it('lets the reader choose outlets and their order, keeps them and the topic in the address, and opens that address as it was left', async () => {
    const { page, errors, close } = await openPage(browser, compareUrl, WIDE);
    await ready(page);
    expect(await shownColumns(page)).toEqual(outletIds);

    const dropped = story.articles[1]!.outlet;
    const last = story.articles.at(-1)!.outlet;
    await page.click(`#show-${dropped.id}`);
    await page.click(`button[aria-label="Move ${last.label} earlier"]`);
    // Every outlet stays in the list, ticked or not: the last moves one place up, before the one above it.
    const expected = [outletIds[0], ...outletIds.slice(2, -2), outletIds.at(-1), outletIds.at(-2)];
    await expect.poll(() => shownColumns(page)).toEqual(expected);
    expect(param(page, 'outlets')).toBe(expected.join(','));

    await page.select('#topic-select', 'day');
    await expect.poll(() => param(page, 'topic')).toBe('day');
    expect(param(page, 'outlets')).toBe(expected.join(','));

    const shared = await openPage(browser, page.url(), WIDE);
    await ready(shared.page);
    expect(await shownColumns(shared.page)).toEqual(expected);
    expect(await shared.page.$eval(`#show-${dropped.id}`, (el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await shared.page.$eval('#topic-select', (el) => (el as HTMLSelectElement).value)).toBe('day');
    const day = comparisons.find((c) => c.topic.id === 'day')!;
    await expect.poll(() => topicStatus(shared.page)).toContain(`${day.topic.question} Reported by `);
    expect([...errors, ...shared.errors]).toEqual([]);
    await shared.close();
    await close();
  });

  it('lines every column up on its passage on a topic, or says the outlet does not report it', async () => {
    const killed = comparisons.find((c) => c.topic.id === 'killed')!;
    // A topic some outlets report and some do not, so both cases show.
    expect(killed.silent.length).toBeGreaterThan(0);
    expect(killed.reporting.length).toBeGreaterThan(1);
    const { page, errors, close } = await openPage(browser, compareUrl, WIDE);
    await ready(page);
    await page.select('#topic-select', killed.topic.id);
    await expect.poll(() => param(page, 'topic')).toBe(killed.topic.id);

    /**
     * Each column's note if one is shown, and whether its first passage on the topic is marked and
     * on screen below the sticky controls, on the same line as every other column's (passage or note).
     */
    const alignment = () =>
      page.evaluate((topic) => {
        const controls = document.querySelector('.controls')!.getBoundingClientRect().bottom;
        const rows = [...document.querySelectorAll<HTMLElement>('.col')].map((col) => {
          const note = col.querySelector('.topic-note');
          const passage = col.querySelector(`.claim[data-topic="${topic}"]`);
          const shownNote = note?.getClientRects().length ? note : null;
          const at = (passage ?? shownNote)?.getBoundingClientRect();
          const placed = !!at && at.top >= controls && at.bottom <= innerHeight;
          return {
            id: col.dataset['outlet'],
            line: Math.round(at?.top ?? -1),
            note: shownNote ? shownNote.textContent : null,
            passage: !passage ? 'none' : placed && passage.classList.contains('is-active') ? 'in view, marked' : 'elsewhere',
          };
        });
        const lines = rows.map((r) => r.line);
        return { oneLine: Math.max(...lines) - Math.min(...lines) <= 2, columns: rows.map(({ line: _line, ...rest }) => rest) };
      }, killed.topic.id);
    // Polled: the columns may still be scrolling.
    await expect.poll(alignment).toEqual({
      oneLine: true,
      columns: story.articles.map(({ outlet }) =>
        killed.silent.includes(outlet.id)
          ? { id: outlet.id, note: `${outlet.label} does not report this: ${killed.topic.question}`, passage: 'none' }
          : { id: outlet.id, note: null, passage: 'in view, marked' },
      ),
    });
    expect(await topicStatus(page)).toContain(`Not reported by ${killed.silent.map(label).join(', ')}`);
    expect(errors).toEqual([]);
    await close();
  });

  it('with JavaScript off, shows every article and no chooser', async () => {
    const { page, close } = await openPage(await scriptless(), compareUrl, WIDE);
    // The page has loaded, so its module script would have run by now had scripts been on.
    expect(await page.evaluate(() => document.querySelector('.chooser')?.getClientRects().length)).toBe(0);
    expect(await page.evaluate(() => document.querySelector('.topic-bar')?.getClientRects().length)).toBe(0);
    expect(await shownColumns(page)).toEqual(outletIds);
    await close();
  });
});

describe('the claim matrix in Firefox', () => {
  const claimsUrl = `${baseUrl}stories/${story.id}/claims/`;
  /** One filter per verdict the story's topics have, `#<verdict>` keeping that verdict's rows, and `#all`. */
  const verdicts = [...new Set(comparisons.map((c) => c.status))];
  const rowsOf = (filter: string) => comparisons.filter((c) => filter === 'all' || c.status === filter).map((c) => topicAnchor(c.topic.id));
  const expected = (filter: string) => ({ rows: rowsOf(filter), pressed: [`#${filter}`] });
  /** What the reader sees: the rows shown, and the filter that looks pressed (its own colours). */
  const view = (page: Page) =>
    page.evaluate(() => ({
      rows: [...document.querySelectorAll('tbody tr')].filter((tr) => tr.getClientRects().length).map((tr) => tr.id),
      pressed: [...document.querySelectorAll('.filters a')]
        .filter((a) => getComputedStyle(a).backgroundColor !== 'rgba(0, 0, 0, 0)')
        .map((a) => a.getAttribute('href')),
    }));
  /** The sentence saying what is shown. */
  const showing = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll('.showing')].filter((p) => p.getClientRects().length).map((p) => p.textContent));

  it.each([true, false])('narrows the topics to one verdict, by link and from the address (JavaScript on: %s)', async (javaScript) => {
    // Filters that hide nothing could not fail: the story has topics of several verdicts, `differ` and `single` among them.
    expect(verdicts).toEqual(expect.arrayContaining(['differ', 'single']));
    const { page, errors, close } = await openPage(javaScript ? browser : await scriptless(), claimsUrl, WIDE);
    expect(await view(page)).toEqual(expected('all'));
    for (const filter of [...verdicts, 'all']) {
      await clickOn(page, `.filters a[href="#${filter}"]`);
      await expect.poll(() => view(page)).toEqual(expected(filter));
      expect(new URL(page.url()).hash).toBe(`#${filter}`);
      const said = await showing(page);
      expect(said).toHaveLength(1);
      expect(said[0]).toContain(String(rowsOf(filter).length));
    }
    // A kept or shared address opens narrowed.
    await page.goto(`${claimsUrl}#single`);
    await expect.poll(() => view(page)).toEqual(expected('single'));
    expect(errors).toEqual([]);
    await close();
  });
});

describe('search in Firefox', () => {
  const shownOutlets = async (page: Page) =>
    [...new Set(await page.$$eval('.results .result-outlet', (els) => els.map((el) => el.textContent)))].sort();
  const query = (page: Page) => page.$eval('#q', (el) => (el as HTMLInputElement).value);

  it('shows results as the reader types, and Back and Forward step through the searches', async () => {
    const { page, errors, close } = await openPage(browser, `${baseUrl}search/`, WIDE);
    await page.click('#q');
    await page.keyboard.type('qatar');
    await expect.poll(() => page.$eval('[role="status"]', (el) => el.textContent)).toMatch(/^\d+ results: \d+ claims?,? /);
    const qatar = await shownOutlets(page);
    expect(qatar.length).toBeGreaterThan(1);
    // The address follows the query once typing pauses.
    await expect.poll(() => param(page, 'q')).toBe('qatar');
    // Enter ends this search: the next keystrokes begin a new one, a new step in the history.
    // (A pause in typing does too, but only a fixed sleep could wait for it: the island shows no sign.)
    await page.keyboard.press('Enter');
    const selectAll = process.platform === 'darwin' ? 'Meta' : 'Control';
    await page.keyboard.down(selectAll);
    await page.keyboard.press('KeyA');
    await page.keyboard.up(selectAll);
    await page.keyboard.type('biden');
    await expect.poll(() => shownOutlets(page)).toEqual([label('interbellum')]);
    await expect.poll(() => param(page, 'q')).toBe('biden');

    // One step back is the whole previous search, not a word half typed.
    await page.goBack();
    await expect.poll(() => query(page)).toBe('qatar');
    await expect.poll(() => shownOutlets(page)).toEqual(qatar);
    await page.goBack();
    await expect.poll(() => query(page)).toBe('');
    expect(await page.$eval('.results', (el) => el.getClientRects().length)).toBe(0);
    await page.goForward();
    await expect.poll(() => shownOutlets(page)).toEqual(qatar);
    await page.goForward();
    await expect.poll(() => query(page)).toBe('biden');
    await expect.poll(() => shownOutlets(page)).toEqual([label('interbellum')]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a keyboard-only journey in Firefox', () => {
  interface Focus {
    tag: string;
    text: string;
    /** Firefox takes the focus for keyboard focus (`:focus-visible`) and the site draws a ring for it. */
    visible: boolean;
  }
  const focused = (page: Page): Promise<Focus | null> =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      return { tag: el.tagName, text: (el.textContent ?? '').trim(), visible: el.matches(':focus-visible') && ring };
    });

  /**
   * Presses Tab (Shift+Tab with `back`) until the focused element matches, checking at every step
   * that focus is visible. It must not run past the page's end: Firefox then moves focus to its
   * toolbar, and headless, the page does not get it back.
   */
  async function tabTo(page: Page, matches: (el: Focus) => boolean, { back = false } = {}) {
    for (let i = 0; i < 80; i++) {
      if (back) await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      if (back) await page.keyboard.up('Shift');
      const focus = await focused(page);
      if (!focus) continue;
      expect(focus.visible, `focus is visible on ${focus.tag} “${focus.text.slice(0, 40)}”`).toBe(true);
      if (matches(focus)) return;
    }
    throw new Error(`Tab never reached the element on ${page.url()}`);
  }
  const path = (page: Page) => new URL(page.url()).pathname;
  const target = (page: Page) => page.evaluate(() => document.querySelector(':target')?.textContent ?? '');

  it('goes home → story → side by side → who says what → a claim’s words → search → a result, without a mouse', async () => {
    const { page, errors, close } = await openPage(browser, baseUrl, WIDE);
    await tabTo(page, (el) => el.tag === 'A' && el.text === story.title);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(path(page)).toMatch(new RegExp(`/stories/${story.id}/$`));
    await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('Read all'));
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(path(page)).toMatch(/\/compare\/$/);
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Who says what');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(path(page)).toMatch(/\/claims\/$/);
    await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('See it in the article'));
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).hash).toMatch(/^#claim-/);
    expect(await page.evaluate(() => document.querySelector(':target')?.classList.contains('claim'))).toBe(true);

    // Tab starts from the quoted words; the header's search box is behind them.
    await tabTo(page, (el) => el.tag === 'INPUT', { back: true });
    await page.keyboard.type('zangauker');
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(param(page, 'q')).toBe('zangauker');
    await page.waitForSelector('.results a.result');
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    const result = await focused(page);
    expect(result?.tag).toBe('A');
    expect(result?.visible, 'focus is visible on the first result').toBe(true);
    await navigates(page, () => page.keyboard.press('Enter'));
    expect(new URL(page.url()).hash).toMatch(/^#(claim-|[a-z0-9-]+-p\d+$)/);
    expect(await target(page)).toMatch(/Zangauker/);
    expect(errors).toEqual([]);
    await close();
  });
});
