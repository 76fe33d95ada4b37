/**
 * `npm run bench`: keystroke-to-results time of the search island in Debian's Chromium, at this
 * site's size. Builds the site, serves it with nginx, types queries one key at a time and
 * measures, in the page, from each `input` event to the frame after the results are drawn.
 * A measurement, not a test: it prints numbers and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { launch } from '../test/helpers/browser.ts';
import { serveWithNginx } from '../test/helpers/nginx.ts';

const DIST = 'test-results/bench-dist';
const QUERIES = ['al thani', 'netanyahoo', 'who warned qatar', 'shelter in place', 'f35', 'ceasefire proposal', '"summit of fire"'];
const ROUNDS = 3;

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
  env: { ...process.env, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveWithNginx(DIST);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}search/`);
  // Load Fuse and the index first: the bench times searching, not the first download.
  await page.locator('#q').fill('qatar');
  await page.locator('.results a.result').first().waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { times: number[]; start: number | undefined };
    w.times = [];
    document.querySelector('#q')!.addEventListener('input', () => (w.start = performance.now()), true);
    document.querySelector('claim-search')!.addEventListener('search-rendered', () => {
      const start = w.start;
      if (start === undefined) return;
      w.start = undefined;
      requestAnimationFrame(() => w.times.push(performance.now() - start));
    });
  });
  for (let round = 0; round < ROUNDS; round++) {
    for (const query of QUERIES) {
      await page.locator('#q').fill('');
      await page.locator('#q').pressSequentially(query, { delay: 40 });
      await page.waitForTimeout(150);
    }
  }
  const times = (await page.evaluate(() => (window as unknown as { times: number[] }).times)).sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(1);
  const index = readFileSync(`${DIST}/search-index.json`);
  const docs = (JSON.parse(index.toString()) as { docs: unknown[] }).docs.length;
  console.log(`search bench: ${times.length} keystrokes over ${QUERIES.length} queries x ${ROUNDS} rounds, ${docs} documents`);
  console.log(`keystroke to results drawn (ms): median ${at(0.5)}, p95 ${at(0.95)}, max ${times.at(-1)!.toFixed(1)}`);
  console.log(`index: ${(statSync(`${DIST}/search-index.json`).size / 1024).toFixed(1)} KB, ${(gzipSync(index, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
} finally {
  await browser.close();
  await server.stop();
}
