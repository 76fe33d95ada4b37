/*
 * Whom each outlet relies on: the people, institutions and other outlets its words are attributed
 * to, found by src/lib/attribution.ts and corrected by editors in an article's `sources`
 * (src/schemas/sources.ts). Counts are of attributions (each sentence naming a source once), so
 * an outlet that quotes one official five times shows five; the rows merge one source's names
 * ("Al Ansari", "Majed al-Ansari"). Unnamed sources are grouped by how they are described, which
 * says nothing about whether two descriptions are one person.
 */
import { nameOf, type SourceKind } from './attribution';
import { markedSpans } from './quotation-marks';
import type { PlacedAttribution, PlacedCorrection } from './quotations';
import { findQuote } from './quotes';
import { fold } from './search-text';
import { type Aliases, sameSource } from './source-names';
import type { SourceCorrection } from '../schemas/sources';

/** Words that hedge without saying on whose word: the outlet relies on reports it does not name. */
const HEDGES =
  /\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were) (?:said|believed|understood) to|according to (?:some )?reports)\b/gi;

/** A place where an outlet hedges without naming a source ("reportedly"). */
export interface Hedge {
  block: number;
  start: number;
  end: number;
  text: string;
}

/** The hedges of an article's own words (a hedge inside a quotation is the speaker's). */
export function findHedges(blocks: readonly { text: string }[]): Hedge[] {
  return blocks.flatMap(({ text }, block) => {
    const spans = markedSpans(text);
    return [...text.matchAll(HEDGES)]
      .filter((m) => !spans.some((s) => m.index > s.start && m.index < s.end))
      .map((m) => ({ block, start: m.index, end: m.index + m[0].length, text: m[0] }));
  });
}

/** Places each correction at its words in the body; the indexes of those whose words are not there. */
export function placeCorrections(
  blocks: readonly { text: string }[],
  corrections: readonly SourceCorrection[],
): { placed: PlacedCorrection[]; missing: number[] } {
  const placed: PlacedCorrection[] = [];
  const missing: number[] = [];
  corrections.forEach((c, i) => {
    for (const [block, { text }] of blocks.entries()) {
      const range = findQuote(text, c.quote);
      if (!range) continue;
      placed.push({ block, start: range[0], end: range[1], source: c.source, kind: c.kind, via: c.via, none: c.none, note: c.note });
      return;
    }
    missing.push(i);
  });
  return { placed, missing };
}

/** One attribution as the sources page shows it: who, as the text names them and as meant. */
export interface Mention {
  block: number;
  start: number;
  end: number;
  /** The source as the text names it here ("he", "the network", "Majed al-Ansari"). */
  asPrinted: string;
  /** The source meant: the text's words, or whom they refer to. */
  name: string;
  kind: SourceKind;
  /** How the source is brought in: "said", "told", "according to"; "told" or "via" for an outlet spoken to. */
  verb: string;
  /** The outlet the words came through, where the sentence names one. */
  via?: string | undefined;
  /** True when `name` is our reading of a pronoun or description, not the text's own words. */
  inferred: boolean;
  /** An editor's note, when the finder's reading was corrected. */
  corrected?: string | undefined;
}

/** An article's attributions as the sources page reads them. */
export interface ArticleSources {
  outlet: string;
  /** The outlet's own names: an outlet citing itself ("told CNN" in CNN) is its own reporting, not reliance. */
  outletNames: readonly string[];
  attributions: readonly PlacedAttribution[];
  hedges: readonly Hedge[];
}

/** One source across the story's outlets. */
export interface SourceRow {
  /** The fullest name seen, or the description (unnamed sources), or the outlet's name. */
  name: string;
  kind: SourceKind;
  /** Its mentions, by outlet id. */
  mentions: Map<string, Mention[]>;
}

export interface OutletSources {
  outlet: string;
  /** Attributions to named people and institutions, to unnamed ones, and to pronouns left unresolved. */
  named: number;
  anonymous: number;
  unnamed: number;
  /** Distinct named and unnamed sources. */
  namedSources: number;
  anonymousSources: number;
  /** Other outlets this outlet's report rests on, with the mentions that say so. */
  reliesOn: { outlet: string; mentions: Mention[] }[];
  /** Mentions of the outlet's own reporting ("told CNN" in CNN). */
  own: Mention[];
  hedges: readonly Hedge[];
}

