/**
 * Firefox for the browser tests: Debian's firefox-esr, driven headless over WebDriver BiDi by
 * puppeteer-core, so the main journeys are checked in a second engine besides Chromium
 * (`browser.ts`). Nothing is downloaded: the executable is the system's (`requireTool`).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { requireTool } from './tools.ts';
import { WAIT_MS } from './wait.ts';

/**
 * Preferences that keep Firefox off the network, on top of puppeteer's own test profile
 * (no updates, safebrowsing, add-on or search-engine updates) and the remote agent's.
 */
const QUIET_PREFS: Record<string, unknown> = {
  // No telemetry, studies, data reporting or Firefox account.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': '',
  'datareporting.usage.uploadEnabled': false,
  'app.normandy.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'identity.fxaccounts.enabled': false,
  // No captive-portal or connectivity probes, region lookup, network geolocation or DNS over HTTPS.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'geo.provider.network.url': '',
  'network.trr.mode': 5,
  // No guessing ahead: link and DNS prefetching.
  'network.prefetch-next': false,
  'network.dns.disablePrefetch': true,
  // No update checks of any kind, safebrowsing lists included.
  'app.update.auto': false,
  'browser.safebrowsing.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
};

/**
 * Starts headless Firefox in a fresh temporary profile that puppeteer deletes on `close()`.
 * `javaScript: false` turns scripts off for the whole browser, as a reader would: firefox-esr does
 * not implement WebDriver BiDi's per-page switch (`emulation.setScriptingEnabled`).
 */
export function launchFirefox({ javaScript = true } = {}): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: requireTool('firefox'),
    headless: true,
    timeout: WAIT_MS,
    extraPrefsFirefox: { ...QUIET_PREFS, 'javascript.enabled': javaScript },
    // Firefox's test switch: it refuses every connection that is not to this machine, and only
    // with it set does a release build honour puppeteer's dummy remote-settings server; without
    // it firefox-esr polls firefox.settings.services.mozilla.com from the first second.
    env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
  });
}

/**
 * A new tab in its own browser context (fresh storage and history), at the given size, waiting
 * up to `WAIT_MS` for anything; `errors` collects console errors and uncaught page errors.
 */
export async function openPage(browser: Browser, url: string, viewport: { width: number; height: number }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  page.setDefaultNavigationTimeout(WAIT_MS);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  await page.setViewport(viewport);
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/**
 * Clicks the middle of the first element matching `selector`, by its position on the page.
 * Puppeteer's own selector queries (`page.click`, `$eval`, `waitForSelector`) never return in
 * Firefox with JavaScript off, while `page.evaluate` and the mouse still work.
 */
export async function clickOn(page: Page, selector: string): Promise<void> {
  const at = await page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    el.scrollIntoView({ block: 'center' });
    const box = el.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
  if (!at) throw new Error(`Nothing on ${page.url()} matches ${selector}`);
  await page.mouse.click(at.x, at.y);
}

/** Runs `act` (a click, a key press) and waits for the page it leads to to load. */
export async function navigates(page: Page, act: () => Promise<unknown>): Promise<void> {
  await Promise.all([page.waitForNavigation(), act()]);
}
