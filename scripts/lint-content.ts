/**
 * `npm run lint:content`: checks all content (content/, or --content / CONTENT_DIR) without
 * building the site, with the build's own schemas, rules and messages (src/lib/content-rules.ts),
 * and prints every problem at once: file, line and column, the field, what is wrong and the fix.
 *
 *   npm run lint:content                  problems for people; exit code 1 when there is an error
 *   npm run lint:content -- --json        the same as JSON, for editors and tools
 *   npm run lint:content -- --rules       the rules, one line each
 */
import './resolve-src.ts';
import { enableCompileCache } from 'node:module';
import { parseArgs, styleText } from 'node:util';

// Node's code cache (in the system's temporary folder) keeps the second run from compiling again.
enableCompileCache();

const USAGE = `Usage: npm run lint:content [-- --json] [-- --content <dir>] [-- --rules]
  --content <dir>   the content folder (default: $CONTENT_DIR, else content)
  --json            print the problems as JSON
  --rules           list the rules and exit`;

const started = performance.now();
let args;
try {
  args = parseArgs({
    options: { json: { type: 'boolean' }, content: { type: 'string' }, rules: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  }).values;
} catch (error) {
  console.error(`npm run lint:content: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}

// After the resolve hook: src/ imports its modules without extensions.
const { RULES } = await import('../src/lib/content-rules.ts');
if (args.rules) {
  const width = Math.max(...Object.keys(RULES).map((r) => r.length));
  for (const [rule, what] of Object.entries(RULES)) console.log(`${rule.padEnd(width)}  ${what}`);
  process.exit(0);
}

const { lintContent } = await import('../src/lib/content-lint.ts');
const { formatProblem } = await import('../src/lib/content-errors.ts');
const root = args.content ?? process.env['CONTENT_DIR'] ?? 'content';
const { problems, files, partial } = lintContent(root);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (args.json) {
  const rows = problems.map(({ target: _target, bodyPosition: _body, passagePosition: _passage, ...p }) => ({
    ...p,
    text: formatProblem(p),
  }));
  console.log(JSON.stringify({ root, files, errors, warnings, partial, problems: rows }, null, 2));
} else {
  const out = process.stdout;
  const dim = (text: string) => styleText('dim', text, { stream: out });
  for (const p of problems) {
    const severity = p.severity === 'error' ? styleText('red', 'error', { stream: out }) : styleText('yellow', 'warning', { stream: out });
    console.log(
      `${styleText('bold', p.line ? `${p.file}:${p.line}:${p.column}` : p.file, { stream: out })}  ${severity}  ${p.field ?? '(file)'}  ${dim(p.rule)}`,
    );
    console.log(`  ${p.where ? `${p.where}: ` : ''}${p.message}`);
    if (p.detail)
      console.log(
        `  ${p.passageLine ? p.detail.replace(/^Closest passage, paragraph (\d+)/, `Closest passage, paragraph $1 (line ${p.passageLine})`) : p.detail}`,
      );
    if (p.hint) console.log(`  ${dim('Hint:')} ${p.hint}`);
    console.log();
  }
  if (partial.length) {
    console.log(dim(`Checks across articles skipped for ${partial.join(', ')} until every file of the story reads.`));
  }
  const summary = problems.length
    ? `${problems.length} problem${problems.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) in ${files} files, ${seconds} s.`
    : `No problems in ${files} files, ${seconds} s.`;
  console.log(errors ? styleText('red', summary, { stream: out }) : summary);
}
process.exitCode = errors ? 1 : 0;
