import type { APIRoute } from 'astro';
import { searchData } from '../lib/search-index';
import { getSite } from '../lib/site';

/** The search index, built once at build time; only the search page fetches it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchData(await getSite(), import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
