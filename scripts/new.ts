/**
 * `npm run new`: starts the content files for a new story, or for an article from the plain text
 * an outlet's article was received as.
 *
 *   npm run new -- story <story>                          content/stories/<story>.yaml
 *   npm run new -- article <story> <outlet> <file.txt>    content/articles/<story>/<outlet>.md
 *                                                          (and content/outlets/<outlet>.yaml if new)
 *
 * `--content <dir>` (or CONTENT_DIR, as astro.config.mjs reads it) writes into another content
 * folder. When anything is wrong nothing is written and one line says what and how to fix it.
 * The text itself is read by src/lib/import-text.ts; this file does files and messages.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { slugSchema } from '../src/schemas/common.ts';

const USAGE = `Usage:
  npm run new -- story <story>
  npm run new -- article <story> <outlet> <file.txt>
Options:
  --content <dir>   the content folder (default: $CONTENT_DIR, else content)`;

/** A problem the person running the command can fix: printed as one line, exit code 1. */
class Refusal extends Error {}

/** A path as the person typed it would read: relative inside the project, absolute outside. */
const show = (path: string) => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
};

function checkId(kind: string, id: string | undefined): string {
  if (!id) throw new Refusal(`give the ${kind} id (npm run new -- --help).`);
  const result = slugSchema.safeParse(id);
  if (!result.success) throw new Refusal(`${kind} id "${id}" is not valid: ${result.error.issues[0]?.message}.`);
  return id;
}

/** The file of `id` in `dir`, if any: stories and outlets may be `.yaml` or `.yml`. */
const existing = (dir: string, id: string) => ['.yaml', '.yml'].map((ext) => join(dir, `${id}${ext}`)).find((path) => existsSync(path));

function storyTemplate(id: string): string {
  return `# One story: one event, the questions outlets answer about it, and our neutral summary.
# The file name is the story's id; its articles go in content/articles/${id}/
# (npm run new -- article ${id} <outlet> <file.txt>). Replace every TODO: the build stops while
# one is left, and \`npm run lint:content\` lists them all.
title: "TODO: a neutral title for the event, ours, e.g. Israel's strike on Hamas leaders in Doha, Qatar"
eventDate: "TODO: the day the event happened, YYYY-MM-DD"
summary: >-
  TODO: two to four neutral sentences, ours and shown as ours: what happened, where and when, and
  what the outlets report about it. Never a judgement of an outlet.
# Topics: the questions outlets answer, in the order the claim matrix lists them; claims name one
# (topic: day). Ask each neutrally, so that every outlet's answer fits it without taking a side:
# "Who was killed?", not "How many civilians did the strike kill?"; one fact per question.
# Where outlets' answers (their claims' values) differ, a topic may say how, with a note of ours
# (one sentence, required with either):
#   conflict: [Monday, Tuesday]   answers that cannot all be true: one outlet must be wrong
#   compatible: [Doha, Qatar]     answers that differ but can all be true (more detail, another moment)
#   note: One outlet places the strike on a Monday, the others on Tuesday.
# These five are examples: keep, rewrite or replace them.
topics:
  - id: day
    question: On what day did it happen?
  - id: place
    question: Where did it happen?
  - id: killed
    question: Who was killed?
  - id: responsibility
    question: Who claimed responsibility?
  - id: reactions
    question: How did governments respond?
# Terms that mean the same in this story, so an answer may use either (case, accents and dots are
# ignored anyway: "US" = "U.S."):
# aliases:
#   - [IDF, Israel Defense Forces]
`;
}

function outletTemplate(id: string, story: string): string {
  return `# One outlet: who it is. The file name is the outlet's id. Replace every TODO: the build stops
# while one is left, and \`npm run lint:content\` lists them all.
name: "TODO: the outlet's full name, as it styles itself, e.g. The Associated Press"
# shortName: AP   # a short name for column heads; defaults to name
kind: "TODO: what kind of outlet it is, in neutral words, e.g. US news agency (wire service)"
homepage: "TODO: the outlet's home page, https://…"
# First named by content/articles/${story}/${id}.md.
`;
}

function newStory(content: string, args: string[]): string[] {
  if (args.length !== 1) throw new Refusal('"story" takes one argument, the story id: npm run new -- story <story>');
  const id = checkId('story', args[0]);
  const found = existing(join(content, 'stories'), id);
  if (found) throw new Refusal(`${show(found)} already exists; nothing written. Edit it, or choose another id.`);
  const file = join(content, 'stories', `${id}.yaml`);
  mkdirSync(join(content, 'stories'), { recursive: true });
  writeFileSync(file, storyTemplate(id), { flag: 'wx' });
  return [
    `Wrote ${show(file)}. Fill in the TODOs:`,
    '  title      a neutral title for the event, ours',
    '  eventDate  the day it happened, YYYY-MM-DD (the build stops until it is a date)',
    '  summary    two to four neutral sentences, ours',
    '  topics     the questions outlets answer (five examples to keep, rewrite or replace)',
    `Then add each article: npm run new -- article ${id} <outlet> <file.txt>`,
  ];
}

