/** Article bodies rendered as the site renders them (src/plugins/index.ts), for the plugins' unit tests. */
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { claimIds } from '../../src/lib/paths';
import { markdownTree, textBlocks } from '../../src/lib/quotes';
import { sharedPassages } from '../../src/lib/shared-copy';
import type { ClaimData } from '../../src/schemas/article';
import { bodyHtml } from '../../src/plugins';

interface Source {
  outlet: string;
  story?: string | undefined;
  claims: Pick<ClaimData, 'topic' | 'quote'>[];
  markdown: string;
}

/** A Markdown file's frontmatter (`outlet`, `story`, `claims`) and body. */
export function readArticle(file: string): Source {
  const { frontmatter, content } = parseFrontmatter(readFileSync(file, 'utf8'));
  const { outlet, story, claims = [] } = frontmatter as Partial<Source>;
  return { outlet: String(outlet), story, claims, markdown: content };
}

/**
 * The HTML of each article's body, marked up by every plugin; shared copy is looked for among
 * the articles that name the same story, as the site model does for a story's articles.
 */
export function renderBodies(articles: readonly Source[]): string[] {
  const texts = articles.map((a) => ({ outlet: a.outlet, blocks: textBlocks(markdownTree(a.markdown)) }));
  return articles.map((article) => {
    const sameStory = articles.flatMap((a, i) => (article.story && a.story === article.story ? [texts[i]!] : []));
    const ids = claimIds(article.outlet, article.claims);
    const claims = article.claims.map((c, i) => ({ id: ids[i]!, topic: c.topic, quote: c.quote }));
    return bodyHtml(markdownTree(article.markdown), { outlet: article.outlet, claims, shared: sharedPassages(sameStory) });
  });
}

/** One article's rendered body, as a tree to query. */
export const renderBody = (article: Source): Root => fromHtml(renderBodies([article])[0]!, { fragment: true });
