import type { APIRoute, GetStaticPaths } from 'astro';
import type { Story } from '../../../lib/model';
import { claimsExportOf, storyPaths } from '../../../lib/site';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** Every claim of the story, with topics' agreement status: open data (schema in claims.schema.json). */
export const GET: APIRoute<{ story: Story }> = ({ props: { story } }) =>
  new Response(`${JSON.stringify(claimsExportOf(story, import.meta.env.BASE_URL), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
