// `npm test`: every suite, then one plain summary line, `N passed, N failed`, for people and CI.
// Suites: vitest (unit, content, build, invalid-content builds, browser) and `astro check` (types).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const report = 'test-results/vitest.json';
mkdirSync('test-results', { recursive: true });
rmSync(report, { force: true });
rmSync('test-results/summary.txt', { force: true });

const bin = (name) => `node_modules/.bin/${name}`;
let passed = 0;
let failed = 0;

console.log('\n== astro check (types and templates)');
const check = spawnSync(bin('astro'), ['check'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (check.status === 0) passed++;
else failed++;

console.log('\n== vitest');
const vitest = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
});
try {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that failed to load has no failed tests of its own: count it, so it cannot pass unseen.
  failed += results.testResults.filter((file) => file.status === 'failed' && file.assertionResults.every((t) => t.status !== 'failed')).length;
} catch {
  failed++;
}
if (vitest.status !== 0 && failed === 0) failed++;

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
