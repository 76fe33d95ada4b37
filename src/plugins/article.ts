import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';
import type { ClaimData } from '../schemas/article';

/** What the plugins read of an article's (not yet validated) frontmatter. */
export interface ArticleFrontmatter {
  outlet: string;
  claims: ClaimData[];
  /** The story id, when the frontmatter gives one as text. */
  story: string | undefined;
}

/**
 * The frontmatter of the file being rendered when it is one of our articles (it names an outlet
 * and lists claims), else undefined: the plugins leave any other Markdown untouched.
 */
export function articleFrontmatter(file: VFile): ArticleFrontmatter | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  const { outlet, claims, story } = frontmatter ?? {};
  return typeof outlet === 'string' && Array.isArray(claims)
    ? { outlet, claims: claims as ClaimData[], story: typeof story === 'string' ? story : undefined }
    : undefined;
}

/** The file's path relative to the project, as content error messages name it. */
export function sourceName(file: VFile): string {
  if (!file.path) return 'an article';
  return relative(process.cwd(), file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path);
}
