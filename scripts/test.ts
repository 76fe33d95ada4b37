/**
 * `npm test`: sets up what the tests need, runs every tier, and ends with one plain line,
 * `N passed, N failed`, for people and CI. `node scripts/test.ts build browser` runs only those tiers.
 *
 * Set-up: the build and browser tiers drive system programs (nginx, Chromium, Firefox, Java for
 * the Nu checker). Each is looked for on the PATH or at its configured path (test/helpers/tools.ts);
 * missing ones are installed with apt-get when this runs as root on Debian or Ubuntu (as in CI),
 * or else the run stops at once with one line saying what to install.
 */
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { findTool, installHint, onPath, TIER_TOOLS, TOOLS, type ToolName } from '../test/helpers/tools.ts';

const TIERS = ['unit', 'build', 'browser'];
const asked = process.argv.slice(2);
const unknown = asked.filter((t) => !TIERS.includes(t));
if (unknown.length) {
  console.error(`Unknown tier ${unknown.join(', ')}: choose from ${TIERS.join(', ')}.`);
  process.exit(2);
}
const tiers = asked.length ? asked : TIERS;
const everything = !asked.length;

mkdirSync('test-results', { recursive: true });
const report = 'test-results/vitest.json';
rmSync(report, { force: true });

let passed = 0;
let failed = 0;

function finish(): never {
  const summary = `${passed} passed, ${failed} failed`;
  writeFileSync('test-results/summary.txt', `${summary}\n`);
  console.log(`\n${summary}`);
  process.exit(failed === 0 ? 0 : 1);
}

/** Installs the missing tools with apt-get where that is possible; returns those still missing. */
function setUp(needed: ToolName[]): ToolName[] {
  const missing = needed.filter((name) => !findTool(name));
  const apt = onPath(['apt-get']);
  if (missing.length && apt && process.getuid?.() === 0) {
    const packages = missing.map((name) => TOOLS[name].apt);
    console.log(`\n== installing ${packages.join(' ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const quiet: SpawnSyncOptions = { stdio: ['ignore', 'ignore', 'inherit'], env };
    spawnSync(apt, ['update', '-qq'], quiet);
    spawnSync(apt, ['install', '-y', '-qq', '--no-install-recommends', ...packages], quiet);
  }
  return needed.filter((name) => !findTool(name));
}

const stillMissing = setUp([...new Set(tiers.flatMap((tier) => TIER_TOOLS[tier] ?? []))]);
if (stillMissing.length) {
  console.error(
    `\nnpm test cannot run the ${tiers.filter((t) => TIER_TOOLS[t]?.length).join(' and ')} tests. ${installHint(stillMissing)}`,
  );
  failed++;
  finish();
}

const bin = (name: string) => `node_modules/.bin/${name}`;
// The project's own Node (the npm package `node`) first, as in any npm script, even when run directly.
const quietEnv = {
  ...process.env,
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env['PATH'] ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
};

if (everything) {
  console.log('\n== prettier --check (formatting)');
  if (spawnSync(bin('prettier'), ['--check', '--log-level=warn', '.'], { stdio: 'inherit', env: quietEnv }).status === 0) passed++;
  else failed++;

  console.log('\n== astro check (types and templates)');
  if (spawnSync(bin('astro'), ['check'], { stdio: 'inherit', env: quietEnv }).status === 0) passed++;
  else failed++;
}

console.log(`\n== vitest: ${tiers.join(', ')}`);
const projects = tiers.flatMap((tier) => ['--project', tier]);
const vitest = spawnSync(bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
  env: quietEnv,
});
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that failed to load has no failed tests of its own: count it, so it cannot pass unseen.
  failed += results.testResults.filter(
    (file: { status: string; assertionResults: { status: string }[] }) =>
      file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed'),
  ).length;
} catch {
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;
finish();
