/*
 * The direct quotations of an article and who speaks them. The site model and the rehype plugin
 * that anchors quotations (src/plugins/rehype-quotation-anchors.ts) both read an article's blocks
 * (src/lib/quotes.ts) through `quotationSpans`, so every quotation's anchor exists on its page.
 */
import {
  type Attribution,
  type AttributionContext,
  classify,
  findAttributions,
  MASK,
  sentenceSubject,
  type SourceKind,
} from './attribution';
import { markedSpans, type MarkedSpan, sentenceSpans } from './quotation-marks';
import { countWords } from './text';

/** Quotations of at most this many words with no speaker are scare quotes: an outlet's distancing marks. */
export const SCARE_QUOTE_WORDS = 3;

export interface Speaker {
  /** The speaker as the text names them here: "Majed Al Ansari", "a senior Israeli official", "he". */
  name: string;
  kind: SourceKind;
  /** The verb of attribution as printed. */
  verb: string;
  /** The outlet the words reached the article through, where the sentence names one ("told CNN"). */
  via?: string | undefined;
  /**
   * For a pronoun or a description ("he", "the official"): whom it refers to, taken from an
   * earlier attribution in the text (or from an editor's correction). Our inference, and shown as such.
   */
  refersTo?: { name: string; kind: SourceKind } | undefined;
  /** Set when an editor corrected the speaker: the editor's note. */
  corrected?: string | undefined;
}

/** An attribution found in an article, placed in its block, with any reference resolved. */
export interface PlacedAttribution extends Attribution {
  block: number;
  /** The sentence's place in its block, from 0. */
  sentence?: number | undefined;
  refersTo?: { name: string; kind: SourceKind } | undefined;
  /** For an outlet the text names only as "the network": the words it uses (`via` then names the outlet meant). */
  viaAs?: string | undefined;
  /** Set when an editor corrected what the finder read here: the editor's note. */
  corrected?: string | undefined;
}

/** An editor's correction (src/schemas/sources.ts), placed at its words in a block. */
export interface PlacedCorrection {
  block: number;
  start: number;
  end: number;
  source?: string | undefined;
  kind?: 'named' | 'anonymous' | 'media' | undefined;
  via?: string | undefined;
  none?: boolean | undefined;
  note: string;
}

export interface Quotation {
  /** Index of the body block holding it (see src/lib/quotes.ts). */
  block: number;
  /** Its place among the block's quotations, from 0: its anchor is `quotationAnchor(outlet, block, index)`. */
  index: number;
  /** Offsets in the block's text, marks included. */
  start: number;
  end: number;
  /** The words between the marks, exactly as printed. */
  text: string;
  words: number;
  /** `scare`: one to three words with no speaker, an outlet's distancing marks rather than a quotation. */
  kind: 'quotation' | 'scare';
  speaker?: Speaker | undefined;
  /** The marks as printed are not a pair (“…"). */
  mismatched: boolean;
  /** No mark closes it in its paragraph. */
  unclosed: boolean;
  /** It carries on a quotation broken by its attribution (“…,” he said. “…”): the speaker is that one's. */
  continues: boolean;
}

/** Where the quotations of each block lie: all the anchoring plugin needs. */
export const quotationSpans = (blocks: readonly { text: string }[]): MarkedSpan[][] => blocks.map((b) => markedSpans(b.text));

/** The text with every quoted span but none replaced by MASK characters, offsets kept. */
const masked = (text: string, spans: readonly MarkedSpan[]) => {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + MASK.repeat(s.end - s.start) + out.slice(s.end);
  return out;
};

const PRONOUN = /^(he|she|it|they|we|his \S+|her \S+|its \S+|their \S+)$/i;
/** "the official", "the source": a description pointing back to an unnamed person named earlier. */
const DEFINITE = /^the (?:\S+ )?(official|source|spokesperson|spokesman|diplomat|aide)$/i;
/** "the military", "the group": an institution named earlier by name. */
const DEFINITE_INSTITUTION = /^the (military|group|army|ministry|office|movement|agency|government|embassy)$/i;

/**
 * Whom a pronoun or definite description refers to: for "…, it said" its sentence's subject;
 * for "he" the last speaker before it in the paragraph (or the paragraph before); for "the
 * official" the last unnamed official; for "the military" the last named speaker in the paragraph.
 */
function resolve(a: Attribution, subject: ReturnType<typeof sentenceSubject>, earlier: readonly PlacedAttribution[], block: number) {
  const known = (p: PlacedAttribution) =>
    p.refersTo ? { name: p.refersTo.name, kind: p.refersTo.kind } : p.kind === 'unnamed' ? undefined : { name: p.speaker, kind: p.kind };
  const near = earlier.filter((p) => p.block === block || p.block === block - 1).reverse();
  const inBlock = near.filter((p) => p.block === block);
  if (PRONOUN.test(a.speaker)) {
    if (a.trailing && subject && subject.kind !== 'unnamed' && subject.speaker !== a.speaker)
      return { name: subject.speaker, kind: subject.kind };
    const candidates = inBlock.length ? inBlock : near;
    for (const p of candidates) {
      const k = known(p);
      if (k) return k;
    }
    return undefined;
  }
  const definite = DEFINITE.exec(a.speaker);
  if (definite) {
    const head = (definite[1] as string).toLowerCase();
    const match = near.find((p) => p.kind === 'anonymous' && new RegExp(`\\b${head}s?\\b`, 'i').test(p.speaker) && p.speaker !== a.speaker);
    return match ? { name: match.speaker, kind: match.kind } : undefined;
  }
  if (DEFINITE_INSTITUTION.test(a.speaker)) {
    const match = inBlock.find((p) => p.kind === 'named');
    return match ? { name: match.speaker, kind: match.kind } : undefined;
  }
  return undefined;
}

