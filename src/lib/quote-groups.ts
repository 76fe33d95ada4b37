/*
 * One statement as several outlets quote it. Outlets trim a statement, join it to other words,
 * or translate it differently ("While strongly condemning this attack" / "While the State of
 * Qatar strongly condemns this assault"), so versions are grouped by the words they share,
 * weighted by how rare each word is among the story's quotations: sharing "reckless" and
 * "tolerate" says more than sharing "Qatar" and "Israeli". Fixtures with near misses (two
 * statements by one speaker; one statement cut three ways) hold the thresholds in place
 * (test/unit/quote-groups.test.ts).
 */
import { diffArrays } from 'diff';
import { type Quotation, speakerKind, speakerName } from './quotations';
import { fold } from './search-text';
import { nameOf, type SourceKind } from './attribution';
import { type Aliases, sameSource } from './source-names';

/** A quotation of one outlet's article, as the grouping reads it. */
export interface QuotationRef {
  outlet: string;
  quotation: Quotation;
}

/** Two substantial quotations of different outlets render one statement when this share of the rarer one's weight is common to both. */
export const LINK_SCORE = 0.5;
/** …and they share at least this many distinct words (stems). */
export const MIN_SHARED = 3;
/** Quotations with fewer words than this (stems) are fragments: they join a statement only by being contained in one. */
export const SUBSTANTIAL = 4;

/** Words that carry no statement of their own. Negations are kept: "will not" differs from "will". */
const STOP = new Set(
  'a an the of to and or in on at for with by from as is was were be been being are am that this these those it its their his her he she they them we us our i me my you your which who whom what will would shall should can could may might has have had do does did than then there here so but if into over about up out also just very'.split(
    ' ',
  ),
);

/** A word reduced to a rough stem, so "condemns", "condemning" and "condemned" meet. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(?:ing|edly|ed|es|s|ly)$/, '') || word;
}

/** The folded words of a text, in order. */
const foldedWords = (text: string) => fold(text).split(' ').filter(Boolean);

/** The distinct stems of a text's meaningful words. */
export function stems(text: string): Set<string> {
  return new Set(
    foldedWords(text)
      .filter((w) => !STOP.has(w))
      .map(stem),
  );
}

/** How rare each stem is among the texts: ln(1 + N / number of texts holding it). */
export function rarity(texts: readonly string[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const text of texts) for (const s of stems(text)) df.set(s, (df.get(s) ?? 0) + 1);
  const n = texts.length;
  return new Map([...df].map(([s, count]) => [s, Math.log(1 + n / count)]));
}

/**
 * How much of the statement two texts share: the weight of their common stems over the weight of
 * the lighter text's stems (1 when one text's words all lie in the other).
 */
export function similarity(a: Set<string>, b: Set<string>, weight: ReadonlyMap<string, number>): { score: number; shared: number } {
  const w = (s: string) => weight.get(s) ?? Math.log(2);
  let common = 0;
  let shared = 0;
  for (const s of a) {
    if (b.has(s)) {
      common += w(s);
      shared++;
    }
  }
  const total = (set: Set<string>) => [...set].reduce((sum, s) => sum + w(s), 0);
  const lighter = Math.min(total(a), total(b));
  return { score: lighter ? common / lighter : 0, shared };
}

/** Does `short`'s word sequence occur, whole and in order, in `long` (case, accents and punctuation aside)? */
export const contains = (long: string, short: string) => ` ${foldedWords(long).join(' ')} `.includes(` ${foldedWords(short).join(' ')} `);

/** One word of a version, where it lies in the version's text. */
interface Word {
  key: string;
  start: number;
  end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)].map((m) => ({
    key: fold(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));

/** A version's text cut into what it shares with the reference version and what it has instead. */
export interface DiffPart {
  text: string;
  /** True for words this version has where the reference has others (or none). */
  changed: boolean;
}

/** One place where a version's words differ from the reference's, within the words both quote. */
export interface Change {
  /** The reference's words there, or '' when this version adds words. */
  reference: string;
  /** This version's words there, or '' when it leaves the reference's out. */
  version: string;
}

type Hunk = { same: boolean; ref: Word[]; ver: Word[] };

/** jsdiff's changes as hunks: runs in common, and each run of removals paired with the additions beside it. */
function hunks(ref: Word[], ver: Word[]): Hunk[] {
  const out: Hunk[] = [];
  let refAt = 0;
  let verAt = 0;
  for (const change of diffArrays(ref, ver, { comparator: (a, b) => a.key === b.key })) {
    const n = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      out.push({ same: true, ref: ref.slice(refAt, (refAt += n)), ver: ver.slice(verAt, (verAt += n)) });
      continue;
    }
    const last = out.at(-1);
    const hunk = last && !last.same ? last : { same: false, ref: [], ver: [] };
    if (hunk !== last) out.push(hunk);
    if (change.removed) hunk.ref.push(...ref.slice(refAt, (refAt += n)));
    else hunk.ver.push(...ver.slice(verAt, (verAt += n)));
  }
  return out;
}

/** The longest run of words two texts share, as [start in a, start in b, length]. */
function longestRun(a: Word[], b: Word[]): [number, number, number] {
  let best: [number, number, number] = [0, 0, 0];
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if ((a[i - 1] as Word).key !== (b[j - 1] as Word).key) continue;
      current[j] = (previous[j - 1] as number) + 1;
      if ((current[j] as number) > best[2]) best = [i - current[j]!, j - current[j]!, current[j]!];
    }
    previous = current;
  }
  return best;
}

