/**
 * `npm run audit`: Lighthouse (mobile profile) on the home, overview, compare, article, claims
 * and search pages, and on a blank page as the baseline, driving Debian's Chromium against the
 * built site served by nginx with its headers.
 *
 * On a 2-core machine shared with other work, Lighthouse's performance score swings by several
 * points from run to run, even for a page that runs no JavaScript. So the performance goal is
 * relative: each page type's median score within 2 points of the blank page's median, measured in
 * the same run, rounds interleaved (every page once per round) so that a busy spell costs them all
 * alike. For every page below the blank page, the metrics it loses points on are named, with the
 * main-thread tasks and the resources of its median run that account for them.
 *
 * Prints the four category scores per page (medians of five runs) and writes
 * test-results/lighthouse.json. Exits non-zero when a page's performance is more than 2 points
 * below the blank page's, or any other category is below 100.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';
import { serveWithNginx } from '../test/helpers/nginx.ts';
import { requireTool } from '../test/helpers/tools.ts';

const DIST = 'test-results/audit-dist';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Lighthouse's scores vary from run to run; its authors advise the median of several (five: docs/variability.md). */
const RUNS = 5;
/** How far below the blank page a page's median performance may be. */
const TOLERANCE = 2;
/** The metrics the performance score is made of, with what each says in a sentence. */
const METRICS: Record<string, string> = {
  'first-contentful-paint': 'first paint',
  'largest-contentful-paint': 'largest paint',
  'total-blocking-time': 'main thread blocked',
  'cumulative-layout-shift': 'layout shift',
  'speed-index': 'speed index',
};

/**
 * Lighthouse's mobile profile slows the CPU 4x, which its documentation (docs/throttling.md,
 * "Calibrating the CPU slowdown") says is meant for a high-end desktop host (benchmarkIndex
 * 1500-2000) and should be lowered on a weaker one, so that every host emulates the same
 * mid-tier phone. We scale it with the host's measured benchmarkIndex, 4x at 1750, never above
 * 4x and never below 1x: stricter than the documentation's table, which gives 2x for 1000-1500.
 */
const calibrated = (benchmarkIndex: number) => Math.min(4, Math.max(1, Number(((4 * benchmarkIndex) / 1750).toFixed(2))));

