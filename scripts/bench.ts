/**
 * `npm run bench [-- --stories 1000]`: how the site builds and searches, at its real size and at
 * a synthetic 1,000 stories (scripts/lib/corpus.ts), against Pagefind on the same pages.
 * A measurement, not a test: it asserts nothing, and writes bench/results.json and
 * bench/summary.md (the README quotes the summary).
 *
 * - Build: wall time and peak memory (the build process's VmHWM) of `astro build`: the real site
 *   as `npm run build` makes it; the large site cold (empty caches, `--force`) and three times
 *   again, a story added each time (caches kept: how a growing site is rebuilt); the median counts.
 * - Bytes: gzip of each page type's HTML and of the JavaScript it loads.
 * - Search, in Debian's Chromium against nginx with the shipped configuration: each query typed
 *   one key at a time into a fresh page; from each `input` event to the frame after its results
 *   are drawn; response bytes (gzip bodies, as sent) from opening the page to the first result
 *   and between keystrokes; the longest main-thread task while typing (from a Chromium trace);
 *   recall on misspelt queries: a hit when one of the first ten results is in an article that
 *   holds the word meant.
 * - Pagefind (the npm package) indexes the same article pages, and its own search API is
 *   measured the same way, from a bare page that shows its first ten results.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../test/helpers/browser.ts';
import { serveWithNginx } from '../test/helpers/nginx.ts';
import { requireTool } from '../test/helpers/tools.ts';
import { generateCorpus, type Corpus } from './lib/corpus.ts';

const { values } = parseArgs({ options: { stories: { type: 'string', default: '1000' } } });
const STORIES = Number(values.stories);
const WORK = mkdtempSync(join(tmpdir(), 'side-by-side-bench-'));
// nginx's workers run as another user: they must be able to read the built sites.
chmodSync(WORK, 0o755);
// Stopped with Ctrl-C, still leave nothing behind (the servers stop with their process group).
process.once('SIGINT', () => {
  rmSync(WORK, { recursive: true, force: true });
  process.exit(130);
});
const gzip = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const quantile = (list: number[], q: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : 0;
};
const round = (n: number, digits = 1) => Number(n.toFixed(digits));
const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---------------------------------------------------------------------------------------------
// Builds

interface BuildFigures {
  seconds: number;
  peakMemoryMB: number;
  /** HTML pages written. */
  pages: number;
  /** Pages as Astro counts them ("N page(s) built"). */
  routes: number;
  pagesPerSecond: number;
  routesPerSecond: number;
}

/** Runs `astro build` and measures it: wall time, and the high-water mark of its memory, read from /proc while it runs. */
async function build(env: Record<string, string>, force: boolean): Promise<BuildFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...(force ? ['--force'] : [])], {
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const kbytes = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      peak = Math.max(peak, kbytes);
    } catch {
      // Gone already.
    }
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(poll);
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`astro build failed:\n${output.slice(-4000)}`);
  const dist = env['OUT_DIR']!;
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  const routes = Number(/(\d+) page\(s\) built/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''))?.[1] ?? pages);
  return {
    seconds: round(seconds),
    peakMemoryMB: Math.round(peak / 1024),
    pages,
    routes,
    pagesPerSecond: Math.round(pages / seconds),
    routesPerSecond: Math.round(routes / seconds),
  };
}

// ---------------------------------------------------------------------------------------------
// Bytes per page type

/** Gzip bytes of a page's HTML, and of every script it runs (files and inline), after `act`. */
async function pageBytes(browser: Browser, url: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: number[] = [];
  let html = 0;
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    if (type === 'script') scripts.push(gzip(await response.body()));
    if (type === 'document') html = gzip(await response.body());
  });
  await page.goto(url);
  await act?.(page);
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.scripts].filter((s) => !s.src && s.type !== 'application/ld+json').map((s) => s.textContent ?? ''),
  );
  await context.close();
  return { htmlKB: kb(html), jsKB: kb(scripts.reduce((a, b) => a + b, 0) + inline.reduce((a, s) => a + gzip(s), 0)) };
}