/**
 * The reference's words beyond the far end of a version are trimmed, not changed: only as many
 * of them as the version has words in their place are a change ("…constitutes a blatant" / "flagrant").
 */
function trimFarEnd(list: Hunk[]): Hunk[] {
  const last = list.at(-1);
  if (last && !last.same) last.ref = last.ref.slice(0, last.ver.length);
  return list;
}

/**
 * The word-level differences of `version` against `reference`, over the stretch of the statement
 * both quote: the two are aligned on the longest run of words they share, and what lies beyond
 * the shorter one's ends is trimming, not difference. Case, accents and punctuation do not count.
 */
export function wordDiff(reference: string, version: string): { parts: DiffPart[]; changes: Change[] } {
  const ref = wordsOf(reference);
  const ver = wordsOf(version);
  const [r, v, n] = longestRun(ref, ver);
  // Nothing in common: the version is shown as printed, with nothing to mark against.
  if (n === 0) return { parts: [{ text: version, changed: false }], changes: [] };
  // Left of the shared run the texts are compared from the run outwards, so the far end is where trimming lies.
  const left = trimFarEnd(hunks(ref.slice(0, r).reverse(), ver.slice(0, v).reverse()))
    .reverse()
    .map((h) => ({ ...h, ref: [...h.ref].reverse(), ver: [...h.ver].reverse() }));
  const right = trimFarEnd(hunks(ref.slice(r + n), ver.slice(v + n)));
  const all: Hunk[] = [...left, { same: true, ref: ref.slice(r, r + n), ver: ver.slice(v, v + n) }, ...right];

  const changes: Change[] = [];
  const parts: DiffPart[] = [];
  let at = 0;
  const push = (text: string, changed: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.changed === changed) last.text += text;
    else parts.push({ text, changed });
  };
  const span = (text: string, words: Word[]) => (words.length ? text.slice((words[0] as Word).start, (words.at(-1) as Word).end) : '');
  for (const hunk of all) {
    if (!hunk.same && (hunk.ref.length || hunk.ver.length))
      changes.push({ reference: span(reference, hunk.ref), version: span(version, hunk.ver) });
    for (const word of hunk.ver) {
      push(version.slice(at, word.start), false);
      push(version.slice(word.start, word.end), !hunk.same);
      at = word.end;
    }
  }
  push(version.slice(at), false);
  return { parts, changes };
}

export interface GroupVersion extends QuotationRef {
  /** The version's words, changed words marked (none for the reference). */
  parts: DiffPart[];
  /** How its words differ from the reference version's, where both quote the statement. */
  changes: Change[];
}

export interface QuoteGroup {
  /** The speaker the versions name, as the fullest named form; undefined when none is given. */
  speaker: { name: string; kind: SourceKind } | undefined;
  /** True when the versions' named speakers are not all one source. */
  speakersDiffer: boolean;
  /** The reference (the longest version) first, then the others in the order outlets are listed. */
  versions: GroupVersion[];
  /** Ids of the outlets that carry it, in the story's order. */
  outlets: string[];
}

/** The speaker a group's versions agree on: named over anonymous over unnamed; the fullest name. */
function groupSpeaker(refs: readonly QuotationRef[], aliases: Aliases): Pick<QuoteGroup, 'speaker' | 'speakersDiffer'> {
  const speakers = refs.flatMap((r) =>
    r.quotation.speaker ? [{ name: speakerName(r.quotation.speaker), kind: speakerKind(r.quotation.speaker) }] : [],
  );
  for (const kind of ['named', 'anonymous', 'media', 'unnamed'] as const) {
    const of = speakers.filter((s) => s.kind === kind);
    if (!of.length) continue;
    // The most often named source, then its longest form ("Majed Al Ansari" over "Al Ansari").
    const clusters: (typeof of)[] = [];
    for (const s of of) {
      const home = clusters.find((c) => c.some((o) => sameSource(o.name, s.name, aliases)));
      if (home) home.push(s);
      else clusters.push([s]);
    }
    clusters.sort((a, b) => b.length - a.length);
    const best = clusters[0] as typeof of;
    const named = speakers.filter((s) => s.kind === 'named');
    return {
      speaker: [...best].sort((a, b) => b.name.length - a.name.length).map((s) => ({ name: nameOf(s.name), kind: s.kind }))[0],
      speakersDiffer: named.some((s) => !named.every((o) => sameSource(o.name, s.name, aliases))),
    };
  }
  return { speaker: undefined, speakersDiffer: false };
}