/** The story's topic ids and event day, for the example claim and the date placeholder. */
function storyFacts(file: string): { topics: string[]; eventDate: string } {
  const today = new Date().toISOString().slice(0, 10);
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch {
    return { topics: [], eventDate: today }; // The build will name what is wrong with the story file.
  }
  const story = (data ?? {}) as { topics?: unknown; eventDate?: unknown };
  const topics = Array.isArray(story.topics)
    ? story.topics.map((t) => (t as { id?: unknown })?.id).filter((id): id is string => typeof id === 'string')
    : [];
  const date = story.eventDate;
  const eventDate =
    date instanceof Date && !Number.isNaN(date.getTime())
      ? date.toISOString().slice(0, 10)
      : typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)
        ? date
        : today;
  return { topics, eventDate };
}

async function newArticle(content: string, args: string[]): Promise<string[]> {
  if (args.length !== 3) throw new Refusal('"article" takes three arguments: npm run new -- article <story> <outlet> <file.txt>');
  const story = checkId('story', args[0]);
  const outlet = checkId('outlet', args[1]);
  const source = args[2]!;
  const storyFile = existing(join(content, 'stories'), story);
  if (!storyFile)
    throw new Refusal(
      `no story "${story}" in ${show(join(content, 'stories'))}/; nothing written. Start it with: npm run new -- story ${story}`,
    );
  const target = join(content, 'articles', story, `${outlet}.md`);
  if (existsSync(target))
    throw new Refusal(`${show(target)} already exists; nothing written. Edit it, or delete it to convert the text again.`);
  if (!existsSync(source)) throw new Refusal(`${source}: no such file; nothing written.`);
  if (!statSync(source).isFile()) throw new Refusal(`${source} is not a file; nothing written.`);

  // Loaded only to convert: the Markdown libraries are most of the command's start-up time.
  const { articleFile, decodeText, ImportError, importText, TODO_HEADLINE } = await import('../src/lib/import-text.ts');
  let imported;
  try {
    imported = importText(decodeText(readFileSync(source)));
  } catch (error) {
    if (error instanceof ImportError) throw new Refusal(`${source} ${error.message}; nothing written.`);
    throw error;
  }
  const facts = storyFacts(storyFile);
  const outletFile = existing(join(content, 'outlets'), outlet) ? undefined : join(content, 'outlets', `${outlet}.yaml`);
  mkdirSync(join(content, 'articles', story), { recursive: true });
  writeFileSync(
    target,
    articleFile(imported, { story, outlet, source: show(source), topics: facts.topics, fallbackDate: facts.eventDate }),
    { flag: 'wx' },
  );
  if (outletFile) {
    mkdirSync(join(content, 'outlets'), { recursive: true });
    writeFileSync(outletFile, outletTemplate(outlet, story), { flag: 'wx' });
  }

  const { blocks, setAside } = imported;
  const subheads = blocks.filter((b) => b.kind === 'heading').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `Wrote ${show(target)}: ${plural(blocks.length - subheads, 'paragraph')}${subheads ? ` and ${plural(subheads, 'subhead')}` : ''}, verbatim.`,
  ];
  const taken = setAside.filter((s) => s.field);
  const left = setAside.filter((s) => !s.field);
  if (taken.length)
    lines.push(`Taken from the text into frontmatter (check each): ${taken.map((s) => `${s.field} (line ${s.line})`).join(', ')}.`);
  if (left.length) {
    lines.push('Left out of the body as page furniture (listed in the file; put back any line that is prose):');
    for (const s of left) lines.push(`  line ${s.line}: ${s.reason}`);
  }
  if (subheads)
    lines.push(
      `Read as subheads (##): ${blocks
        .filter((b) => b.kind === 'heading')
        .map((b) => `line ${b.line}`)
        .join(', ')}.`,
    );
  if (imported.linked.length)
    lines.push(`Shown as links, as GFM links bare web and e-mail addresses: ${imported.linked.map((b) => `line ${b.line}`).join(', ')}.`);
  lines.push('To do:');
  if (!imported.headline) lines.push(`  headline        none recognised; it reads "${TODO_HEADLINE}"`);
  if (!imported.published)
    lines.push(`  published.date  no date line found; it is the story's event date, ${facts.eventDate}, marked inferred with a TODO`);
  lines.push('  claims          the build stops until the article has at least one (an example is in the file)');
  if (outletFile)
    lines.push(
      `Also wrote ${show(outletFile)}, a new outlet: fill in name, kind and homepage (the build stops until homepage is a web address).`,
    );
  lines.push('npm run lint:content lists what is left, file by file and line by line (docs/authoring.md says how to write claims).');
  return lines;
}

async function main(argv: string[]): Promise<string[]> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new Refusal(`${(error as Error).message} (npm run new -- --help)`);
  }
  const [command, ...rest] = parsed.positionals;
  if (parsed.values.help) return [USAGE];
  const content = parsed.values.content ?? process.env.CONTENT_DIR ?? 'content';
  if (command === 'story') return newStory(content, rest);
  if (command === 'article') return newArticle(content, rest);
  throw new Refusal(`${command ? `unknown command "${command}"` : 'say what to make'}: "story" or "article" (npm run new -- --help)`);
}

try {
  console.log((await main(process.argv.slice(2))).join('\n'));
} catch (error) {
  if (!(error instanceof Refusal)) throw error;
  console.error(`npm run new: ${error.message}`);
  process.exitCode = 1;
}
