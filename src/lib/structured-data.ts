import { isoDay } from './format';
import type { Article, Story } from './model';
import { articlePath, claimUrl, withBase } from './paths';

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and the line separators are
 * escaped, so no content text can close the script element or be read as markup.
 */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * schema.org for an article page: the original as a `NewsArticle` (headline, author, publisher,
 * date, address) and each claim as a `Claim` whose `appearance` is that article. A date we only
 * infer is not given as `datePublished`: schema.org has no way to say "about".
 */
export function articleJsonLd(story: Story, article: Article, site: URL, base: string): object {
  const page = new URL(withBase(base, articlePath(story.id, article.outlet.id)), site).href;
  const { data, outlet } = article;
  const original = `${page}#original`;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': original,
        headline: data.headline,
        ...(data.standfirst ? { description: data.standfirst } : {}),
        ...(data.byline ? { author: data.byline.split(/\s+and\s+|,\s*/).map((name) => ({ '@type': 'Person', name })) } : {}),
        publisher: { '@type': 'Organization', name: outlet.name, url: outlet.homepage },
        ...(data.published.inferred ? {} : { datePublished: isoDay(data.published.date) }),
        ...(data.url ? { url: data.url } : {}),
        wordCount: article.wordCount,
        about: { '@type': 'Event', name: story.title, startDate: isoDay(story.eventDate) },
      },
      ...article.claims.map((claim) => {
        const url = new URL(claimUrl(base, story.id, outlet.id, claim.id), site).href;
        return {
          '@type': 'Claim',
          '@id': url,
          url,
          text: claim.quote,
          description: claim.text,
          author: { '@type': 'Organization', name: outlet.name },
          appearance: { '@id': original },
        };
      }),
    ],
  };
}
