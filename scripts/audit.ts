/**
 * `npm run audit`: Lighthouse (mobile profile) on the home, overview, compare, article, claims
 * and search pages, driving Debian's Chromium against the built site served by nginx with its
 * headers. Prints the four category scores per page (the median of three runs) and writes
 * test-results/lighthouse.json. Exits non-zero when a median is below 100.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serveWithNginx } from '../test/helpers/nginx.ts';
import { requireTool } from '../test/helpers/tools.ts';

const DIST = 'test-results/audit-dist';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse's scores vary from run to run; its authors advise the median of several. */
const RUNS = 3;

/**
 * Lighthouse's mobile profile slows the CPU 4x, which its documentation (docs/throttling.md,
 * "Calibrating the CPU slowdown") says is meant for a high-end desktop host (benchmarkIndex
 * 1500-2000) and should be lowered on a weaker one, so that every host emulates the same
 * mid-tier phone. We scale it with the host's measured benchmarkIndex, 4x at 1750, never above
 * 4x and never below 1x: stricter than the documentation's table, which gives 2x for 1000-1500.
 */
const calibrated = (benchmarkIndex: number) => Math.min(4, Math.max(1, Number(((4 * benchmarkIndex) / 1750).toFixed(2))));

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--force'], {
  env: { ...process.env, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await serveWithNginx(DIST);
const story = 'israel-strike-doha';
const pages: [string, string][] = [
  ['home', ''],
  ['overview', `stories/${story}/`],
  ['compare', `stories/${story}/compare/`],
  ['article', `stories/${story}/cnn/`],
  ['claims', `stories/${story}/claims/`],
  ['search', 'search/?q=al+thani'],
];

const chrome = await chromeLauncher.launch({
  chromePath: requireTool('chromium'),
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results: Record<string, Record<string, number>> = {};
let failed = false;
let cpuSlowdownMultiplier = 4;
let benchmarkIndex = 0;
try {
  const probe = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  benchmarkIndex = probe?.lhr.environment.benchmarkIndex ?? 0;
  cpuSlowdownMultiplier = calibrated(benchmarkIndex);
  console.log(`host benchmarkIndex ${benchmarkIndex}: CPU slowdown ${cpuSlowdownMultiplier}x (Lighthouse's default 4x assumes 1500-2000)`);
  for (const [name, path] of pages) {
    const runs: Record<string, number>[] = [];
    const below = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      const run = await lighthouse(
        server.url + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        // The default (mobile) config, its network throttling and screen untouched; only the CPU factor set.
        { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } },
      );
      const categories = run?.lhr.categories ?? {};
      runs.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])));
      for (const [id, audit] of Object.entries(run?.lhr.audits ?? {})) {
        if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'numeric') below.add(id);
      }
    }
    const median = (c: string) => runs.map((r) => r[c] ?? 0).sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
    results[name] = Object.fromEntries(CATEGORIES.map((c) => [c, median(c)]));
    if (Object.values(results[name]!).some((s) => s < 100)) {
      failed = true;
      console.log(`${name}: runs ${JSON.stringify(runs)}; audits below full marks in some run: ${[...below].join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}

console.log(`\n| page | ${CATEGORIES.join(' | ')} |\n|---|${CATEGORIES.map(() => '---').join('|')}|`);
for (const [name, scores] of Object.entries(results)) console.log(`| ${name} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} |`);
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/lighthouse.json',
  `${JSON.stringify({ date: new Date().toISOString(), profile: 'mobile', benchmarkIndex, cpuSlowdownMultiplier, results }, null, 2)}\n`,
);
process.exit(failed ? 1 : 0);
