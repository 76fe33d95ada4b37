import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { storyPaths } from '../../../lib/site';
import { quotesExportSchema } from '../../../schemas/export';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** The JSON Schema of quotes.json, generated from the zod schema the export is built to: the same for every story, so made once. */
const schema = `${JSON.stringify(z.toJSONSchema(quotesExportSchema()), null, 2)}\n`;

export const GET: APIRoute = () => new Response(schema, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
