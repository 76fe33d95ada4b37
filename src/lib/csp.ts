import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A script's hash as Astro's `security.csp` takes it, `sha256-…`. */
export const sha256 = (code: string): `sha256-${string}` => `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;

/** A script's CSP source expression, `'sha256-…'`: lets exactly that inline script run. */
export const scriptHash = (code: string) => `'${sha256(code)}'`;

/**
 * The site's one inline script (src/scripts/early.js, in the head of the scripted pages so that
 * nothing moves when their scripts run) and its hash, allowed by the meta policy (astro.config)
 * and the header policy (src/lib/headers.ts).
 */
// Read from the project root (where every npm script runs): this module is bundled into the build.
export const EARLY_SCRIPT = readFileSync('src/scripts/early.js', 'utf8');
export const EARLY_SCRIPT_SHA256 = sha256(EARLY_SCRIPT);
export const EARLY_SCRIPT_HASH = scriptHash(EARLY_SCRIPT);
