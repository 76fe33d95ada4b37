import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

/** A built page, parsed. `path` is site-relative, e.g. `stories/x/` (its index.html is read). */
export function page(distDir: string, path: string): Root {
  const file = join(distDir, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
  return fromHtml(readFileSync(file, 'utf8'));
}

export const $ = (tree: Root | Element, selector: string) => select(selector, tree);
export const $$ = (tree: Root | Element, selector: string) => selectAll(selector, tree);

/** The text a reader sees in a node, whitespace folded. */
export const text = (node: Root | Element | undefined) => (node ? toText(node).replace(/\s+/g, ' ').trim() : '');
