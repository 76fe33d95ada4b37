/**
 * The authoring journey the README and docs/authoring.md describe, run for real: `npm run new`
 * starts a story and converts a received plain-text article (Interbellum's seed), then an editor
 * fills in what only an editor knows and writes the claims. Used by the unit tier (the linter
 * passes) and the build tier (the site builds and shows the claims).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SEED = 'test/fixtures/seeds/004_81e38e66210cc0ba.txt';

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const replace = (text: string, from: string | RegExp, to: string) => {
  const next = text.replace(from, to);
  if (next === text) throw new Error(`The file no longer has ${String(from)}: update test/helpers/authoring.ts.`);
  return next;
};

/** Runs `npm run new` (story, then article) in `content`, as the editor would; returns the files it wrote. */
export function startStory(content: string) {
  const run = (...args: string[]) =>
    execFileSync(process.execPath, ['scripts/new.ts', '--content', content, ...args], { encoding: 'utf8' });
  run('story', 'doha-strike');
  run('article', 'doha-strike', 'interbellum', SEED);
  return {
    story: join(content, 'stories/doha-strike.yaml'),
    outlet: join(content, 'outlets/interbellum.yaml'),
    article: join(content, 'articles/doha-strike/interbellum.md'),
  };
}

/** What the editor writes: the story's facts and topics, the outlet's, the date's source, and two claims. */
export function finishStory(files: ReturnType<typeof startStory>): void {
  edit(files.story, (text) => {
    text = replace(text, /^title: .*$/m, `title: "Israel's strike on Hamas leaders in Doha, Qatar"`);
    text = replace(text, /^eventDate: .*$/m, 'eventDate: 2025-09-09');
    text = replace(
      text,
      /^summary: >-\n(?: {2}.*\n)+/m,
      'summary: Israel carried out an air strike in Doha aimed at members of Hamas’s political leadership.\n',
    );
    return replace(
      text,
      /^topics:\n(?: {2}.*\n)+/m,
      'topics:\n  - id: day\n    question: On what day did the strike happen?\n  - id: aircraft\n    question: Which aircraft took part?\n',
    );
  });
  edit(files.outlet, (text) =>
    replace(
      replace(replace(text, /^name: .*$/m, 'name: Interbellum News'), /^kind: .*$/m, 'kind: News website'),
      /^homepage: .*$/m,
      'homepage: https://interbellumnews.com/',
    ),
  );
  edit(files.article, (text) => {
    text = replace(text, /^ {2}date: .*$/m, '  date: 2025-09-13');
    text = replace(text, /^ {2}inferred: .*$/m, '  inferred: It says Rubio “said Saturday” and will visit Jerusalem “on Sunday”.');
    return replace(
      text,
      /^claims: \[\]$/m,
      [
        'claims:',
        '  - topic: day',
        '    text: Interbellum News places the failed Israeli airstrike on “last Monday”.',
        '    quote: last Monday’s failed Israeli airstrike',
        '    value: Monday',
        '  - topic: aircraft',
        '    text: Interbellum News reports that eight F-15 fighter jets and four F-35 stealth aircraft took part.',
        '    quote: The strike involved eight F-15 fighter jets and four F-35 stealth aircraft',
        '    value: eight F-15s and four F-35s',
      ].join('\n'),
    );
  });
}
