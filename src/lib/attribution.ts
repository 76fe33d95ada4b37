/*
 * Who a sentence says is speaking: "X said", "said X", "according to X", "X told CNN",
 * "X wrote on X", "…, saying". A reading of English news prose by pattern, not a parser: it
 * finds the speaker as the sentence names them ("a senior Israeli official", "he") and says
 * what kind of source that is. Quotations (src/lib/quotations.ts) take their speaker from here,
 * and the sources page (src/lib/sources.ts) counts these attributions. Where it guesses (a
 * pronoun resolved to a name said earlier), the result says so.
 */
import { foldSpaced } from './search-text';

/**
 * named: a person or institution named (Majed Al Ansari, the IDF); anonymous: a person or group
 * described but not named (a senior Israeli official, two US officials); media: a news outlet
 * (told CNN, Axios’s Barak Ravid); unnamed: a pronoun or description the text leaves unnamed
 * where it stands (he, it, the military).
 */
export type SourceKind = 'named' | 'anonymous' | 'media' | 'unnamed';

export interface Attribution {
  /** The speaker as the text names them here. */
  speaker: string;
  kind: SourceKind;
  /** The verb of attribution as printed: "said", "told", "wrote", "according to", "saying". */
  verb: string;
  /** Offsets in the text given to `findAttributions`: the speaker and verb, whichever comes first, to whichever ends last. */
  start: number;
  end: number;
  /** The outlet the speaker spoke to or through, when the sentence names one ("told CNN"). */
  via?: string | undefined;
  /** True for a clause that ends its sentence after the reported words ("…, it said."). */
  trailing: boolean;
  /** For a news outlet speaking: the outlet ("Axios" for "Axios’s Barak Ravid"). */
  outlet?: string | undefined;
}

/** Media the finder should recognise by name, beyond descriptions such as "Israeli media". */
export interface AttributionContext {
  media: readonly string[];
}

interface Token {
  text: string;
  /** Lower case, apostrophes straightened, a possessive ’s kept. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'mask';
}

/** What masks a quotation inside a sentence, so its words are never read as the sentence's own. */
export const MASK = '\u2060';

const TOKEN = new RegExp(String.raw`${MASK}+|[\p{L}\p{N}]+(?:[-’'.&][\p{L}\p{N}]+)*[’']?|[,;:()\[\]—–]`, 'gu');

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => {
    const raw = m[0];
    const kind = raw.startsWith(MASK) ? 'mask' : /^[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
    return { text: raw, lower: raw.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + raw.length, kind };
  });
}

const words = (list: string) => new Set(list.split(' '));

/** Verbs whose speaker stands before them ("X said"), or just after a quotation ("…,” said X). */
const VERBS = words(
  'said says say told tells wrote writes added adds stated declared announced confirmed claimed insisted warned urged called described denounced condemned derided accused argued noted explained asked replied responded tweeted posted reported acknowledged admitted denied lashed referred put promised vowed pledged',
);
/** Participles whose speaker is the subject of their sentence ("X condemned the attack, saying …"). */
const PARTICIPLES = words(
  'saying adding writing noting telling describing warning insisting claiming declaring stating accusing urging arguing confirming announcing denying calling',
);
/** Words that may stand between a speaker and the verb: "officials have repeatedly said". */
const BETWEEN = words(
  'also has have had was were is are will would could has have repeatedly previously later earlier reportedly already long often strongly publicly privately separately then thus far sometimes only once again just recently first further immediately initially quickly not',
);
/** Lower-case words that may belong to a speaker's description. */
const NP_WORDS = words(
  'a an the two three four five several many some senior top former chief deputy acting foreign prime interior defense defence ministry minister spokesperson spokesman spokeswoman official officials source sources office secretary press envoy military government agency security intelligence administration army forces police group movement mother father wife husband son daughter brother sister family families leader leaders negotiator negotiators commander director head president prime mediator aide aides diplomat diplomats person people members member commentators analysts activists experts critics residents witnesses observers insiders officers embassy council cabinet state general national political bureau public affairs of al bin el de van von la ibn and sheikh media network newspaper broadcaster outlet channel us u.s un mayor governor senator ambassador king queen emir pope judge lawyer attorney prosecutor survivor doctor nurse teacher professor researcher correspondent reporter journalist editor founder chairman chairwoman chair executive manager coordinator volunteer organizer campaigner protester student worker owner neighbor neighbour friend relative hostage',
);
/** Heads of descriptions that leave a person or group unnamed. */
const ANONYMOUS_HEADS = words(
  'official officials source sources spokesperson spokesman spokeswoman person people aide aides diplomat diplomats commentator commentators analyst analysts activist activists expert experts critic critics resident residents witness witnesses observer observers insider insiders officer officers member members',
);
const MEDIA_HEADS = words('media network newspaper broadcaster outlet channel reports report reporting');
const PRONOUNS = words('he she it they we i');
const POSSESSIVES = words('his her its their our');
/** Words that open a clause: a speaker's description stops before them. */
const CLAUSE = words('that which who whom what where when while as because after before if but and or though although since so than');
/** Words that open a sentence with a phrase before its subject ("In a statement, the IDF said"). */
const LEADING = words(
  'in on at after shortly following during asked earlier later meanwhile separately speaking according with without despite amid before since diplomatically instead still yet also then however',
);
const CONJUNCTIONS = words('but and yet so or');
/** How a report by an outlet is named before the outlet: "according to reporting by The Washington Post". */
const REPORT_BY = /^(?:reporting|reports?|a report|an? (?:\w+ )?report|initial reports?) (?:by|from|in|on) /i;