const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  env: { ...process.env, OUT_DIR: DIST, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The baseline: a page with nothing on it, served like every other page (same server, same headers).
mkdirSync(`${DIST}/lighthouse-blank`, { recursive: true });
writeFileSync(
  `${DIST}/lighthouse-blank/index.html`,
  // One line of text: a page that paints nothing cannot be scored (Lighthouse's NO_FCP).
  '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Blank"><title>Blank</title></head><body><p>Blank</p></body></html>\n',
);

const server = await serveWithNginx(DIST);
const story = 'israel-strike-doha';
const pages: [string, string][] = [
  ['blank', 'lighthouse-blank/'],
  ['home', ''],
  ['overview', `stories/${story}/`],
  ['compare', `stories/${story}/compare/`],
  ['article', `stories/${story}/cnn/`],
  ['claims', `stories/${story}/claims/`],
  ['search', 'search/?q=al+thani'],
];

const chrome = await chromeLauncher.launch({
  chromePath: requireTool('chromium'),
  chromeFlags: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const runs = new Map<string, Result[]>(pages.map(([name]) => [name, []]));
const failedRuns: string[] = [];
let cpuSlowdownMultiplier = 4;
let benchmarkIndex = 0;
try {
  const probe = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  benchmarkIndex = probe?.lhr.environment.benchmarkIndex ?? 0;
  cpuSlowdownMultiplier = calibrated(benchmarkIndex);
  console.log(`host benchmarkIndex ${benchmarkIndex}: CPU slowdown ${cpuSlowdownMultiplier}x (Lighthouse's default 4x assumes 1500-2000)`);
  for (let round = 0; round < RUNS; round++) {
    for (const [name, path] of pages) {
      const run = await lighthouse(
        server.url + path,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
        // The default (mobile) config, its network throttling and screen untouched; only the CPU factor set.
        { extends: 'lighthouse:default', settings: { throttling: { cpuSlowdownMultiplier } } },
      );
      // A run Lighthouse could not finish (a timeout on a busy machine) has no scores: it is left out, and counted.
      if (run && !run.lhr.runtimeError && run.lhr.categories['performance']?.score != null) runs.get(name)!.push(run.lhr);
      else failedRuns.push(name);
    }
    console.log(`round ${round + 1} of ${RUNS} done`);
  }
} finally {
  chrome.kill();
  await server.stop();
}

const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
/** The run whose performance score is the median: the one whose reasons are reported. */
const medianRun = (list: Result[]) =>
  [...list].sort((a, b) => score(a, 'performance') - score(b, 'performance'))[Math.floor(list.length / 2)]!;

interface PageResult {
  scores: Record<string, number>;
  runs: number[];
  metrics: Record<string, number>;
  reasons: string[];
}
const results: Record<string, PageResult> = {};
for (const [name, list] of runs) if (!list.length) throw new Error(`Lighthouse finished no run of the ${name} page: see the log above.`);
const blank = medianRun(runs.get('blank')!);
const metricValues = (lhr: Result) =>
  Object.fromEntries(Object.keys(METRICS).map((id) => [id, Math.round(lhr.audits[id]?.numericValue ?? 0)]));

/** Why a page's median run scores below the blank page's: the metrics that lost points, and what on the main thread or the network made them. */
function reasons(lhr: Result): string[] {
  const out: string[] = [];
  for (const [id, label] of Object.entries(METRICS)) {
    const mine = lhr.audits[id];
    const theirs = blank.audits[id];
    if (!mine || mine.score === null || (mine.score ?? 1) >= (theirs?.score ?? 1)) continue;
    out.push(`${label}: ${mine.displayValue} (blank page ${theirs?.displayValue}, score ${mine.score} vs ${theirs?.score})`);
  }
  const tasks =
    (lhr.audits['long-tasks']?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)?.items ?? [];
  for (const task of tasks.slice(0, 3))
    out.push(`long task ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms: ${task.url}`);
  const work =
    (lhr.audits['mainthread-work-breakdown']?.details as { items?: { groupLabel: string; duration: number }[] } | undefined)?.items ?? [];
  if (work.length)
    out.push(
      `main thread: ${work
        .slice(0, 3)
        .map((w) => `${w.groupLabel} ${Math.round(w.duration)} ms`)
        .join(', ')}`,
    );
  return out;
}

let failed = false;
const blankPerformance = median(runs.get('blank')!.map((r) => score(r, 'performance')));
for (const [name] of pages) {
  const list = runs.get(name)!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(list.map((r) => score(r, c)))]));
  const run = medianRun(list);
  const behind = blankPerformance - (scores['performance'] ?? 0);
  results[name] = {
    scores,
    runs: list.map((r) => score(r, 'performance')),
    metrics: metricValues(run),
    reasons: behind > 0 ? reasons(run) : [],
  };
  if (name !== 'blank' && (behind > TOLERANCE || CATEGORIES.slice(1).some((c) => (scores[c] ?? 0) < 100))) failed = true;
}

console.log(`\n| page | ${CATEGORIES.join(' | ')} | performance runs | vs blank |\n|---|${CATEGORIES.map(() => '---').join('|')}|---|---|`);
for (const [name, r] of Object.entries(results)) {
  const delta = (r.scores['performance'] ?? 0) - blankPerformance;
  console.log(
    `| ${name} | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} | ${r.runs.join(' ')} | ${name === 'blank' ? 'baseline' : delta >= 0 ? `+${delta}` : delta} |`,
  );
}
if (failedRuns.length) console.log(`\nRuns Lighthouse could not finish, left out: ${failedRuns.join(', ')}.`);
for (const [name, r] of Object.entries(results)) {
  if (r.reasons.length)
    console.log(`\n${name}, below the blank page by ${blankPerformance - (r.scores['performance'] ?? 0)}:\n  ${r.reasons.join('\n  ')}`);
}
mkdirSync('test-results', { recursive: true });
writeFileSync(
  'test-results/lighthouse.json',
  `${JSON.stringify({ date: new Date().toISOString(), profile: 'mobile', runs: RUNS, benchmarkIndex, cpuSlowdownMultiplier, baseline: 'blank', tolerance: TOLERANCE, failedRuns, results }, null, 2)}\n`,
);
process.exit(failed ? 1 : 0);
