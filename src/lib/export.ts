import type { TopicComparison } from './compare';
import { isoDay } from './format';
import type { Story } from './model';
import { articlePath, claimUrl, quotationUrl, quotesPath, statementAnchor, storyPath, withBase } from './paths';
import type { QuoteGroup } from './quote-groups';
import type { ClaimsExport, QuotesExport } from '../schemas/export';

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
      answers: c.distinct.map((a) => ({ answer: a.label, outlets: a.outlets, conflicting: a.conflicting })),
      relations: { conflict: c.topic.conflict ?? [], compatible: c.topic.compatible ?? [] },
      note: c.topic.note ?? null,
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
        inferred: c.inferred ?? null,
        url: claimUrl(base, story.id, a.outlet.id, c.id),
      })),
    ),
  };
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, or line break; quotes doubled. */
export const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The same claims as CSV for spreadsheets, one row per claim, with the topic's question,
 * verdict and editor's note alongside. Written here rather than with a CSV library: quoting is the one rule needed.
 */
export function claimsCsv(data: ClaimsExport): string {
  const topics = new Map(data.topics.map((t) => [t.id, t]));
  const outlets = new Map(data.outlets.map((o) => [o.id, o]));
  const header = [
    'claim_id',
    'outlet_id',
    'outlet',
    'topic_id',
    'question',
    'topic_status',
    'topic_note',
    'text',
    'quote',
    'value',
    'inferred',
    'url',
  ];
  const rows = data.claims.map((c) => [
    c.id,
    c.outlet,
    outlets.get(c.outlet)?.name ?? '',
    c.topic,
    topics.get(c.topic)?.question ?? '',
    topics.get(c.topic)?.status ?? '',
    topics.get(c.topic)?.note ?? '',
    c.text,
    c.quote,
    c.value ?? '',
    c.inferred ?? '',
    c.url,
  ]);
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (curly quotes, accents).
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The open-data view of a story's quotations (the shape `quotesExportSchema` publishes), in the ledger's order. */
export function quotesExport(story: Story, groups: readonly QuoteGroup[], base: string): QuotesExport {
  const all = story.articles.map((a) => a.outlet.id);
  return {
    story: { id: story.id, title: story.title, url: withBase(base, quotesPath(story.id)) },
    groups: groups.map((g, n) => ({
      id: statementAnchor(n),
      speaker: g.speaker?.name ?? null,
      speakerKind: g.speaker?.kind ?? null,
      speakersDiffer: g.speakersDiffer,
      outlets: g.outlets,
      notCarriedBy: all.filter((o) => !g.outlets.includes(o)),
      url: `${withBase(base, quotesPath(story.id))}#${statementAnchor(n)}`,
      versions: g.versions.map((v, i) => ({
        outlet: v.outlet,
        text: v.quotation.text,
        url: quotationUrl(base, story.id, v.outlet, v.quotation.block, v.quotation.index),
        reference: i === 0,
        attributedTo: v.quotation.speaker?.name ?? null,
        resolvedTo: v.quotation.speaker?.refersTo?.name ?? null,
        verb: v.quotation.speaker?.verb || null,
        changes: v.changes,
      })),
    })),
  };
}
