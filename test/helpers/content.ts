/**
 * Reads a content folder the way the site's collections do (same frontmatter parser, same
 * schemas), without Astro, so unit tests can check real and fixture content quickly.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { load as loadYaml } from 'js-yaml';
import { buildSite, type ContentInput, type SourceEntry } from '../../src/lib/model';
import { articleSchema, type ReferenceFactory } from '../../src/schemas/article';
import { type LexiconData, lexiconSchema } from '../../src/schemas/lexicon';
import { outletSchema } from '../../src/schemas/outlet';
import { storySchema } from '../../src/schemas/story';

/** Stand-in for Astro's `reference()`: the same `{ id, collection }` output. */
export const testReference: ReferenceFactory = (collection) =>
  z
    .string()
    .min(1)
    .transform((id) => ({ id, collection })) as never;

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** Parses data with a schema, failing like the build: file, then what is wrong. */
function parse<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(`${file}: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function readContent(root: string): ContentInput {
  const id = (dir: string, file: string, ext: string) => relative(dir, file).slice(0, -ext.length);
  const data = <S extends z.ZodType>(sub: string, schema: S): SourceEntry<z.output<S>>[] =>
    files(join(root, sub), '.yaml').map((file) => ({
      id: id(join(root, sub), file, '.yaml'),
      filePath: file,
      data: parse(schema, loadYaml(readFileSync(file, 'utf8')), file),
    }));
  const articlesDir = join(root, 'articles');
  return {
    outlets: data('outlets', outletSchema()),
    stories: data('stories', storySchema()),
    articles: files(articlesDir, '.md').map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
      return {
        id: id(articlesDir, file, '.md'),
        filePath: file,
        data: parse(articleSchema(testReference), frontmatter, file),
        body: content.trim(),
      };
    }),
  };
}

export const loadSite = (root: string) => buildSite(readContent(root));

/** The lexicons of a content folder (`lexicon/<story>.yaml`), by story id, through the real schema; none when the folder is absent. */
export function readLexicons(root: string): Map<string, LexiconData> {
  const dir = join(root, 'lexicon');
  if (!existsSync(dir)) return new Map();
  return new Map(
    files(dir, '.yaml').map((file) => [
      relative(dir, file).slice(0, -'.yaml'.length),
      parse(lexiconSchema(), loadYaml(readFileSync(file, 'utf8')), file),
    ]),
  );
}
