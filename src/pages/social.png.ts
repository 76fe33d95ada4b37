import type { APIRoute } from 'astro';
import { plural } from '../lib/format';
import { getSite } from '../lib/site';
import { SITE_NAME, SITE_TAGLINE } from '../lib/site-meta';
import { socialPng } from '../lib/social-image';

/** The site's own card, for pages that are not about one story. */
export const GET: APIRoute = async () => {
  const { stories, outlets } = await getSite();
  return new Response(
    new Uint8Array(
      await socialPng({
        siteName: SITE_NAME,
        title: SITE_TAGLINE,
        subtitle: `${plural(stories.length, 'story', 'stories')} · ${plural(outlets.length, 'outlet')}`,
        outlets: outlets.map((o) => o.label),
      }),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
};