async function bytesByPageType(browser: Browser, base: string, story: string, outlet: string, query: string) {
  const types: [string, string][] = [
    ['home', ''],
    ['story', `stories/${story}/`],
    ['compare', `stories/${story}/compare/`],
    ['claims', `stories/${story}/claims/`],
    ['article', `stories/${story}/${outlet}/`],
    ['outlets', 'outlets/'],
    ['outlet', `outlets/${outlet}/`],
  ];
  const out: Record<string, { htmlKB: number; jsKB: number }> = {};
  for (const [name, path] of types) out[name] = await pageBytes(browser, base + path);
  out['search'] = await pageBytes(browser, `${base}search/`, async (page) => {
    await page.locator('#q').fill(query);
    await page.locator('.results a.result').first().waitFor();
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Search in the browser

/** How a search page is driven: where it is, its box, the element that says which query its results answer, its result links. */
interface Engine {
  url: string;
  host: string;
  results: string;
}

const OURS = (base: string): Engine => ({ url: `${base}search/`, host: 'claim-search', results: '.results a.result' });
const PAGEFIND = (base: string): Engine => ({ url: `${base}pagefind-bench/`, host: 'pagefind-bench', results: '#results a' });

interface SearchFigures {
  keystrokes: number;
  medianMs: number;
  p95ms: number;
  maxMs: number;
  /** Response bytes (gzip bodies) from opening the page until the first result of a query is drawn: median and worst over the queries. */
  firstResultBytes: number;
  firstResultBytesMax: number;
  /** Response bytes per keystroke after the first result: mean, 95th percentile and worst. */
  keystrokeBytes: number;
  keystrokeBytesP95: number;
  keystrokeBytesMax: number;
  /** The longest main-thread task while typing, from a Chromium trace. */
  longestTaskMs: number;
  typoRecall?: number;
  typoQueries?: number;
}

const GAP_MS = 60;
/** Rebuilds of the large site, each with one story more. */
const REBUILDS = 3;

async function measureSearch(browser: Browser, engine: Engine, queries: readonly string[]): Promise<SearchFigures> {
  const times: number[] = [];
  const firsts: number[] = [];
  const perKey: number[] = [];
  let longest = 0;
  for (const query of queries) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    let bytes = 0;
    page.on('requestfinished', (request) => {
      void request.sizes().then((s) => (bytes += s.responseBodySize));
    });
    // The page says when a query's results are painted, through a binding: waiting by polling the
    // page (waitForFunction) would run the harness's own scripts on the main thread being measured.
    let painted: (value: string) => void = () => {};
    await page.exposeFunction('benchPainted', (value: string) => painted(value));
    await page.goto(engine.url);
    await page.waitForLoadState('networkidle');
    await page.evaluate((host) => {
      const w = window as unknown as { starts: Record<string, number>; times: [string, number][]; benchPainted: (v: string) => void };
      w.starts = {};
      w.times = [];
      document
        .querySelector('input')!
        .addEventListener('input', (e) => (w.starts[(e.target as HTMLInputElement).value] = performance.now()), true);
      const el = document.querySelector<HTMLElement>(host)!;
      el.addEventListener('search-rendered', () => {
        const value = el.dataset['shown'] ?? '';
        const start = w.starts[value];
        if (start === undefined) return;
        // The frame after the results are in the page: when they are painted.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            w.times.push([value, performance.now() - start]);
            w.benchPainted(value);
          };
          channel.port2.postMessage(0);
        });
      });
    }, engine.host);
    await page.locator('input').first().focus();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let typed = '';
    let first = true;
    let mark = bytes;
    for (const char of query) {
      typed += char;
      const value = typed;
      const shown = new Promise<void>((resolve) => {
        // A keystroke whose results are never drawn is given up on after ten seconds.
        const timer = setTimeout(resolve, 10_000);
        painted = (v) => {
          if (v !== value) return;
          clearTimeout(timer);
          resolve();
        };
      });
      await page.keyboard.type(char);
      await shown;
      await page.waitForTimeout(GAP_MS);
      const hasResults = (await page.locator(engine.results).count()) > 0;
      if (first && hasResults) {
        firsts.push(bytes);
        first = false;
      } else if (!first) perKey.push(bytes - mark);
      mark = bytes;
    }
    const trace = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }[];
    };
    const main = new Set(
      trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
    );
    for (const e of trace.traceEvents)
      if (e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, (e.dur ?? 0) / 1000);
    times.push(...(await page.evaluate(() => (window as unknown as { times: [string, number][] }).times)).map(([, t]) => t));
    await context.close();
  }
  return {
    keystrokes: times.length,
    medianMs: round(quantile(times, 0.5)),
    p95ms: round(quantile(times, 0.95)),
    maxMs: round(Math.max(...times)),
    firstResultBytes: Math.round(quantile(firsts, 0.5)),
    firstResultBytesMax: Math.max(...firsts),
    keystrokeBytes: Math.round(perKey.reduce((a, b) => a + b, 0) / Math.max(1, perKey.length)),
    keystrokeBytesP95: Math.round(quantile(perKey, 0.95)),
    keystrokeBytesMax: Math.max(0, ...perKey),
    longestTaskMs: round(longest),
  };
}

