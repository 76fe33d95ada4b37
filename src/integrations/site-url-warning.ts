import type { AstroIntegration } from 'astro';

/**
 * Warns when a production build has no `SITE_URL`: canonical addresses, link previews and the
 * sitemap would then point to localhost, which is right for a local preview and wrong anywhere else.
 */
export default function siteUrlWarning(siteUrl: string | undefined): AstroIntegration {
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (siteUrl) return;
        logger.warn(
          'SITE_URL is not set: canonical addresses, link previews and the sitemap will point to http://localhost:4321. ' +
            'Set it to where the site will live, e.g. SITE_URL=https://example.org npm run build.',
        );
      },
    },
  };
}
