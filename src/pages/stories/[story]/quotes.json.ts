import type { APIRoute, GetStaticPaths } from 'astro';
import { quotesExport } from '../../../lib/export';
import type { Story } from '../../../lib/model';
import { analysisOf, storyPaths } from '../../../lib/site';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** Every quotation of the story, grouped by the statement it renders: open data (schema in quotes.schema.json). */
export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) =>
  new Response(`${JSON.stringify(quotesExport(story, (await analysisOf(story, 'quotes')).groups, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
