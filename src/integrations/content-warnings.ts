import type { AstroIntegration } from 'astro';
import { setContentMode } from '../lib/content-mode';

/**
 * Bad content stops `astro build` (and `check`, `sync`); under `astro dev` it is shown on the
 * affected pages instead, beside the claim or topic, and goes when the file is fixed. This sets
 * which, from the command Astro runs (src/lib/content-mode.ts).
 */
export default function contentWarnings(): AstroIntegration {
  return {
    name: 'content-warnings',
    hooks: {
      'astro:config:setup': ({ command }) => setContentMode(command === 'dev' ? 'show' : 'stop'),
    },
  };
}
