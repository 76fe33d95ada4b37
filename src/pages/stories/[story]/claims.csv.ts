import type { APIRoute, GetStaticPaths } from 'astro';
import { claimsCsv } from '../../../lib/export';
import type { Story } from '../../../lib/model';
import { claimsExportOf, storyPaths } from '../../../lib/site';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** The claims as CSV, one row per claim, for spreadsheets. */
export const GET: APIRoute<{ story: Story }> = ({ props: { story } }) =>
  new Response(claimsCsv(claimsExportOf(story, import.meta.env.BASE_URL)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
