/*
 * The content linter's engine (`npm run lint:content`, scripts/lint-content.ts): reads a content
 * folder as the site's collections do (the same frontmatter split, YAML, ids and schemas), runs
 * the site model's rules on it (content-rules.ts, through `buildSite`, collecting instead of
 * throwing), and gives every problem its line and column in its file. No Astro, no build: it
 * takes a fraction of a second.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { load, loadAll, YAMLException } from 'js-yaml';
import { z } from 'astro/zod';
import { articleSchema, type ReferenceFactory } from '../schemas/article';
import { outletSchema } from '../schemas/outlet';
import { storySchema } from '../schemas/story';
import type { ContentProblem, Position } from './content-errors';
import { placeholderProblems } from './content-rules';
import { fieldIssues, fieldPath } from './issues';
import { buildSite, type ContentInput, type SourceEntry } from './model';
import { fieldOffsets, nearestField, positionAt } from './yaml-positions';

/** A problem with its place in the file. */
export interface LocatedProblem extends ContentProblem {
  /** 1-based; 0 for a problem with a folder. */
  line: number;
  column: number;
  /** For a quote not found: the line of the closest passage. */
  passageLine?: number;
}

export interface LintResult {
  problems: LocatedProblem[];
  /** How many content files were read. */
  files: number;
  /** Stories whose checks across articles were skipped, because one of their files could not be read. */
  partial: string[];
}

/** `reference()` as the linter reads it: the id, checked against the other files by the rules. */
const reference: ReferenceFactory = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection })) as never;

/** The file types each collection's loader reads; anything else would stop the build. */
const COLLECTIONS = [
  { name: 'outlets', recursive: false, exts: ['.yaml', '.yml'], schema: outletSchema() },
  { name: 'stories', recursive: false, exts: ['.yaml', '.yml'], schema: storySchema() },
  { name: 'articles', recursive: true, exts: ['.md'], schema: articleSchema(reference) },
] as const;

/** Astro's frontmatter block (@astrojs/internal-helpers' `frontmatterRE`), YAML only. */
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** An entry's id as Astro's glob loader makes it: the path without extension, each segment slugged as github-slugger does. */
const entryId = (path: string) =>
  path
    .slice(0, -extname(path).length)
    .split(sep)
    .map((segment) =>
      segment
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/ /g, '-'),
    )
    .join('/')
    .replace(/\/index$/, '');

/** One file read: its data (unvalidated), and how to turn a field or body position into a file position. */
interface ReadFile {
  file: string;
  collection: (typeof COLLECTIONS)[number];
  id: string;
  data: unknown;
  body?: string;
  locateField: (field: string) => Position;
  locateInBody: (at: Position) => Position;
}

function listFiles(dir: string, recursive: boolean): string[] {
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((path) => !path.split(sep).some((part) => part.startsWith('.')) && statSync(join(dir, path)).isFile())
    .sort();
}

const problemAt = (p: ContentProblem, at: Position): LocatedProblem => ({ ...p, line: at.line, column: at.column });

/** Reads one file; on invalid YAML, returns the problem instead. */
function readFile(root: string, collection: ReadFile['collection'], path: string, file: string): ReadFile | LocatedProblem {
  const text = readFileSync(join(root, collection.name, path), 'utf8');
  const at = positionAt(text);
  let yaml = text;
  let yamlStart = 0;
  let body: string | undefined;
  let bodyStart = 0;
  if (collection.name === 'articles') {
    const match = FRONTMATTER.exec(text);
    yaml = match?.[1] ?? '';
    yamlStart = match ? match.index + match[0].length - 3 - yaml.length : 0;
    const rest = match ? text.slice(match.index + match[0].length) : text;
    body = rest.trim();
    bodyStart = text.length - rest.length + (rest.length - rest.trimStart().length);
  }
  let data: unknown;
  let offsets: Map<string, number>;
  try {
    // An empty document is no data, as Astro reads it (js-yaml 5's `load` refuses it): the schema
    // then names what is missing. Two documents are an error to Astro too: `load` says so, and where.
    const documents = loadAll(yaml);
    data = documents.length > 1 ? load(yaml) : (documents[0] ?? {});
    offsets = fieldOffsets(yaml);
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const mark = error.mark;
    return problemAt(
      {
        rule: 'invalid-yaml',
        severity: 'error',
        file,
        message: `not valid YAML: ${error.reason}.`,
        hint: 'Check the quoting and indentation here: a value holding ": " or " #", or starting with a quote mark, a "[" or a "*", needs quotes.',
      },
      mark ? at(yamlStart + mark.position) : { line: 1, column: 1 },
    );
  }
  const bodyAt = at(bodyStart);
  return {
    file,
    collection,
    id: entryId(path),
    data,
    ...(body !== undefined ? { body } : {}),
    locateField: (field) => at(yamlStart + nearestField(offsets, field)),
    locateInBody: ({ line, column }) =>
      line === 1 ? { line: bodyAt.line, column: bodyAt.column + column - 1 } : { line: bodyAt.line + line - 1, column },
  };
}

/** Where a problem is in its file: its body position, else its field's, else the file's start. */
function locate(p: ContentProblem, read: ReadFile | undefined): LocatedProblem {
  if (!read || p.field === undefined) return problemAt(p, { line: 1, column: 1 });
  const at = p.bodyPosition
    ? read.locateInBody(p.bodyPosition)
    : p.field === 'body'
      ? read.locateInBody({ line: 1, column: 1 })
      : read.locateField(p.field ?? '');
  const located = problemAt(p, at);
  return p.passagePosition ? { ...located, passageLine: read.locateInBody(p.passagePosition).line } : located;
}