const toSpeaker = (a: PlacedAttribution): Speaker => ({
  name: a.speaker,
  kind: a.kind,
  verb: a.verb,
  via: a.via,
  refersTo: a.refersTo,
  corrected: a.corrected,
});

/** An outlet named only by what it is ("the network"): it is the outlet last named before it. */
const GENERIC_OUTLET = /^(?:the )?(?:network|newspaper|paper|outlet|broadcaster|channel|station|agency)$/i;

/** Applies an editor's corrections to the attributions of one sentence, in place: removes, re-points or adds. */
function applyCorrections(
  found: PlacedAttribution[],
  corrections: readonly PlacedCorrection[],
  context: AttributionContext,
): PlacedAttribution[] {
  let out = found;
  for (const c of corrections) {
    const hit = out.filter((a) => a.start < c.end && c.start < a.end);
    if (c.none) {
      out = out.filter((a) => !hit.includes(a));
      continue;
    }
    const source = c.source as string;
    const target = { name: source, kind: c.kind ?? classify(source, context) };
    for (const a of hit) Object.assign(a, { refersTo: target, corrected: c.note }, c.via ? { via: c.via } : {});
    if (!hit.length)
      out.push({
        speaker: source,
        kind: target.kind,
        verb: '',
        start: c.start,
        end: c.end,
        trailing: false,
        block: c.block,
        via: c.via,
        corrected: c.note,
        refersTo: target,
      });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The attribution that gives a quotation its speaker, among its sentence's. */
function speakerOf(text: string, span: MarkedSpan, sentence: readonly PlacedAttribution[]): PlacedAttribution | undefined {
  // An editor's correction placed on the quotation's own words names its speaker.
  const over = sentence.find((a) => a.corrected && a.start < span.end && span.start < a.end);
  if (over) return over;
  const after = sentence.filter((a) => a.start >= span.end);
  const before = sentence.filter((a) => a.end <= span.start);
  const next = after.find((a) => /^[\s,]*$/.test(text.slice(span.end, a.start)));
  const previous = before.findLast((a) => /^[\s,:]*$/.test(text.slice(a.end, span.start)));
  // "…,” the official said" first; but "saying “…,” according to a UN spokesperson" is the one saying's.
  const relayed = (a: PlacedAttribution | undefined) => !!a && /^(according|citing)/i.test(a.verb);
  if (next && !(relayed(next) && previous)) return next;
  return previous ?? before.at(-1) ?? after[0];
}

/**
 * Reads an article's blocks: every quotation with its speaker, and every attribution (quoted or
 * not), pronouns and descriptions resolved where the text allows.
 */
export function readQuotations(
  blocks: readonly { text: string }[],
  context: AttributionContext,
  corrections: readonly PlacedCorrection[] = [],
): { quotations: Quotation[]; attributions: PlacedAttribution[] } {
  const quotations: Quotation[] = [];
  const attributions: PlacedAttribution[] = [];
  let lastOutlet: string | undefined;
  blocks.forEach(({ text }, block) => {
    const spans = markedSpans(text);
    const sentences = sentenceSpans(text, spans);
    const hidden = masked(text, spans);
    let previous: { quotation: Quotation; sentence: number } | undefined;
    sentences.forEach(([from, to], s) => {
      const sentence = hidden.slice(from, to);
      const subject = sentenceSubject(sentence, context);
      const here = corrections.filter((c) => c.block === block && c.start < to && c.end > from);
      const found = applyCorrections(
        findAttributions(sentence, context).map((a) => ({ ...a, start: a.start + from, end: a.end + from, block, sentence: s })),
        here,
        context,
      );
      for (const a of found) {
        if (!a.corrected && (a.kind === 'unnamed' || DEFINITE.test(a.speaker))) a.refersTo = resolve(a, subject, attributions, block);
        if (a.via && GENERIC_OUTLET.test(a.via) && lastOutlet) Object.assign(a, { viaAs: a.via, via: lastOutlet });
        else if (a.via) lastOutlet = a.via;
        else if (a.kind === 'media') lastOutlet = a.speaker;
        attributions.push(a);
      }
      for (const span of spans.filter((sp) => sp.start >= from && sp.start < to)) {
        const by = speakerOf(text, span, found);
        const atStart = text.slice(from, span.start).trim() === '';
        const lastBlock = quotations.at(-1);
        // A quotation broken by its attribution, or carried over from an unclosed one in the paragraph before.
        const broken = previous?.quotation.speaker && previous.sentence === s - 1 ? previous.quotation : undefined;
        const runOn = !previous && lastBlock?.unclosed && lastBlock.block === block - 1 && from === 0 ? lastBlock : undefined;
        const source = !by && atStart ? (broken ?? runOn) : undefined;
        const words = countWords(span.inner);
        const speaker = by ? toSpeaker(by) : source?.speaker;
        const quotation: Quotation = {
          block,
          index: spans.indexOf(span),
          start: span.start,
          end: span.end,
          text: span.inner,
          words,
          kind: !speaker && words <= SCARE_QUOTE_WORDS ? 'scare' : 'quotation',
          speaker,
          mismatched: span.mismatched,
          unclosed: span.unclosed,
          continues: !!source,
        };
        quotations.push(quotation);
        previous = { quotation, sentence: s };
      }
    });
  });
  return { quotations, attributions };
}

/** The name a reader should see for a speaker: the referent of a pronoun where it was found. */
export const speakerName = (speaker: Speaker) => speaker.refersTo?.name ?? speaker.name;
/** The kind of source a speaker is, the referent's kind where it was found. */
export const speakerKind = (speaker: Speaker) => speaker.refersTo?.kind ?? speaker.kind;
