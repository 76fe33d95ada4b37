import type { TopicComparison } from './compare';
import { isoDay } from './format';
import type { Story } from './model';
import { articlePath, claimAnchor, storyPath, withBase } from './paths';
import type { ClaimsExport } from '../schemas/export';

/** The site-relative address of a claim's words on its article page, base path included. */
export const claimUrl = (base: string, storyId: string, outletId: string, claimId: string) =>
  `${withBase(base, articlePath(storyId, outletId))}#${claimAnchor(claimId)}`;

/** The open-data view of a story's claims (the shape `claimsExportSchema` publishes). */
export function claimsExport(story: Story, comparisons: readonly TopicComparison[], base: string): ClaimsExport {
  return {
    story: {
      id: story.id,
      title: story.title,
      eventDate: isoDay(story.eventDate),
      summary: story.summary,
      url: withBase(base, storyPath(story.id)),
    },
    outlets: story.articles.map((a) => ({
      id: a.outlet.id,
      name: a.outlet.name,
      kind: a.outlet.kind,
      headline: a.data.headline,
      articleUrl: withBase(base, articlePath(story.id, a.outlet.id)),
      originalUrl: a.data.url ?? null,
    })),
    topics: comparisons.map((c) => ({
      id: c.topic.id,
      question: c.topic.question,
      status: c.status,
      reporting: c.reporting,
      silent: c.silent,
    })),
    claims: story.articles.flatMap((a) =>
      a.claims.map((c) => ({
        id: c.id,
        outlet: a.outlet.id,
        topic: c.topic,
        text: c.text,
        quote: c.quote,
        value: c.value ?? null,
        url: claimUrl(base, story.id, a.outlet.id, c.id),
      })),
    ),
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break; quotes doubled. */
export const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The same claims as CSV for spreadsheets, one row per claim, with the topic's question and
 * status alongside. Written here rather than with a CSV library: quoting is the one rule needed.
 */
export function claimsCsv(data: ClaimsExport): string {
  const topics = new Map(data.topics.map((t) => [t.id, t]));
  const outlets = new Map(data.outlets.map((o) => [o.id, o]));
  const header = ['claim_id', 'outlet_id', 'outlet', 'topic_id', 'question', 'topic_status', 'text', 'quote', 'value', 'url'];
  const rows = data.claims.map((c) => [
    c.id,
    c.outlet,
    outlets.get(c.outlet)?.name ?? '',
    c.topic,
    topics.get(c.topic)?.question ?? '',
    topics.get(c.topic)?.status ?? '',
    c.text,
    c.quote,
    c.value ?? '',
    c.url,
  ]);
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, accents).
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
