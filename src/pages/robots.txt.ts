import type { APIRoute } from 'astro';
import { href, sitemapPath } from '../lib/paths';

/** Every page may be crawled; the sitemap says where they are. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href(sitemapPath()), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
