/**
 * The sub-path build, served by nginx with the site's headers, crawled like a link checker that
 * keeps fragments: every internal link, asset and `#anchor` must resolve, from pages and from the
 * JSON exports; nothing may point outside the base path or load from another site.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, inject, it } from 'vitest';
import { SOCIAL_IMAGE } from '../../src/lib/social-image';
import { loadSite } from '../helpers/content';

const baseUrl = inject('baseUrl');
const basePath = inject('basePath');
const SITE_URL = 'https://example.org';
const origin = new URL(baseUrl).origin;
const site = loadSite('content');

interface Fetched {
  status: number;
  type: string;
  body: string;
  headers: Headers;
}

const cache = new Map<string, Promise<Fetched>>();
function get(url: string): Promise<Fetched> {
  let hit = cache.get(url);
  if (!hit) {
    hit = fetch(url).then(async (r) => ({
      status: r.status,
      type: r.headers.get('content-type') ?? '',
      body: await r.text(),
      headers: r.headers,
    }));
    cache.set(url, hit);
  }
  return hit;
}

/** Ids in an HTML page, for checking fragments. */
const idsOf = (tree: Root) => new Set(selectAll('[id]', tree).map((el) => String(el.properties['id'])));

/** Every URL a page refers to, resolved against the page. */
function refsOf(tree: Root, pageUrl: string): { url: URL; from: string }[] {
  const refs: { url: URL; from: string }[] = [];
  const add = (value: unknown, from: string) => {
    if (typeof value !== 'string' || !value) return;
    // Absolute addresses on the configured site are this site's own: check them here.
    const local = value.startsWith(SITE_URL) ? origin + value.slice(SITE_URL.length) : value;
    refs.push({ url: new URL(local, pageUrl), from });
  };
  for (const el of selectAll('a[href], link[href]', tree)) add(el.properties['href'], el.tagName);
  for (const el of selectAll('script[src], img[src]', tree)) add(el.properties['src'], el.tagName);
  for (const el of selectAll('form[action]', tree)) add(el.properties['action'], 'form');
  for (const el of selectAll('meta[property="og:image"], meta[name="twitter:image"], meta[property="og:url"]', tree))
    add(el.properties['content'], 'meta');
  return refs;
}

const externalAllowed = new Set([
  ...site.outlets.map((o) => new URL(o.homepage).origin),
  ...site.stories.flatMap((s) => s.articles.flatMap((a) => (a.data.url ? [new URL(a.data.url).origin] : []))),
  'https://schema.org',
  'http://www.sitemaps.org',
]);