export interface StorySources {
  rows: SourceRow[];
  outlets: OutletSources[];
}

const KIND_ORDER: SourceKind[] = ['named', 'anonymous', 'media', 'unnamed'];

/** An unnamed source's description without its article or number: "two Israeli officials" → "israeli official". */
const describedAs = (name: string) =>
  fold(name)
    .replace(/^(?:a|an|the|one|two|three|four|five|several|some|many)\s+/, '')
    .replace(/s$/, '');

/** The mentions of one article: each attribution once per sentence and source, and each outlet spoken to. */
function mentionsOf(article: ArticleSources): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<string>();
  const add = (m: Mention, sentence: number | undefined) => {
    const key = `${m.block}:${sentence ?? m.start}:${m.kind}:${fold(m.name)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  for (const a of article.attributions) {
    const kind = a.refersTo?.kind ?? a.kind;
    const name = a.refersTo?.name ?? (kind === 'media' && a.outlet ? a.outlet : a.speaker);
    const base = {
      block: a.block,
      start: a.start,
      end: a.end,
      asPrinted: a.speaker,
      verb: a.verb,
      inferred: !!a.refersTo && !a.corrected,
      corrected: a.corrected,
    };
    add({ ...base, name, kind, via: a.via }, a.sentence);
    // The outlet the source spoke to is relied on too ("Two Israeli officials confirmed to CNN").
    if (a.via && kind !== 'media')
      add(
        {
          ...base,
          asPrinted: a.viaAs ?? a.via,
          name: a.via,
          kind: 'media',
          verb: a.viaAs ? `via “${a.viaAs}”` : 'via',
          inferred: !!a.viaAs,
        },
        a.sentence,
      );
  }
  return out;
}

/**
 * The story's sources: one row per source (named ones merged by name, unnamed ones by
 * description, outlets by name), with each outlet's mentions, and each outlet's totals.
 */
export function storySources(articles: readonly ArticleSources[], aliases: Aliases = []): StorySources {
  const rows: SourceRow[] = [];
  const outlets: OutletSources[] = [];
  for (const article of articles) {
    const mentions = mentionsOf(article);
    const own = (name: string) => article.outletNames.some((n) => sameSource(n, name, aliases));
    for (const m of mentions) {
      const row = rows.find(
        (r) =>
          r.kind === m.kind &&
          (m.kind === 'named' || m.kind === 'media' ? sameSource(r.name, m.name, aliases) : describedAs(r.name) === describedAs(m.name)),
      );
      if (row) {
        row.mentions.set(article.outlet, [...(row.mentions.get(article.outlet) ?? []), m]);
        // The fullest name of a named source; the plainest description of an unnamed one ("Israeli officials").
        if (m.kind === 'named' && nameOf(m.name).length > row.name.length) row.name = nameOf(m.name);
        if (m.kind === 'anonymous' && m.name.length < row.name.length) row.name = m.name;
      } else rows.push({ name: m.kind === 'named' ? nameOf(m.name) : m.name, kind: m.kind, mentions: new Map([[article.outlet, [m]]]) });
    }
    const media = mentions.filter((m) => m.kind === 'media');
    const reliesOn: OutletSources['reliesOn'] = [];
    for (const m of media.filter((x) => !own(x.name))) {
      const entry = reliesOn.find((r) => sameSource(r.outlet, m.name, aliases));
      if (entry) entry.mentions.push(m);
      else reliesOn.push({ outlet: m.name, mentions: [m] });
    }
    const count = (kind: SourceKind) => mentions.filter((m) => m.kind === kind).length;
    const distinct = (kind: SourceKind) => rows.filter((r) => r.kind === kind && r.mentions.has(article.outlet)).length;
    outlets.push({
      outlet: article.outlet,
      named: count('named'),
      anonymous: count('anonymous'),
      unnamed: count('unnamed'),
      namedSources: distinct('named'),
      anonymousSources: distinct('anonymous'),
      reliesOn,
      own: media.filter((m) => own(m.name)),
      hedges: article.hedges,
    });
  }
  const total = (r: SourceRow) => [...r.mentions.values()].reduce((n, list) => n + list.length, 0);
  rows.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      b.mentions.size - a.mentions.size ||
      total(b) - total(a) ||
      a.name.localeCompare(b.name, 'en'),
  );
  return { rows, outlets };
}
