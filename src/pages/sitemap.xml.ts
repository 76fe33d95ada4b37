import type { APIRoute } from 'astro';
import { href } from '../lib/paths';
import { getSite } from '../lib/site';
import { sitemapPaths, sitemapXml } from '../lib/sitemap';

/**
 * `/sitemap.xml`, listing every page from the site model. Written here rather than with
 * @astrojs/sitemap, which names its output sitemap-index.xml and sitemap-0.xml.
 */
export const GET: APIRoute = async ({ site }) =>
  new Response(sitemapXml(sitemapPaths(await getSite()).map((path) => new URL(href(path), site).href)), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
