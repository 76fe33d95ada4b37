import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { bodyBlocks, markdownTree, textBlocks } from '../lib/quotes';
import { type ArticleText, type SharedPassage, sharedMarks, sharedPassages } from '../lib/shared-copy';
import { articleFrontmatter } from './article';
import { markRange } from './mark-range';

/** The story's other articles: the Markdown files beside this one that name the same story. */
function siblings(dir: string, story: string): { outlet: string; markdown: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const { outlet, story: of } = frontmatter as { outlet?: unknown; story?: unknown };
      return typeof outlet === 'string' && of === story ? [{ outlet, markdown: content }] : [];
    });
}

/** The shared passages of the story in `dir`, remembered until one of its files changes (under `astro dev`). */
const cache = new Map<string, { stamp: string; passages: SharedPassage[] }>();
function passagesIn(dir: string, story: string): SharedPassage[] {
  const stamp = readdirSync(dir)
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`)
    .join('|');
  const key = `${dir}#${story}`;
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.passages;
  const texts: ArticleText[] = siblings(dir, story).map(({ outlet, markdown }) => ({ outlet, blocks: textBlocks(markdownTree(markdown)) }));
  const passages = sharedPassages(texts);
  cache.set(key, { stamp, passages });
  return passages;
}

/**
 * Marks the words an article shares word for word with another of the story's articles
 * (src/lib/shared-copy.ts): `<mark class="shared" data-shared="<outlet> <outlet>">`, naming the
 * other outlets, wherever the body is shown (the article page, the compare view). The other
 * articles are read from the files beside this one, which name the same story; the marks sit
 * inside claims and quotations and never split them.
 */
export default function rehypeSharedCopy() {
  return (tree: Root, file: VFile) => {
    const article = articleFrontmatter(file);
    if (!article?.story || !file.path) return;
    const path = file.path.startsWith('file:') ? fileURLToPath(file.path) : file.path;
    const blocks = bodyBlocks(tree);
    for (const mark of sharedMarks(passagesIn(dirname(path), article.story), article.outlet)) {
      const block = blocks[mark.block] as Element | undefined;
      if (!block) continue;
      markRange(block, mark.start, mark.end, () => ({
        type: 'element',
        tagName: 'mark',
        properties: { className: ['shared'], dataShared: mark.with.join(' ') },
        children: [],
      }));
    }
  };
}