/** Capitalised, or a name with a lower-case particle joined on: "al-Ansari". */
const capitalised = (t: Token) => t.kind === 'word' && /^(?:(?:al|el|bin|ibn|abu)-)?\p{Lu}/u.test(t.text);
const possessive = (t: Token) => t.kind === 'word' && /'s?$/.test(t.lower);
const stripPossessive = (text: string) => text.replace(/[’']s?$/u, '');

/** May this token belong to a speaker's name or description? */
function nounish(t: Token, prev?: Token, next?: Token): boolean {
  if (t.kind !== 'word') return t.text === '(' || t.text === ')';
  // "and" joins names ("Netanyahu and Katz"), not a clause to a name ("…, and commentators").
  if (t.lower === 'and') return !!prev && !!next && capitalised(prev) && capitalised(next);
  if (CLAUSE.has(t.lower)) return false;
  return (
    capitalised(t) || /^\d/.test(t.text) || NP_WORDS.has(t.lower) || possessive(t) || PRONOUNS.has(t.lower) || POSSESSIVES.has(t.lower)
  );
}
const nounAt = (tokens: Token[], i: number) => nounish(tokens[i] as Token, tokens[i - 1], tokens[i + 1]);
/** Words that open a phrase set between commas that is not the speaker: ", citing a U.S. official,". */
const ASIDE = words('which who citing according speaking talking writing saying adding in on at after with');

/** Does the description `np` (its tokens) name a person, group or outlet? Its kind. */
export function classify(speaker: string, context: AttributionContext): SourceKind {
  const tokens = tokenize(speaker).filter((t) => t.kind === 'word');
  const first = tokens[0];
  if (!first) return 'unnamed';
  if (tokens.length === 1 && PRONOUNS.has(first.lower)) return 'unnamed';
  if (POSSESSIVES.has(first.lower)) return 'unnamed';
  if (mentionsOutlet(speaker, context) !== undefined) return 'media';
  const lowers = tokens.map((t) => stripPossessive(t.lower));
  if (lowers.some((w) => MEDIA_HEADS.has(w) && w !== 'reports' && w !== 'report' && w !== 'reporting')) return 'media';
  // The head is the last word of the description before any "familiar with…" or "of…" tail.
  const tail = lowers.findIndex((w, i) => i > 0 && (w === 'familiar' || w === 'with' || w === 'of' || w === 'who'));
  const core = tail === -1 ? tokens : tokens.slice(0, tail);
  const headAt = core.length - 1;
  const head = stripPossessive((core[headAt] as Token).lower);
  if (ANONYMOUS_HEADS.has(head)) {
    // "spokesperson Majed Al Ansari" names; "a senior Israeli official" does not.
    return 'anonymous';
  }
  const named = tokens.some(
    (t, i) => capitalised(t) && !(i === 0 && /^(the|a|an)$/.test(t.lower)) && !/^(two|three|four|five|several)$/.test(t.lower),
  );
  return named ? 'named' : 'unnamed';
}

/**
 * The part of a description that names: "Majed Al Ansari" in "Qatar Ministry of Foreign Affairs
 * spokesperson Majed Al Ansari"; "Antonio Guterres" in "Antonio Guterres, the Secretary-General of
 * the United Nations". A description with no name is given whole.
 */
export function nameOf(speaker: string): string {
  const parts = speaker.split(/\s*,\s*/).filter(Boolean);
  const pure = parts.find((p) =>
    tokenize(p).every((t) => t.kind !== 'word' || capitalised(t) || /^(al|bin|el|de|ibn|van|von|of)$/.test(t.lower)),
  );
  if (pure && parts.length > 1) return pure.trim();
  const part = (parts.at(-1) ?? speaker).trim();
  const tokens = tokenize(part).filter((t) => t.kind === 'word');
  // The run of capitalised words (and name particles) that ends the description.
  let from = tokens.length;
  while (from > 0) {
    const t = tokens[from - 1] as Token;
    const particle = /^(al|bin|el|de|ibn|van|von)$/.test(t.lower) && from < tokens.length;
    if (!capitalised(t) && !particle) break;
    from--;
  }
  if (from < tokens.length && from > 0) return part.slice((tokens[from] as Token).start).trim();
  return part.replace(/^(the|a|an)\s+/i, '').trim();
}

/** The outlet in a description of media: "Axios" in "Axios’s Barak Ravid"; else the description's name. */
export function outletName(speaker: string, context: AttributionContext): string {
  return mentionsOutlet(speaker, context) ?? nameOf(speaker);
}

/** The outlet of `context.media` a description names, possessive or not ("Axios’s Barak Ravid"). */
function mentionsOutlet(speaker: string, context: AttributionContext): string | undefined {
  const folded = ` ${foldSpaced(speaker.replace(/[’']s\b/g, ''))} `;
  return context.media.find((m) => folded.includes(` ${foldSpaced(m)} `));
}

/**
 * The speaker's description ending just before token `at` (exclusive), read backwards: a name or
 * description, with an apposition ("The Qatari foreign ministry’s spokesperson, Majed Al Ansari,";
 * "Einav Zangauker, the mother of an Israeli hostage held in Gaza,") and an aside between commas
 * (", which …,", ", citing …,") handled.
 */
function descriptionBefore(tokens: Token[], at: number): [number, number] | undefined {
  let j = at - 1;
  while (j >= 0 && (tokens[j] as Token).kind === 'word' && BETWEEN.has((tokens[j] as Token).lower)) j--;
  // "Majed Al Ansari, said": the comma closes an apposition or an aside.
  const closed = j >= 0 && (tokens[j] as Token).text === ',';
  if (closed) j--;
  const end = j + 1;
  /** Where the phrase between commas that ends here begins. */
  let chunk = end - 1;
  while (chunk >= 0 && (tokens[chunk] as Token).text !== ',' && (tokens[chunk] as Token).kind !== 'mask') chunk--;
  const opener = tokens[chunk + 1];
  if (closed && chunk > 0 && (tokens[chunk] as Token).text === ',' && opener && ASIDE.has(opener.lower)) {
    // ", which has hosted …," or ", citing a U.S. official,": the speaker stands before it.
    return descriptionBefore(tokens, chunk + 1);
  }
  let start = end;
  while (start > 0 && nounAt(tokens, start - 1)) start--;
  if (start === end) return undefined;
  // A pronoun is a speaker only right before the verb ("what it referred to as").
  const run = tokens.slice(start, end);
  const pronounAt = run.findLastIndex((t) => PRONOUNS.has(t.lower) || POSSESSIVES.has(t.lower));
  if (pronounAt !== -1) start += pronounAt;
  const head = tokens.slice(start, end);
  if (!head.some((t) => capitalised(t) || (t.kind === 'word' && !/^(a|an|the|of|and|al|bin)$/.test(t.lower)))) return undefined;
  // An apposition: "Einav Zangauker, the mother of an Israeli hostage held in Gaza," said.
  const determiner = opener && /^(the|a|an)$/.test(opener.lower);
  if (closed && determiner && start > chunk + 1 && chunk > 0) start = chunk + 1;
  const comma = tokens[start - 1];
  if (comma?.text === ',' && start >= 2) {
    let s = start - 1;
    while (s > 0 && nounAt(tokens, s - 1)) s--;
    if (s < start - 1 && (s === 0 || (tokens[s - 1] as Token).text === ',')) {
      const first = tokens[s] as Token;
      // Not a leading phrase ("In a statement, the Israeli Prime Minister’s Office said").
      if (!LEADING.has(first.lower) && !CONJUNCTIONS.has(first.lower)) start = s;
    }
  }
  return [start, end];
}

/** The description that starts at token `from`, read forwards to a comma, a full stop or a clause word. */
function descriptionAfter(tokens: Token[], from: number, namesOnly = false): [number, number] | undefined {
  let end = from;
  while (end < tokens.length && end - from < 14) {
    const t = tokens[end] as Token;
    if (t.kind === 'mask' || (t.kind === 'punct' && t.text !== '(' && t.text !== ')')) break;
    if (end > from && CLAUSE.has(t.lower) && t.lower !== 'and') break;
    // An outlet's name ends where the sentence goes on: "reports from Fox News identified …".
    if (namesOnly && !nounAt(tokens, end)) break;
    end++;
  }
  return end > from ? [from, end] : undefined;
}

/** The subject of the sentence: its first description, after an opening phrase or conjunction. */
function subjectOf(tokens: Token[], before: number): [number, number] | undefined {
  let i = 0;
  if (tokens[0] && CONJUNCTIONS.has(tokens[0].lower)) i = 1;
  const first = tokens[i];
  if (first && LEADING.has(first.lower)) {
    const comma = tokens.findIndex((t, k) => k > i && t.text === ',');
    if (comma === -1 || comma >= before) return undefined;
    i = comma + 1;
  }
  let end = i;
  while (end < before && nounAt(tokens, end)) end++;
  const run = tokens.slice(i, end);
  if (!run.some((t) => capitalised(t) || PRONOUNS.has(t.lower) || ANONYMOUS_HEADS.has(t.lower) || NP_WORDS.has(t.lower))) return undefined;
  return end > i ? [i, end] : undefined;
}

const textOf = (text: string, tokens: Token[], [from, to]: [number, number]) =>
  text.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end).replace(/\s+/g, ' ');

/** A report by an outlet, named as such: "reporting by The Washington Post" → "The Washington Post". */
const outletOfReport = (speaker: string) => speaker.replace(REPORT_BY, '');

/** Verbs after which an outlet may be named as the one spoken to: "told CNN", "speaking to Fox News". */
const TO_MEDIA = /^(told|tells|telling|confirmed|said|speaking|spoke|talking|talked|interview)$/;

/**
 * Every attribution in one sentence. `text` is the sentence with its quotations masked (each
 * character of a quotation replaced by `MASK`), so that only the sentence's own words are read.
 * An outlet the sentence names as spoken to or reporting ("told CNN", "according to reporting by
 * The Washington Post") is the `via` of the sentence's other attributions.
 */
export function findAttributions(text: string, context: AttributionContext): Attribution[] {
  const tokens = tokenize(text);
  const found: Attribution[] = [];
  let via: string | undefined;
  const add = (range: [number, number], verbFrom: number, verbTo: number, trailing = false) => {
    const speaker = outletOfReport(textOf(text, tokens, range).replace(/^[,\s]+|[,\s]+$/g, ''));
    if (!speaker || /^(the|a|an)$/i.test(speaker)) return;
    const from = Math.min(range[0], verbFrom);
    const to = Math.max(range[1], verbTo);
    const kind = classify(speaker, context);
    found.push({
      speaker,
      kind,
      outlet: kind === 'media' ? outletName(speaker, context) : undefined,
      verb: text.slice((tokens[verbFrom] as Token).start, (tokens[verbTo - 1] as Token).end),
      start: (tokens[from] as Token).start,
      end: (tokens[to - 1] as Token).end,
      trailing,
    });
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const next = tokens[i + 1];
    const next2 = tokens[i + 2];
    // An outlet spoken to: "told CNN", "confirmed to CNN", "speaking to Fox News", "an interview with Al Jazeera".
    if (TO_MEDIA.test(t.lower)) {
      const at = next?.lower === 'to' || next?.lower === 'with' ? i + 2 : t.lower.startsWith('tel') || t.lower === 'told' ? i + 1 : -1;
      const range = at === -1 ? undefined : descriptionAfter(tokens, at, true);
      const who = range && outletOfReport(textOf(text, tokens, range));
      if (who && classify(who, context) === 'media') via ??= who;
    }
    // "according to X", "citing X", "reports from X".
    if (t.lower === 'according' && next?.lower === 'to') {
      const range = descriptionAfter(tokens, i + 2);
      if (range) add(range, i, i + 2);
      i = (range?.[1] ?? i + 2) - 1;
      continue;
    }
    if (t.lower === 'citing') {
      const range = descriptionAfter(tokens, i + 1);
      if (range) add(range, i, i + 1);
      continue;
    }
    if ((t.lower === 'reports' || t.lower === 'report' || t.lower === 'reporting') && next && /^(from|by|in)$/.test(next.lower)) {
      const range = descriptionAfter(tokens, i + 2, true);
      if (range && classify(textOf(text, tokens, range), context) === 'media') add(range, i, i + 2);
      continue;
    }
    const object = next?.lower ?? '';
    const participle = PARTICIPLES.has(t.lower) && !(t.lower === 'calling' && /^(on|for|off)$/.test(object));
    // "promised to rebuild", "vowed that…", "pledged “…”" report words; "promised their support" an act.
    const promise = /^(promised|vowed|pledged)$/.test(t.lower) && !(object === 'to' || object === 'that' || next?.kind === 'mask');
    const verb = VERBS.has(t.lower) && !(t.lower === 'called' && /^(on|for|off)$/.test(object)) && !promise;
    // "the warning", "a statement": a noun, not a verb.
    const prev = tokens[i - 1];
    if ((!participle && !verb) || (prev && /^(the|a|an|his|her|its|their)$/.test(prev.lower))) continue;
    // Verbs of more than one word: "lashed out at", "referred to as", "put out", "confirmed to".
    let verbTo = i + 1;
    if (t.lower === 'lashed') {
      if (object !== 'out') continue;
      verbTo = next2?.lower === 'at' ? i + 3 : i + 2;
    } else if (t.lower === 'put') {
      if (object !== 'out') continue;
      verbTo = i + 2;
    } else if (t.lower === 'referred') {
      if (object !== 'to') continue;
      verbTo = next2?.lower === 'as' ? i + 3 : i + 2;
    } else if (object === 'to' && /^(confirmed|said)$/.test(t.lower)) verbTo = i + 2;
    if (participle) {
      const subject = subjectOf(tokens, i);
      if (subject) add(subject, i, verbTo);
      continue;
    }
    // "The Israeli source who spoke to CNN said": the speaker stands before the relative clause.
    const who = tokens.slice(Math.max(0, i - 8), i).findLastIndex((k) => k.lower === 'who');
    const end = who !== -1 && !tokens.slice(i - 8 + who, i).some((k) => k.text === ',' || k.kind === 'mask') ? Math.max(0, i - 8) + who : i;
    const before = descriptionBefore(tokens, end);
    const afterQuote = tokens[i - 1]?.kind === 'mask' || (tokens[i - 1]?.text === ',' && tokens[i - 2]?.kind === 'mask');
    if (afterQuote && !before) {
      // Inverted after a quotation: "…,” said Qatar Ministry of Foreign Affairs spokesperson Majed Al Ansari.
      const range = descriptionAfter(tokens, verbTo);
      if (range) add(range, i, verbTo);
      continue;
    }
    if (!before) continue;
    // "…, it said in a post on X." ends its sentence: a pronoun there refers to the sentence's subject.
    const trailing = tokens[before[0] - 1]?.text === ',' && !tokens.slice(verbTo).some((k) => k.kind === 'mask' || k.lower === 'that');
    add(before, i, verbTo, trailing);
  }
  // An outlet the sentence names as reporting or as speaking is the channel of its other sources too.
  via ??= found.find((a) => a.kind === 'media')?.speaker;
  // Named as the list names it ("Axios"), or as printed ("the network", which the article reading resolves).
  if (via) for (const a of found) if (a.kind !== 'media') a.via = mentionsOutlet(via, context) ?? via;
  return found;
}

/** The sentence's subject, as the referent of a trailing "…, it said": undefined when there is none. */
export function sentenceSubject(text: string, context: AttributionContext): { speaker: string; kind: SourceKind } | undefined {
  const tokens = tokenize(text);
  const range = subjectOf(tokens, tokens.length);
  if (!range) return undefined;
  const speaker = textOf(text, tokens, range).replace(/[,\s]+$/, '');
  return { speaker, kind: classify(speaker, context) };
}
