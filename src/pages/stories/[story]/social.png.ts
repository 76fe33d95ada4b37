import type { APIRoute, GetStaticPaths } from 'astro';
import { formatDate, plural } from '../../../lib/format';
import type { Story } from '../../../lib/model';
import { SITE_NAME } from '../../../lib/site-meta';
import { socialPng } from '../../../lib/social-image';
import { storyPaths } from '../../../lib/site';

export const getStaticPaths = storyPaths satisfies GetStaticPaths;

/** The story's card for link previews (Open Graph, Twitter), made at build time. */
export const GET: APIRoute<{ story: Story }> = async ({ props: { story } }) =>
  new Response(
    new Uint8Array(
      await socialPng({
        siteName: SITE_NAME,
        title: story.title,
        subtitle: `${formatDate(story.eventDate)} · ${plural(story.articles.length, 'outlet')} side by side`,
        outlets: story.articles.map((a) => a.outlet.label),
      }),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
