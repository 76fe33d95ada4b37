import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { headersFile, nginxIncludes } from '../lib/headers';

/** Writes the response headers of src/lib/headers.ts into the build, for static hosts and nginx. */
export default function securityHeaders(): AstroIntegration {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const { pages, assets } = nginxIncludes();
        writeFileSync(new URL('_headers', dir), headersFile());
        writeFileSync(new URL('nginx-headers.conf', dir), pages);
        writeFileSync(new URL('nginx-asset-headers.conf', dir), assets);
      },
    },
  };
}