/**
 * Groups a story's quotations into statements. Substantial quotations (at least `SUBSTANTIAL`
 * meaningful words) of different outlets are linked when they share enough rare words, and
 * linked quotations form a group. A fragment (fewer words: "senior leadership") then joins the
 * group of the longer quotations holding its words in order, or its words all together, when
 * they all belong to one group; a fragment held by two groups joins neither, so it cannot tie
 * two statements together. Scare quotes are not statements and are left out.
 * `outletOrder` is the story's outlet ids, in the order the site lists them; `aliases` the story's
 * names that mean one thing (`[IDF, Israel Defense Forces]`), for naming each statement's speaker.
 */
export function groupQuotations(refs: readonly QuotationRef[], outletOrder: readonly string[], aliases: Aliases = []): QuoteGroup[] {
  const quoted = refs.filter((r) => r.quotation.kind === 'quotation');
  const weight = rarity(quoted.map((r) => r.quotation.text));
  const stemsOf = quoted.map((r) => stems(r.quotation.text));
  const parent = quoted.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] as number)));
  const substantial = (i: number) => (stemsOf[i] as Set<string>).size >= SUBSTANTIAL;

  for (let i = 0; i < quoted.length; i++) {
    for (let j = i + 1; j < quoted.length; j++) {
      if (!substantial(i) || !substantial(j) || (quoted[i] as QuotationRef).outlet === (quoted[j] as QuotationRef).outlet) continue;
      const { score, shared } = similarity(stemsOf[i] as Set<string>, stemsOf[j] as Set<string>, weight);
      if (score >= LINK_SCORE && shared >= MIN_SHARED) parent[find(i)] = find(j);
    }
  }
  // Fragments join the one group that holds them; identical fragments of two outlets join each other.
  for (let i = 0; i < quoted.length; i++) {
    if (substantial(i)) continue;
    const fragment = quoted[i] as QuotationRef;
    const own = stemsOf[i] as Set<string>;
    const holders = quoted
      .map((r, j) => ({ r, j }))
      .filter(
        ({ r, j }) =>
          (stemsOf[j] as Set<string>).size > own.size &&
          (contains(r.quotation.text, fragment.quotation.text) ||
            (own.size >= MIN_SHARED && [...own].every((s) => (stemsOf[j] as Set<string>).has(s)))),
      );
    const groups = new Set(holders.map(({ j }) => find(j)));
    if (groups.size === 1) parent[find(i)] = [...groups][0] as number;
    else if (groups.size === 0) {
      const twin = quoted.findIndex(
        (r, j) =>
          j < i &&
          !substantial(j) &&
          r.outlet !== fragment.outlet &&
          foldedWords(r.quotation.text).join(' ') === foldedWords(fragment.quotation.text).join(' '),
      );
      if (twin !== -1) parent[find(i)] = find(twin);
    }
  }

  const byRoot = new Map<number, QuotationRef[]>();
  quoted.forEach((r, i) => {
    const root = find(i);
    byRoot.set(root, [...(byRoot.get(root) ?? []), r]);
  });
  const rank = (outlet: string) => outletOrder.indexOf(outlet);
  const groups = [...byRoot.values()].map((members): QuoteGroup => {
    const sorted = [...members].sort(
      (a, b) => rank(a.outlet) - rank(b.outlet) || a.quotation.block - b.quotation.block || a.quotation.start - b.quotation.start,
    );
    const reference = [...sorted].sort((a, b) => b.quotation.words - a.quotation.words)[0] as QuotationRef;
    const versions = [reference, ...sorted.filter((r) => r !== reference)].map((r) =>
      r === reference
        ? { ...r, parts: [{ text: r.quotation.text, changed: false }], changes: [] }
        : { ...r, ...wordDiff(reference.quotation.text, r.quotation.text) },
    );
    return { ...groupSpeaker(members, aliases), versions, outlets: outletOrder.filter((o) => members.some((m) => m.outlet === o)) };
  });
  // Statements carried by the most outlets first; then in the order the first outlet prints them.
  const first = (g: QuoteGroup) => Math.min(...g.versions.map((v) => rank(v.outlet) * 1e6 + v.quotation.block * 1e3 + v.quotation.index));
  return groups.sort((a, b) => b.outlets.length - a.outlets.length || first(a) - first(b));
}