/** The data without the fields zod did not recognise (a copy). */
function withoutKeys(data: unknown, issues: readonly { path: readonly PropertyKey[]; keys?: readonly string[] }[]): unknown {
  const copy = structuredClone(data);
  for (const { path, keys } of issues) {
    const holder = path.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key], copy);
    for (const key of keys ?? []) if (holder && typeof holder === 'object') delete (holder as Record<string, unknown>)[key];
  }
  return copy;
}

/** Rules that compare a story's articles with each other and with its topics: unsound while one of its files is unread. */
const ACROSS_ARTICLES = new Set(['topic-without-claims', 'undeclared-answer', 'stale-answer', 'spelling-variant']);

/**
 * Checks every file of a content folder (`content/` by default) with the site's schemas and
 * rules. File names in problems are relative to the working directory, as the build names them.
 */
export function lintContent(root = 'content'): LintResult {
  const problems: LocatedProblem[] = [];
  const reads = new Map<string, ReadFile>();
  const entries: Record<keyof ContentInput, SourceEntry<unknown>[]> = { outlets: [], stories: [], articles: [] };
  /** Ids of outlets and stories whose files exist but could not be read: not "unknown" to the articles naming them. */
  const unread = { outlets: new Set<string>(), stories: new Set<string>() };
  /** Stories with a file that could not be read (their own, or an article's). */
  const partial = new Set<string>();
  let files = 0;
  /** A collection whose folder is missing: the build stops at it, and the rules would only echo it. */
  const missing = new Set<string>();

  for (const collection of COLLECTIONS) {
    const dir = join(root, collection.name);
    if (!existsSync(dir)) {
      missing.add(collection.name);
      problems.push(
        problemAt(
          {
            rule: 'missing-folder',
            severity: 'error',
            file: relative(process.cwd(), dir),
            message: `the folder of the ${collection.name} collection is missing.`,
            hint: `Create it: the build stops without it.`,
          },
          // A folder has no lines.
          { line: 0, column: 0 },
        ),
      );
      continue;
    }
    for (const path of listFiles(dir, collection.recursive)) {
      files++;
      const file = relative(process.cwd(), join(dir, path));
      if (!(collection.exts as readonly string[]).includes(extname(path).toLowerCase())) {
        problems.push(
          problemAt(
            {
              rule: 'skipped-file',
              severity: 'error',
              file,
              message: `not a ${collection.exts.join(' or ')} file: the ${collection.name} collection cannot read it, and the build stops rather than skip it.`,
              hint: 'Rename it, or move it out of the content folder.',
            },
            { line: 1, column: 1 },
          ),
        );
        continue;
      }
      const read = readFile(root, collection, path, file);
      const unreadAs = collection.name === 'articles' ? undefined : unread[collection.name];
      if ('rule' in read) {
        problems.push(read);
        unreadAs?.add(entryId(path));
        if (collection.name !== 'outlets') partial.add(collection.name === 'stories' ? entryId(path) : path.split(sep)[0]!);
        continue;
      }
      let result = collection.schema.safeParse(read.data);
      if (!result.success) {
        for (const issue of fieldIssues(result.error.issues, read.data)) {
          problems.push(
            problemAt(
              { rule: 'schema', severity: 'error', file, ...(issue.field ? { field: issue.field } : {}), message: `${issue.message}.` },
              read.locateField(issue.field),
            ),
          );
        }
        // A misspelt field is all that is wrong: check the rest as if it were not there.
        if (result.error.issues.every((issue) => issue.code === 'unrecognized_keys')) {
          result = collection.schema.safeParse(withoutKeys(read.data, result.error.issues));
        }
      }
      if (!result.success) {
        // Placeholders are found in any file that reads as YAML, where the schema has not already said so.
        const said = new Set(result.error.issues.map((issue) => fieldPath(issue.path)));
        for (const p of placeholderProblems(file, read.data)) if (!said.has(p.field ?? '')) problems.push(locate(p, read));
        unreadAs?.add(read.id);
        const story = collection.name === 'stories' ? read.id : (read.data as { story?: unknown } | undefined)?.story;
        if (collection.name !== 'outlets') partial.add(typeof story === 'string' ? story : path.split(sep)[0]!);
        continue;
      }
      reads.set(file, read);
      entries[collection.name].push({
        id: read.id,
        filePath: file,
        data: result.data,
        ...(read.body !== undefined ? { body: read.body } : {}),
      });
    }
  }

  // Each entry's data has passed its collection's own schema.
  const input = entries as unknown as ContentInput;
  const site = buildSite(input, { problems: 'collect' });
  const named = new Map(input.articles.map((a) => [a.filePath, a.data]));
  for (const p of site.problems) {
    const article = named.get(p.file);
    // An article naming an outlet or story whose file is broken is not the article's problem.
    if (p.rule === 'unknown-outlet' && article && (unread.outlets.has(article.outlet.id) || missing.has('outlets'))) continue;
    if (p.rule === 'unknown-story' && article && (unread.stories.has(article.story.id) || missing.has('stories'))) continue;
    if (ACROSS_ARTICLES.has(p.rule) && ((p.target?.story && partial.has(p.target.story)) || missing.size)) continue;
    problems.push(locate(p, reads.get(p.file)));
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { problems, files, partial: [...partial].sort() };
}