/** Share of misspelt queries with a result in an article holding the word meant, among the first ten. */
async function measureRecall(browser: Browser, engine: Engine, typos: Corpus['typos']): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(engine.url);
  let hits = 0;
  for (const typo of typos) {
    await page.locator('input').first().fill(typo.query);
    await page.waitForFunction(
      ([host, value]) => document.querySelector<HTMLElement>(host!)?.dataset['shown'] === value,
      [engine.host, typo.query],
      { timeout: 20_000 },
    );
    const links = (
      await page.locator(engine.results).evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
    ).slice(0, 10);
    const articles = new Set(links.map((path) => /stories\/([^/]+\/[^/]+)\//.exec(path)?.[1]));
    if (typo.articles.some((a) => articles.has(a))) hits++;
  }
  await context.close();
  return round(hits / typos.length, 3);
}

// ---------------------------------------------------------------------------------------------
// Pagefind

/** Indexes the built site's article pages with Pagefind's own CLI, into `<dist>/pagefind/`, and adds a bare page that searches with its API. */
function pagefind(dist: string): { seconds: number; indexBytes: number; files: number } {
  const site = join(WORK, 'pagefind-site');
  rmSync(site, { recursive: true, force: true });
  // Pagefind indexes every page it is given: give it the article pages only (each holds the
  // article's text and its claims), as the site's own index holds each article once.
  for (const file of readdirSync(join(dist, 'stories'), { recursive: true, encoding: 'utf8' })) {
    const parts = file.split('/');
    if (parts.length !== 3 || parts[2] !== 'index.html' || ['compare', 'claims', 'quotes'].includes(parts[1]!)) continue;
    mkdirSync(join(site, 'stories', parts[0]!, parts[1]!), { recursive: true });
    linkSync(join(dist, 'stories', file), join(site, 'stories', file));
  }
  const started = performance.now();
  const run = spawnSync('node_modules/.bin/pagefind', ['--site', site, '--output-path', join(dist, 'pagefind'), '--quiet'], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`pagefind failed: ${run.stderr}`);
  const seconds = (performance.now() - started) / 1000;
  rmSync(site, { recursive: true, force: true });
  const files = readdirSync(join(dist, 'pagefind'), { recursive: true, encoding: 'utf8' })
    .map((f) => join(dist, 'pagefind', f))
    .filter((f) => statSync(f).isFile());
  // Pagefind's index files are gzipped already; its script and styles are not, and are counted gzipped.
  const indexBytes = files.reduce((n, f) => n + (/\.(js|css|json)$/.test(f) ? gzip(readFileSync(f)) : statSync(f).size), 0);
  mkdirSync(join(dist, 'pagefind-bench'), { recursive: true });
  writeFileSync(
    join(dist, 'pagefind-bench', 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body>
<pagefind-bench><input id="q" type="search" autocomplete="off"><ol id="results"></ol></pagefind-bench>
<script type="module" src="bench.js"></script></body></html>`,
  );
  writeFileSync(
    join(dist, 'pagefind-bench', 'bench.js'),
    `// Pagefind's own API, as its default UI uses it: search as you type, then load the first results' data.
const host = document.querySelector('pagefind-bench');
const input = document.querySelector('#q');
const list = document.querySelector('#results');
const pagefind = await import('../pagefind/pagefind.js');
requestIdleCallback(() => pagefind.init());
let run = 0;
input.addEventListener('input', async () => {
  const mine = ++run;
  const query = input.value;
  const search = query.trim() ? await pagefind.search(query) : null;
  const data = search ? await Promise.all(search.results.slice(0, 10).map((r) => r.data())) : [];
  if (mine !== run) return;
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = d.url;
    a.textContent = d.meta.title || d.url;
    const p = document.createElement('p');
    p.textContent = d.excerpt.replace(/<[^>]+>/g, '');
    li.append(a, p);
    return li;
  }));
  host.dataset.shown = query;
  host.dispatchEvent(new CustomEvent('search-rendered'));
});
`,
  );
  return { seconds: round(seconds), indexBytes, files: files.length };
}

/** Our index: the gzip bytes of every file under search-index/. */
function ourIndex(dist: string) {
  const root = join(dist, 'search-index');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => statSync(f).isFile());
  return { indexBytes: files.reduce((n, f) => n + gzip(readFileSync(f)), 0), files: files.length };
}

// ---------------------------------------------------------------------------------------------

function machine() {
  const chromium = spawnSync(requireTool('chromium'), ['--version'], { encoding: 'utf8' }).stdout.trim();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
  };
}

const REAL_QUERIES = ['al thani', 'netanyahoo', 'who warned qatar', 'shelter in place', 'f35', 'ceasefire proposal', '"summit of fire"'];
const TYPO_SAMPLE = 60;

/** Queries for the large site, from its own words: names, misspelt names, places, plain words, a phrase. */
function largeQueries(corpus: Corpus): string[] {
  const t = corpus.typos;
  return [
    t[0]!.intended,
    t[5]!.query,
    t[10]!.intended.toLowerCase(),
    t[15]!.query,
    'insurance',
    'volunteers from',
    '"emergency aid"',
    'bridge collapse',
    `${t[20]!.intended} said`,
    t[25]!.query,
  ];
}

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), machine: machine() };
  const browser = await launch();
  try {
    // The real site, as `npm run build` makes it.
    const realDist = join(WORK, 'real');
    log('building the real site');
    const realBuild = await build({ OUT_DIR: realDist, CACHE_DIR: join(WORK, 'cache-real') }, false);
    let server = await serveWithNginx(realDist);
    log('measuring the real site in Chromium');
    results['real'] = {
      build: realBuild,
      bytes: await bytesByPageType(browser, server.url, 'israel-strike-doha', 'cnn', 'qatar'),
      search: { ...ourIndex(realDist), ...(await measureSearch(browser, OURS(server.url), REAL_QUERIES)) },
    };
    await server.stop();

    // The large site: a corpus in a temporary folder, built cold, then rebuilt REBUILDS times with
    // one more story each time; the median rebuild is reported, the machine being shared and noisy.
    const corpus = generateCorpus({ stories: STORIES + REBUILDS });
    const content = join(WORK, 'content');
    const write = (path: string) => {
      mkdirSync(dirname(join(content, path)), { recursive: true });
      writeFileSync(join(content, path), corpus.files.get(path)!);
    };
    // The last stories generated are the newest: they are added for the rebuilds.
    const added = corpus.storyFiles.slice(-REBUILDS);
    for (const path of corpus.files.keys()) if (!added.some((files) => files.includes(path))) write(path);
    const largeDist = join(WORK, 'large');
    const env = { CONTENT_DIR: content, OUT_DIR: largeDist, CACHE_DIR: join(WORK, 'cache-large') };
    log(`building ${STORIES} stories, cold`);
    const cold = await build(env, true);
    const rebuilds: BuildFigures[] = [];
    for (const files of added) {
      files.forEach(write);
      log(`building again with one story more (${rebuilds.length + 1} of ${REBUILDS})`);
      rebuilds.push(await build(env, false));
    }
    const again = [...rebuilds].sort((a, b) => a.seconds - b.seconds)[Math.floor(REBUILDS / 2)]!;
    log('indexing with Pagefind');
    const pf = pagefind(largeDist);
    server = await serveWithNginx(largeDist);
    const stats = corpus.stats;
    const firstStory = corpus.storyFiles[0]![0]!.replace(/^stories\/|\.yaml$/g, '');
    const queries = largeQueries(corpus);
    const typos = corpus.typos.slice(0, TYPO_SAMPLE);
    log('measuring the large site in Chromium');
    const ours = {
      ...ourIndex(largeDist),
      ...(await measureSearch(browser, OURS(server.url), queries)),
      typoRecall: await measureRecall(browser, OURS(server.url), typos),
      typoQueries: typos.length,
    };
    // Pagefind runs WebAssembly, which a site using it must allow ('wasm-unsafe-eval'); the
    // site's own policy forbids it, so Pagefind is served with that one word added.
    await server.stop();
    const headers = join(largeDist, 'nginx-headers.conf');
    writeFileSync(headers, readFileSync(headers, 'utf8').replaceAll("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"));
    server = await serveWithNginx(largeDist);
    log('measuring Pagefind in Chromium');
    const theirs = {
      indexBytes: pf.indexBytes,
      files: pf.files,
      indexSeconds: pf.seconds,
      ...(await measureSearch(browser, PAGEFIND(server.url), queries)),
      typoRecall: await measureRecall(browser, PAGEFIND(server.url), typos),
      typoQueries: typos.length,
    };
    const outlet =
      /^articles\/[^/]+\/([^/]+)\.md$/.exec([...corpus.files.keys()].find((p) => p.startsWith(`articles/${firstStory}/`))!)?.[1] ?? '';
    results['large'] = {
      corpus: {
        stories: STORIES + REBUILDS,
        articles: stats.articles,
        claims: stats.claims,
        paragraphs: stats.paragraphs,
        words: stats.words,
        queries,
        typoSample: typos.map((t) => t.query),
      },
      build: again,
      rebuilds,
      coldBuild: cold,
      bytes: await bytesByPageType(browser, server.url, firstStory, outlet, queries[0]!),
      search: ours,
      pagefind: theirs,
    };
    await server.stop();
  } finally {
    await browser.close();
    rmSync(WORK, { recursive: true, force: true });
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync('bench/summary.md', summary(results as never));
  console.log(`\n${readFileSync('bench/summary.md', 'utf8')}`);
}

// ---------------------------------------------------------------------------------------------
// The readable summary

interface Results {
  date: string;
  machine: ReturnType<typeof machine>;
  real: {
    build: BuildFigures;
    bytes: Record<string, { htmlKB: number; jsKB: number }>;
    search: SearchFigures & { indexBytes: number; files: number };
  };
  large: {
    corpus: { stories: number; articles: number; claims: number; paragraphs: number; words: number };
    build: BuildFigures;
    rebuilds: BuildFigures[];
    coldBuild: BuildFigures;
    bytes: Record<string, { htmlKB: number; jsKB: number }>;
    search: SearchFigures & { indexBytes: number; files: number };
    pagefind: SearchFigures & { indexBytes: number; files: number; indexSeconds: number };
  };
}

function summary(r: Results): string {
  const m = r.machine;
  const b = (f: BuildFigures) => `${f.seconds} s, ${f.pages} pages, ${f.pagesPerSecond} pages/s, peak memory ${f.peakMemoryMB} MB`;
  const s = (f: SearchFigures) => [
    `${f.medianMs} ms`,
    `${f.p95ms} ms`,
    `${f.longestTaskMs} ms`,
    `${kb(f.firstResultBytes)} KB`,
    `${kb(f.keystrokeBytes)} KB (p95 ${kb(f.keystrokeBytesP95)}, max ${kb(f.keystrokeBytesMax)})`,
  ];
  const pageTypes = Object.keys(r.large.bytes);
  return `# Benchmark

${r.date.slice(0, 10)}, ${m.cores} × ${m.cpu}, ${m.memoryGB} GB, ${m.os}, Node ${m.node}, ${m.chromium}; load average at the start ${m.load}.
Large site: ${r.large.corpus.stories} synthetic stories, ${r.large.corpus.articles} articles, ${r.large.corpus.claims} claims, ${r.large.corpus.paragraphs} paragraphs, ${Math.round(r.large.corpus.words / 1000)}k words.

## Build

| site | time, pages, memory |
|---|---|
| real (\`npm run build\`) | ${b(r.real.build)} |
| large, cold (empty caches, \`--force\`) | ${b(r.large.coldBuild)} |
| large, one story added (caches kept), median of ${r.large.rebuilds.length} | ${b(r.large.build)}; all: ${r.large.rebuilds.map((f) => `${f.seconds} s`).join(', ')} |

## Bytes per page type (gzip, KB)

| page | real HTML | real JS | large HTML | large JS |
|---|---|---|---|---|
${pageTypes.map((t) => `| ${t} | ${r.real.bytes[t]?.htmlKB ?? '–'} | ${r.real.bytes[t]?.jsKB ?? '–'} | ${r.large.bytes[t]?.htmlKB} | ${r.large.bytes[t]?.jsKB} |`).join('\n')}

## Search (headless Chromium, keystroke to results painted)

| | median | p95 | longest task | bytes before first result | bytes per further keystroke | index | recall on misspellings |
|---|---|---|---|---|---|---|---|
| real site, ours | ${s(r.real.search).join(' | ')} | ${kb(r.real.search.indexBytes)} KB in ${r.real.search.files} files | |
| large site, ours | ${s(r.large.search).join(' | ')} | ${kb(r.large.search.indexBytes)} KB in ${r.large.search.files} files | ${Math.round(r.large.search.typoRecall! * 100)}% of ${r.large.search.typoQueries} |
| large site, Pagefind | ${s(r.large.pagefind).join(' | ')} | ${kb(r.large.pagefind.indexBytes)} KB in ${r.large.pagefind.files} files | ${Math.round(r.large.pagefind.typoRecall! * 100)}% of ${r.large.pagefind.typoQueries} |

Bytes are response bodies as sent (gzip), from opening the search page (its HTML, styles, scripts
and index files) to the first result; per keystroke, the mean after that (p95 and worst in brackets).
Pagefind indexes the article pages (each holds its article's text and claims) and is driven through
its own API from a bare page that shows its first ten results.
`;
}

await main();
