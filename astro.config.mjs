// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { EARLY_SCRIPT_SHA256 } from './src/lib/csp.ts';
import { CSP_DIRECTIVES } from './src/lib/headers.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import contentWarnings from './src/integrations/content-warnings.ts';
import searchIndex from './src/integrations/search-index.ts';
import buildCache from './src/integrations/build-cache.ts';

/**
 * Where the site is published. `SITE_URL` is the origin (used for canonical and social URLs),
 * `BASE_PATH` the sub-path it is served under (GitHub Pages project sites use `/<repo>/`).
 * `CONTENT_DIR`, `OUT_DIR` and `CACHE_DIR` let the tests build fixture content in isolation.
 */
const env = process.env;

export default defineConfig({
  site: env.SITE_URL || 'http://localhost:4321',
  base: env.BASE_PATH || '/',
  trailingSlash: 'always',
  outDir: env.OUT_DIR || './dist',
  cacheDir: env.CACHE_DIR || './node_modules/.astro',
  // Two routes writing one page (an outlet named like a story's page) stop the build instead of one
  // silently winning; Astro's content loaders also throw on two entries with one id instead of warning.
  prerenderConflictBehavior: 'error',
  build: {
    // Every stylesheet and script is a file of our own: the Content-Security-Policy header can then
    // forbid inline code outright (src/lib/headers.ts), on top of the hashes Astro puts in a meta tag.
    inlineStylesheets: 'never',
    // Pages are written four at a time: while one waits on the disk another renders. At 1,000
    // stories this cut a rebuild by about a tenth (npm run bench), for a little more memory.
    concurrency: 4,
  },
  // One stylesheet for the whole site: a single request, cached from page to page.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  security: {
    csp: {
      // The same directives as the header policy (src/lib/headers.ts), which adds what a meta tag cannot.
      directives: CSP_DIRECTIVES,
      // Astro hashes the scripts it bundles; the one inline script of ours is added here.
      scriptDirective: { hashes: [EARLY_SCRIPT_SHA256] },
    },
  },
  integrations: [contentWarnings(), securityHeaders(), searchIndex(), buildCache(), sitemap(), siteUrlWarning(env.SITE_URL)],
  // Article bodies are rendered by the site (src/plugins/index.ts), not by Astro's Markdown pipeline;
  // no Markdown page has code to highlight, and Shiki's inline styles would break the CSP.
  markdown: { syntaxHighlight: false },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
});
