/**
 * Lets a script run by plain Node import the site's modules under src/. Those import each other
 * without file extensions, as Vite and Astro resolve them; Node's own resolver (which runs our
 * TypeScript by stripping its types) wants the extension. This resolve hook adds `.ts` to a
 * relative import from a `.ts` file when that file exists, and changes nothing else: no
 * bundling step, no build, and src/ keeps the form the rest of the site uses.
 *
 * Import it first, then load src/ modules with a dynamic `import()`: static imports are resolved
 * before any module runs, so before the hook is in place.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$|\.json$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      const url = new URL(`${specifier}.ts`, context.parentURL);
      if (existsSync(fileURLToPath(url))) return nextResolve(url.href, context);
    }
    return nextResolve(specifier, context);
  },
});
