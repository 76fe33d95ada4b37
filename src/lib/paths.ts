/** Joins the site's base path and a site-relative path: `("/news/", "stories/x/")` → `/news/stories/x/`. */
export function withBase(base: string, path = ''): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/** A site-relative address with the configured base path, for links, assets and data files. */
export const href = (path = '') => withBase(import.meta.env.BASE_URL, path);

export const storyPath = (story: string) => `stories/${story}/`;
export const comparePath = (story: string) => `stories/${story}/compare/`;
export const claimsPath = (story: string) => `stories/${story}/claims/`;
export const articlePath = (story: string, outlet: string) => `stories/${story}/${outlet}/`;
export const outletPath = (outlet: string) => `outlets/${outlet}/`;
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const socialImagePath = (story: string) => `stories/${story}/social.png`;
