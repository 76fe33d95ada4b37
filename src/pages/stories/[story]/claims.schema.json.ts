import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { storyPaths } from '../../../lib/site';
import { claimsExportSchema } from '../../../schemas/export';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** The JSON Schema of claims.json, generated from the zod schema the export is built to. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(claimsExportSchema()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
