/** What publishing needs, as unit tests: headers for every host, structured data, cards. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EARLY_SCRIPT_HASH } from '../../src/lib/csp';
import { CSP_DIRECTIVES, headersFile, nginxIncludes, parseHeadersFile } from '../../src/lib/headers';
import { socialSvg, wrap } from '../../src/lib/social-image';
import { articleJsonLd, jsonLdScript } from '../../src/lib/structured-data';
import { loadSite } from '../helpers/content';

describe('response headers (src/lib/headers.ts) for every host', () => {
  const rules = parseHeadersFile(headersFile());
  const all = Object.fromEntries(rules.find((r) => r.pattern === '/*')!.headers);
  const assets = Object.fromEntries(rules.find((r) => r.pattern === '/_astro/*')!.headers);

  it('send a strict policy and the other security headers to every page', () => {
    const csp = all['Content-Security-Policy'];
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toContain(`script-src 'self' ${EARLY_SCRIPT_HASH};`);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(all).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'strict-origin-when-cross-origin' });
    expect(all['Permissions-Policy']).toBeTruthy();
    expect(assets['Cache-Control']).toMatch(/immutable/);
  });

  it('give the meta policy every directive of the header policy that a meta tag can carry', () => {
    for (const directive of CSP_DIRECTIVES) expect(all['Content-Security-Policy']).toContain(directive);
  });

  it('send nginx the same headers as Netlify and Cloudflare, and the assets the page headers too', () => {
    const { pages, assets: assetLines } = nginxIncludes();
    const line = (name: string, value: string) => `add_header ${name} "${value.replaceAll('"', '\\"')}" always;`;
    for (const [name, value] of Object.entries(all)) {
      expect(pages).toContain(line(name, value));
      expect(assetLines).toContain(line(name, value));
    }
    expect(assetLines).toContain(line('Cache-Control', assets['Cache-Control']!));
    expect(pages).not.toContain('Cache-Control');
  });

  it('are what the shipped deploy/nginx.conf includes, for pages and for assets', () => {
    const conf = readFileSync('deploy/nginx.conf', 'utf8');
    expect(conf).toMatch(/location \/news\/compare\/ \{[^}]*include \/var\/www\/side-by-side\/nginx-headers\.conf;/);
    expect(conf).toMatch(/location \/news\/compare\/_astro\/ \{[^}]*include \/var\/www\/side-by-side\/nginx-asset-headers\.conf;/);
  });

  it('reject a header line outside a path block', () => {
    expect(() => parseHeadersFile('  X-Test: 1')).toThrow(/outside a path block/);
  });
});

describe('structured data', () => {
  const site = loadSite('content');
  const story = site.stories[0]!;
  const byOutlet = (id: string) => story.articles.find((a) => a.outlet.id === id)!;
  const graph = (id: string) =>
    (articleJsonLd(story, byOutlet(id), new URL('https://example.org'), '/news/') as { '@graph': Record<string, unknown>[] })['@graph'];

  it('describes the original as a NewsArticle: headline, author, publisher, date, address', () => {
    const [news] = graph('ap');
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: byOutlet('ap').data.headline,
      author: [
        { '@type': 'Person', name: 'Josef Federman' },
        { '@type': 'Person', name: 'Jon Gambrell' },
      ],
      publisher: { '@type': 'Organization', name: 'The Associated Press' },
      datePublished: '2025-09-09',
    });
    expect(graph('truthout')[0]).toMatchObject({ url: byOutlet('truthout').data.url });
  });

  it('gives no datePublished for a date that is only inferred', () => {
    expect(graph('interbellum')[0]).not.toHaveProperty('datePublished');
  });

  it('describes each claim as a Claim appearing in the article', () => {
    const claims = graph('cnn').slice(1);
    expect(claims).toHaveLength(byOutlet('cnn').claims.length);
    expect(claims[0]).toMatchObject({
      '@type': 'Claim',
      '@id': `https://example.org/news/stories/${story.id}/cnn/#claim-${byOutlet('cnn').claims[0]!.id}`,
      text: byOutlet('cnn').claims[0]!.quote,
      appearance: { '@id': `https://example.org/news/stories/${story.id}/cnn/#original` },
    });
  });

  it('cannot close its script element or inject markup', () => {
    const out = jsonLdScript({ text: '</script><script>alert(1)</script> & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script> & \u2028' });
  });
});

describe('social cards', () => {
  it('wrap titles at spaces and mark a cut', () => {
    expect(wrap('one two three four', 9, 5)).toEqual(['one two', 'three', 'four']);
    expect(wrap('one two three four', 9, 2)).toEqual(['one two', 'three…']);
  });
  it('escape content text in the SVG', () => {
    const svg = socialSvg({ siteName: 'S', title: 'A <b>bold</b> & "quoted" title', subtitle: 'x', outlets: ['<i>'] });
    expect(svg).toContain('A &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;');
    expect(svg).not.toContain('<i>');
  });
});
