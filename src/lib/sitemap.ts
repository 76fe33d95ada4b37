import type { Site } from './model';
import { articlePath, claimsPath, comparePath, outletPath, storyPath } from './paths';

/** Every page a search engine should know, site-relative and without the base path. */
export function sitemapPaths(site: Site): string[] {
  return [
    '',
    'outlets/',
    'search/',
    ...site.outlets.map((o) => outletPath(o.id)),
    ...site.stories.flatMap((s) => [storyPath(s.id), comparePath(s.id), claimsPath(s.id), ...s.articles.map((a) => articlePath(s.id, a.outlet.id))]),
  ];
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** sitemap.xml (sitemaps.org 0.9) for absolute page addresses. */
export function sitemapXml(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n')}
</urlset>
`;
}
