/*
 * What content problems do: stop the run (`astro build`, `check`, `sync`: the default), or show
 * on the pages (`astro dev`, so an editor sees each beside the claim it concerns while writing).
 * The content-warnings integration (src/integrations/content-warnings.ts) sets it from Astro's
 * command. It is read by the site model's caller (src/lib/site.ts, in the pages' module graph)
 * and by the claim-anchor plugin (in the config's): two copies of this module in one process,
 * hence a global rather than a module variable.
 */

export type ContentMode = 'stop' | 'show';

const KEY = Symbol.for('side-by-side.content-mode');
const slot = globalThis as typeof globalThis & { [KEY]?: ContentMode };

export function setContentMode(mode: ContentMode): void {
  slot[KEY] = mode;
}

/** `show` only under `astro dev`; anything else stops on bad content. */
export const contentMode = (): ContentMode => slot[KEY] ?? 'stop';
