/**
 * Outside judges on the sub-path build served by nginx with its security headers: axe-core
 * (WCAG 2.2 AA, light and dark), the Nu HTML Checker, Content-Security-Policy violations and
 * third-party requests in Chromium, a keyboard-only journey, and print.
 */
import { spawnSync } from 'node:child_process';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch } from '../helpers/browser';
import { loadSite } from '../helpers/content';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const site = loadSite('content');
const story = site.stories[0]!;
const article = story.articles[0]!;

/** One page of every type, as a reader reaches it. */
const PAGE_TYPES: [string, string][] = [
  ['home', ''],
  ['story', `stories/${story.id}/`],
  ['compare', `stories/${story.id}/compare/`],
  ['compare, lined up on a topic', `stories/${story.id}/compare/?topic=day`],
  ['claims', `stories/${story.id}/claims/`],
  ['quotes', `stories/${story.id}/quotes/#statement-1`],
  ['sources', `stories/${story.id}/sources/`],
  ['wording', `stories/${story.id}/wording/`],
  ['article', `stories/${story.id}/${article.outlet.id}/#claim-${article.claims[0]!.id}`],
  ['outlets', 'outlets/'],
  ['outlet', `outlets/${article.outlet.id}/`],
  ['search', 'search/?q=al+thani'],
  ['404', 'no/such/page/'],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function settle(page: Page, path: string) {
  await page.goto(baseUrl + path);
  await page.waitForLoadState('networkidle');
  if (path.startsWith('search/')) await page.locator('.results a.result').first().waitFor();
}

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s theme', (colorScheme) => {
  it.each(PAGE_TYPES)('%s page: no violations', async (_, path) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await settle(page, path);
    const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
    // Lining up scrolls the page: whatever link then straddles the edge of the sticky controls is
    // partly covered, as under any sticky header. Target sizes are judged on the page at rest (above).
    if (path.includes('?topic=')) axe.disableRules(['target-size']);
    const results = await axe.analyze();
    await context.close();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      ),
    ).toEqual([]);
  });
});

describe('in Chromium, with the site’s Content-Security-Policy', () => {
  it.each(PAGE_TYPES)('%s page: no policy violation, no request to another site', async (_, path) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
    await settle(page, path);
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    await context.close();
    expect(violations).toEqual([]);
    expect(consoleErrors.filter((e) => !/404/.test(e) || path !== 'no/such/page/')).toEqual([]);
    expect(requests.filter((u) => new URL(u).origin !== new URL(baseUrl).origin && !u.startsWith('data:'))).toEqual([]);
  });
});

describe('the Nu HTML Checker', () => {
  it('finds no error in any built page', () => {
    const vnu = spawnSync(
      'java',
      ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--format', 'json', '--skip-non-html', dist],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    expect(vnu.error).toBeUndefined();
    const report = JSON.parse(vnu.stderr || vnu.stdout || '{"messages":[]}') as {
      messages: { type: string; url: string; message: string; lastLine?: number }[];
    };
    const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
    expect(errors.map((m) => `${m.url.replace(/^.*\/dist\//, '')}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
  }, 120_000);
});

describe('a keyboard-only journey', () => {
  /** Presses Tab until the focused element matches, checking that focus is always visible. */
  async function tabTo(page: Page, matches: (el: { tag: string; text: string; href: string }) => boolean, limit = 80) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { tag: el.tagName, text: (el.textContent ?? '').trim(), href: el.getAttribute('href') ?? '', visible };
      });
      if (!focus) continue;
      expect(focus.visible, `focus is visible on ${focus.tag} “${focus.text.slice(0, 40)}”`).toBe(true);
      if (matches(focus)) return;
    }
    throw new Error('never reached the element by Tab');
  }

  it('goes home → story → compare → claim matrix → a claim’s words → search → a result, without a mouse', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await tabTo(page, (el) => el.tag === 'A' && el.text === story.title);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/stories/${story.id}/`);
    await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('Read all'));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/stories/${story.id}/compare/`);
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Who says what');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/stories/${story.id}/claims/`);
    await tabTo(page, (el) => el.tag === 'A' && el.text.startsWith('See it in the article'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/#claim-/);
    expect(await page.evaluate(() => document.querySelector(':target')?.classList.contains('claim'))).toBe(true);
    await tabTo(page, (el) => el.tag === 'INPUT');
    await page.keyboard.type('zangauker');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=zangauker/);
    await page.locator('.results a.result').first().waitFor();
    await page.keyboard.press('/');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#(claim-|[a-z0-9-]+-p\d+$)/);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toMatch(/Zangauker/);
    await page.close();
  });
});

describe('printing an article', () => {
  it('gives the text and its claims, without navigation chrome', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${baseUrl}stories/${story.id}/${article.outlet.id}/`);
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) => page.locator(selector).first().isVisible();
    for (const chrome of ['header.site', 'footer.site', 'nav.crumbs', '.site-search', '.skip', '.next-outlet'])
      expect(await shown(chrome), chrome).toBe(false);
    expect(await shown('aside.claims')).toBe(true);
    expect(await page.locator('aside.claims .quote').count()).toBe(article.claims.length);
    expect(await page.locator('aside.claims .quote').last().isVisible()).toBe(true);
    expect(await shown('#headline')).toBe(true);
    expect(await page.locator('.body p').count()).toBe(article.blocks.filter((b) => b.kind === 'paragraph').length);
    expect(await shown('.body p')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    await page.close();
  });
});

describe('printing “Who says what”', () => {
  it('shows every quote on paper, with no filters or links to follow', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(`${baseUrl}stories/${story.id}/claims/`);
    await page.emulateMedia({ media: 'print' });
    const quotes = page.locator('.matrix blockquote');
    const count = await quotes.count();
    expect(count).toBe(story.articles.reduce((n, a) => n + a.claims.length, 0));
    for (let i = 0; i < count; i++) expect(await quotes.nth(i).isVisible(), `quote ${i}`).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect((await page.pdf({ format: 'A4' })).length).toBeGreaterThan(1000);
    await page.close();
  });
});
