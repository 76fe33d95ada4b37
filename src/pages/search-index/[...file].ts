import type { APIRoute, GetStaticPaths } from 'astro';
import { MANIFEST } from '../../lib/search-shards';
import { siteSearchIndex } from '../../lib/site';
import { handOver } from '../../integrations/search-index';

/**
 * The sharded search index (src/lib/search-shards.ts), built once per build; only the search page
 * fetches it. In a build only its manifest is a route: the search-index integration writes the
 * other files (thousands at scale, which as routes would cost Astro a few milliseconds each). In
 * `astro dev` every file is served from here.
 */
export const getStaticPaths = (async () => {
  const { files } = await siteSearchIndex(import.meta.env.BASE_URL);
  // `MODE`, not `DEV`: a build run with NODE_ENV=test (as the tests run it) has DEV set too.
  return (import.meta.env.MODE === 'development' ? [...files.keys()] : [MANIFEST]).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await siteSearchIndex(import.meta.env.BASE_URL);
  const text = files.get(params.file ?? '') ?? null;
  handOver(files);
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