describe('crawling the sub-path build served by nginx', async () => {
  const pages = new Map<string, Root>();
  const broken: string[] = [];
  const fragments: { url: URL; from: string }[] = [];
  const queue = [baseUrl];
  while (queue.length) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    const response = await get(url);
    if (response.status !== 200 || !response.type.includes('text/html')) continue;
    const tree = fromHtml(response.body);
    pages.set(url, tree);
    for (const ref of refsOf(tree, url)) {
      if (ref.url.origin !== origin) {
        if (ref.from !== 'a' && ref.from !== 'meta') broken.push(`${url}: ${ref.from} loads from another site: ${ref.url.href}`);
        else if (ref.from === 'a' && !externalAllowed.has(ref.url.origin))
          broken.push(`${url}: link to an unexpected site: ${ref.url.href}`);
        continue;
      }
      if (!ref.url.pathname.startsWith(basePath)) broken.push(`${url}: ${ref.url.href} is outside the base path ${basePath}`);
      if (ref.url.hash) fragments.push({ url: ref.url, from: url });
      const target = `${ref.url.origin}${ref.url.pathname}`;
      const fetched = await get(target);
      if (fetched.status !== 200) broken.push(`${url}: ${ref.from} ${ref.url.href} answers ${fetched.status}`);
      else if (fetched.type.includes('text/html') && !pages.has(target)) queue.push(target);
    }
  }

  it('reaches every page of the site', () => {
    const expected = 3 + site.outlets.length + site.stories.reduce((n, s) => n + 3 + s.articles.length, 0);
    expect(pages.size).toBeGreaterThanOrEqual(expected);
  });

  it('finds no broken link, asset, or address outside the base path', () => {
    expect(broken).toEqual([]);
  });

  it('finds every #fragment it links to, the #claim- anchors included', async () => {
    const missing: string[] = [];
    for (const { url, from } of fragments) {
      const id = decodeURIComponent(url.hash.slice(1));
      const tree = pages.get(`${url.origin}${url.pathname}`) ?? fromHtml((await get(`${url.origin}${url.pathname}`)).body);
      if (!idsOf(tree).has(id)) missing.push(`${from}: ${url.href}`);
    }
    expect(fragments.some((f) => f.url.hash.startsWith('#claim-'))).toBe(true);
    // The quotation anchors (#<outlet>-p<n>-q<k>) the ledger and the wording page link to.
    expect(fragments.some((f) => /-p\d+-q\d+$/.test(f.url.hash))).toBe(true);
    expect(missing).toEqual([]);
  });

  it('resolves every address in the open data and the search index, fragments included', async () => {
    const urls: string[] = [];
    for (const story of site.stories) {
      const json = JSON.parse((await get(`${baseUrl}stories/${story.id}/claims.json`)).body);
      urls.push(
        json.story.url,
        ...json.outlets.map((o: { articleUrl: string }) => o.articleUrl),
        ...json.claims.map((c: { url: string }) => c.url),
      );
      // quotes.json: the ledger's statements and each version's quotation in its article.
      const quotes = JSON.parse((await get(`${baseUrl}stories/${story.id}/quotes.json`)).body);
      urls.push(
        quotes.story.url,
        ...quotes.groups.flatMap((g: { url: string; versions: { url: string }[] }) => [g.url, ...g.versions.map((v) => v.url)]),
      );
    }
    // The search index's shards (src/lib/search-shards.ts): every document's address (a claim's fourth field, others' second).
    const manifest = JSON.parse((await get(`${baseUrl}search-index/index.json`)).body);
    for (let n = 0; n < manifest.shards; n++) {
      const shard = JSON.parse((await get(`${baseUrl}search-index/u/${n}.json`)).body);
      urls.push(...shard.d.map((d: string[]) => d[d.length === 4 ? 3 : 1]!));
    }
    const missing: string[] = [];
    for (const path of urls) {
      expect(path.startsWith(basePath), path).toBe(true);
      const url = new URL(path, origin);
      const response = await get(`${url.origin}${url.pathname}`);
      if (response.status !== 200) missing.push(`${path}: ${response.status}`);
      else if (url.hash && !idsOf(fromHtml(response.body)).has(url.hash.slice(1))) missing.push(`${path}: no such anchor`);
    }
    expect(missing).toEqual([]);
  });

  it('answers an unknown address with the site’s 404 page', async () => {
    const response = await get(`${baseUrl}no/such/page/`);
    expect(response.status).toBe(404);
    expect(response.body).toContain('Page not found');
  });

  it('lists every page in the sitemap (sitemap-index.xml and the files it lists), and robots.txt points to it', async () => {
    const locsIn = async (url: string) =>
      [...(await get(url)).body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(SITE_URL, origin));
    const sitemaps = await locsIn(`${baseUrl}sitemap-index.xml`);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = (await Promise.all(sitemaps.map(locsIn))).flat();
    for (const url of pages.keys()) if (!url.endsWith('404.html')) expect(locs).toContain(url);
    expect((await get(`${baseUrl}robots.txt`)).body).toContain(`Sitemap: ${SITE_URL}${basePath}sitemap-index.xml`);
  });

  it('gives every page a canonical address, Open Graph and Twitter card metadata with a social image', async () => {
    for (const [url, tree] of pages) {
      const meta = (selector: string) => selectAll(selector, tree).map((el) => String(el.properties['content'] ?? el.properties['href']));
      expect(meta('link[rel="canonical"]'), url).toEqual([url.replace(origin, SITE_URL)]);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type'])
        expect(meta(`meta[property="${property}"]`), `${url} ${property}`).toHaveLength(1);
      expect(meta('meta[name="twitter:card"]')).toEqual(['summary_large_image']);
      const image = meta('meta[property="og:image"]')[0]!;
      const png = await fetch(image.replace(SITE_URL, origin));
      expect(png.headers.get('content-type')).toBe('image/png');
      // A PNG (its signature, then the header chunk's width and height) of the size link previews ask for.
      const bytes = Buffer.from(await png.arrayBuffer());
      expect(bytes.subarray(0, 8).toString('hex'), image).toBe('89504e470d0a1a0a');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([SOCIAL_IMAGE.width, SOCIAL_IMAGE.height]);
    }
    const story = site.stories[0]!;
    const storyPage = pages.get(`${baseUrl}stories/${story.id}/`)!;
    expect(selectAll('meta[property="og:image"]', storyPage)[0]?.properties['content']).toBe(
      `${SITE_URL}${basePath}stories/${story.id}/social.png`,
    );
  });

  it('sends the security headers with every page', async () => {
    for (const url of [baseUrl, `${baseUrl}search/`, `${baseUrl}no/such/page/`]) {
      const { headers } = await get(url);
      expect(headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(headers.get('content-security-policy')).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')?;/);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy')).toContain('camera=()');
    }
  });
});
