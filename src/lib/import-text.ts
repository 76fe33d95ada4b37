/*
 * A plain-text article, as received, turned into the Markdown body and proposed frontmatter of
 * `content/articles/<story>/<outlet>.md` (`npm run new -- article`, scripts/new.ts).
 *
 * The body is the received text, verbatim: each paragraph becomes a Markdown paragraph whose
 * rendered text is exactly the received one, Markdown's own characters escaped by
 * mdast-util-to-markdown (through remark-stringify with the site's remark-gfm). The first lines
 * that look like a headline, standfirst, byline, section label or date go to frontmatter, and page
 * furniture ("SCROLL FOR NEXT", photo credits) is left out: both only proposed, and listed in a
 * comment so the editor can confirm or put a line back.
 *
 * Node runs scripts/new.ts with type stripping, which cannot resolve extensionless imports: this
 * module imports packages only.
 */
import { dump } from 'js-yaml';
import type { Paragraph, Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

/** Input the command cannot turn into an article; the message is one line, for a person. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** One paragraph of the body, or a subhead, with the received line it starts on (1-based). */
export interface BodyBlock {
  kind: 'paragraph' | 'heading';
  text: string;
  line: number;
}

/** A received line kept out of the body: furniture, or text moved to a frontmatter field. */
export interface SetAside {
  line: number;
  text: string;
  /** Why, for the file's comment: "a photo caption or credit". */
  reason: string;
  /** The frontmatter field that now holds it, if any. */
  field?: 'headline' | 'standfirst' | 'byline' | 'section' | 'published';
}

export interface ImportedText {
  headline?: string;
  standfirst?: string;
  byline?: string;
  section?: string;
  /** A publication day stated in a date line, as YYYY-MM-DD. */
  published?: string;
  /** Lines kept out of the body, in received order. */
  setAside: SetAside[];
  blocks: BodyBlock[];
  /** Paragraphs holding a web or e-mail address, which GFM shows as a link (escaping cannot stop it). */
  linked: BodyBlock[];
  /** Whether paragraphs were read as blocks of hard-wrapped lines (see `paragraphsOf`). */
  hardWrapped: boolean;
  /** The body, as Markdown. */
  markdown: string;
}

/** The site's Markdown dialect (CommonMark with GFM), for writing the body and reading it back. */
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkStringify);

/**
 * Decodes a received file. Plain text only: an empty file, NUL bytes, text that is not UTF-8 or
 * control characters (a word-processor file, an image, a wrong encoding) are refused, since
 * nothing verbatim could come of them.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new ImportError('is a binary file (it contains NUL bytes), not plain text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError('is not UTF-8 text: save it as plain text in UTF-8 and try again');
  }
  if (!text.trim()) throw new ImportError('is empty');
  text = text.replace(/\r\n?/g, '\n');
  const control = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ImportError(`has a control character (U+${code}) on line ${line}: it is not plain text`);
  }
  return text;
}

/** A unit of the received text: one paragraph as received, with where it starts. */
interface Unit {
  text: string;
  line: number;
}

/**
 * The received paragraphs. In the seeds every paragraph is one line, with blank lines between, and
 * lines without a blank between them are still separate things (a photo credit, then a section
 * label): each non-empty line is a paragraph. A hard-wrapped file (every line at most 100
 * characters, and several blocks of lines, or most of its lines, between blank lines) has its
 * paragraphs as those blocks instead; their line breaks are kept, which the page shows as spaces.
 */
function paragraphsOf(text: string): { units: Unit[]; hardWrapped: boolean } {
  const lines = text.split('\n').map((line, i) => ({ text: line.trim(), line: i + 1 }));
  const blocks: Unit[][] = [];
  let open: Unit[] | undefined;
  for (const l of lines) {
    if (!l.text) open = undefined;
    else if (open) open.push(l);
    else blocks.push((open = [l]));
  }
  const filled = blocks.flat();
  const multi = blocks.filter((b) => b.length > 1);
  const hardWrapped =
    filled.every((l) => l.text.length <= 100) && (multi.length >= 2 || multi.flat().length * 2 >= filled.length) && multi.length > 0;
  if (!hardWrapped) return { units: filled, hardWrapped };
  return { units: blocks.map((b) => ({ text: b.map((l) => l.text).join('\n'), line: b[0]!.line })), hardWrapped };
}

// — What a line looks like. Each test is of one trimmed line (or hard-wrapped paragraph). —

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Ends like a sentence: a full stop, comma, colon… before any closing quotes. "U.S." is not an end. */
const endsSentence = (text: string) => /[.,;:…]["'”’)\]]*$/.test(text) && !/\b(?:\p{Lu}\.){2,}$/u.test(text);

/** A line that ends like a headline may: no closing punctuation, or a question or exclamation. */
const titleLike = (text: string) => !endsSentence(text) && !text.includes('\n');

/** Lines that are page furniture wherever they stand, and why. */
const FURNITURE: [RegExp, string][] = [
  [/^scroll (?:for|to) next(?: article| story)?$/i, 'a link to the site’s next story'],
  [
    /^(?:advertisement|advert|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?)$/i,
    'an advertisement or reading prompt',
  ],
  [
    /^(?:read (?:more|next|also)|related(?: stories| articles| coverage)?|recommended(?: stories)?|more on this story|most read|see also|also read)(?:$|\s*[:|»›→-])/i,
    'a link to other articles',
  ],
  [/^(?:share(?: this(?: article| story)?)?|share on \S+|follow us\b.*|sign up\b.*|subscribe\b.*)$/i, 'a sharing or sign-up prompt'],
  [/^(?:photo|photograph|image|picture|credit|photo credit|file photo|caption)s?\s*[:|/]/i, 'a photo caption or credit'],
  [/\b(?:photographer|photo|photograph|file image)$/i, 'a photo caption or credit'],
  [
    /\((?:(?:photo|image|credit|file)\b[^()]*|reuters|ap|afp|getty images|epa(?:-efe)?|anadolu(?: agency)?)\)$/i,
    'a photo caption or credit',
  ],
  [/(?:\/|\||\bvia|©)\s*(?:getty images|reuters|ap photo|afp|epa(?:-efe)?|shutterstock|anadolu)$/i, 'a photo caption or credit'],
];

function furniture(text: string): string | undefined {
  if (text.length > 200 || text.includes('\n')) return undefined;
  return FURNITURE.find(([pattern]) => pattern.test(text))?.[1];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DATES: [RegExp, (m: RegExpExecArray) => [year: string, month: number, day: string]][] = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/, (m) => [m[1]!, Number(m[2]), m[3]!]],
  [
    new RegExp(String.raw`\b${MONTH}\s+(\d{1,2}),?\s+(\d{4})\b`, 'i'),
    (m) => [m[3]!, MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, m[2]!],
  ],
  [
    new RegExp(String.raw`\b(\d{1,2})\s+${MONTH},?\s+(\d{4})\b`, 'i'),
    (m) => [m[3]!, MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, m[1]!],
  ],
];

/** Words a date line may hold besides the date: "Updated 3:41 PM EDT, Tue September 9, 2025". */
const DATE_LINE_WORDS =
  /\b(?:published|updated|posted|first|last|modified|on|at|am|pm|a\.m\.|p\.m\.|[A-Z]{2,5}|mon|tue|wed|thu|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}[:.]\d{2})\b/gi;

/** The day a short line states as its whole content ("Published September 9, 2025"), as YYYY-MM-DD. */
function dateLine(text: string): string | undefined {
  if (text.length > 80 || text.includes('\n')) return undefined;
  for (const [pattern, parts] of DATES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = text.replace(match[0], ' ').replace(DATE_LINE_WORDS, ' ');
    if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
    const [year, month, day] = parts(match);
    const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
    const date = new Date(`${iso}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : undefined;
  }
  return undefined;
}

/** "By Josef Federman and Jon Gambrell": the byline as given after "By". Not "By Tuesday, Israel had…". */
const explicitByline = (text: string) =>
  text.length > 120 || words(text).length > 12 || !titleLike(text) ? undefined : /^by\s+(\p{Lu}.*)$/iu.exec(text)?.[1];

const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|del|van|von|der|den|al|el|bin|ibn|la|le|du|di)$/u;

/** A line that is only a person's name or two ("Brian Wellbrock"): a byline, when under a headline. */
function nameLike(text: string): boolean {
  const w = words(text.replace(/,/g, ' '));
  return (
    text.length <= 60 &&
    !/[\d\n]/.test(text) &&
    w.length >= 2 &&
    w.length <= 6 &&
    w.every((x) => NAME_WORD.test(x)) &&
    w.filter((x) => /^\p{Lu}/u.test(x)).length >= 2
  );
}

/** A section label above the headline ("Conflicts", "Middle East"): a few capitalised words. */
const sectionLike = (text: string) =>
  text.length <= 30 && titleLike(text) && words(text).length <= 3 && words(text).every((w) => /^[\p{Lu}\p{N}&]/u.test(w));

const headlineLike = (text: string) => text.length <= 200 && titleLike(text) && words(text).length >= 3 && words(text).length <= 30;

const STOPWORDS = new Set(
  'that this with were they their from have been which will would about after also into said says than there what when where while'.split(
    ' ',
  ),
);
const contentWords = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOPWORDS.has(w)));

/**
 * A short one-sentence first paragraph that the next paragraph restates (half its words or more)
 * is a standfirst: a summary above the text, which the lede then tells in full. Truthout's is one.
 */
function restatedBy(text: string, next: string | undefined): boolean {
  if (!next || text.length > 200 || text.includes('\n') || /[.!?]["”’]?\s+\p{Lu}/u.test(text)) return false;
  const own = contentWords(text);
  const shared = [...own].filter((w) => contentWords(next).has(w)).length;
  return shared >= 3 && shared * 2 >= own.size;
}

/**
 * A subhead inside the body: a short line standing between paragraphs that does not end like a
 * sentence ("‘Israel takes full responsibility’" in CNN's text). It becomes a `##` heading.
 */
const subheadLike = (text: string) =>
  text.length <= 80 &&
  titleLike(text) &&
  words(text).length <= 12 &&
  /^[\p{Lu}\p{N}"'“‘]/u.test(text) &&
  /^[\p{L}\p{N}\s"'“”‘’&?!:,.()–—-]+$/u.test(text);

/**
 * Reads a received article: the first lines that look like headline, standfirst, byline, section
 * and date; page furniture anywhere; the rest, verbatim, as the body.
 */
export function importText(text: string): ImportedText {
  const { units, hardWrapped } = paragraphsOf(text);
  const result: Omit<ImportedText, 'blocks' | 'linked' | 'markdown' | 'hardWrapped'> = { setAside: [] };
  const moveOut = (unit: Unit, reason: string, field?: SetAside['field']) =>
    result.setAside.push({ line: unit.line, text: unit.text, reason, ...(field ? { field } : {}) });

  // The head of the article: lines until the first that is none of its parts.
  let start = 0;
  for (; start < units.length; start++) {
    const unit = units[start]!;
    const next = units[start + 1]?.text;
    const why = furniture(unit.text);
    const date = dateLine(unit.text);
    const by = explicitByline(unit.text);
    if (why) moveOut(unit, why);
    else if (date) {
      moveOut(unit, result.published ? 'a second date line' : 'a date line', result.published ? undefined : 'published');
      result.published ??= date;
    } else if (by && !result.byline) {
      result.byline = by;
      moveOut(unit, 'the byline', 'byline');
    } else if (!result.headline && sectionLike(unit.text)) {
      if (result.section) moveOut(unit, 'a label above the headline');
      else moveOut(unit, 'a section label', 'section');
      result.section ??= unit.text;
    } else if (!result.headline && headlineLike(unit.text)) {
      result.headline = unit.text;
      moveOut(unit, 'the headline', 'headline');
    } else if (result.headline && !result.byline && nameLike(unit.text)) {
      result.byline = unit.text;
      moveOut(unit, 'the byline', 'byline');
    } else if (
      result.headline &&
      !result.standfirst &&
      !result.byline &&
      unit.text.length <= 300 &&
      !unit.text.includes('\n') &&
      ((next !== undefined && (nameLike(next) || explicitByline(next) !== undefined || dateLine(next) !== undefined)) ||
        restatedBy(unit.text, next))
    ) {
      result.standfirst = unit.text;
      moveOut(unit, 'the standfirst', 'standfirst');
    } else break;
  }
  if (!result.headline && !result.standfirst && start < units.length && restatedBy(units[start]!.text, units[start + 1]?.text)) {
    result.standfirst = units[start]!.text;
    moveOut(units[start]!, 'the standfirst (the next paragraph restates it)', 'standfirst');
    start++;
  }

  // The body: furniture anywhere is left out; a short untitled line between paragraphs is a subhead.
  const body: Unit[] = [];
  for (const unit of units.slice(start)) {
    const why = furniture(unit.text);
    if (why) moveOut(unit, why);
    else body.push(unit);
  }
  if (!body.length) throw new ImportError('has no paragraphs of text left once the headline, byline and page furniture are taken out');
  // Neighbours must be prose: a run of short lines is more likely a list than subheads.
  const short = body.map((unit) => subheadLike(unit.text));
  const blocks = body.map((unit, i): BodyBlock => ({
    kind: short[i] && i > 0 && i < body.length - 1 && !short[i - 1] && !short[i + 1] ? 'heading' : 'paragraph',
    text: unit.text,
    line: unit.line,
  }));
  result.setAside.sort((a, b) => a.line - b.line);
  const markdownText = toMarkdown(blocks);
  return { ...result, blocks, linked: checkRoundTrip(markdownText, blocks), hardWrapped, markdown: markdownText };
}

function toMarkdown(blocks: BodyBlock[]): string {
  const tree: Root = {
    type: 'root',
    children: blocks.map((b): Paragraph | Heading =>
      b.kind === 'heading'
        ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.text }] }
        : { type: 'paragraph', children: [{ type: 'text', value: b.text }] },
    ),
  };
  return markdown.stringify(tree);
}

/**
 * Reads the Markdown back and checks that every block shows exactly the received text, as text:
 * a guard against an escaping gap for characters the tests did not think of. A GFM literal
 * autolink (a bare web or e-mail address) keeps its text but becomes a link; those are returned.
 */
function checkRoundTrip(md: string, blocks: BodyBlock[]): BodyBlock[] {
  const read = markdown.parse(md).children;
  if (read.length !== blocks.length) {
    throw new ImportError('the Markdown written would not have one block per received paragraph; add the text by hand and report the case');
  }
  const linked: BodyBlock[] = [];
  blocks.forEach((block, i) => {
    const node: RootContent | undefined = read[i];
    const type = block.kind === 'heading' ? 'heading' : 'paragraph';
    const inline = node && 'children' in node ? node.children : [];
    const plain = inline.every(
      (child) => child.type === 'text' || (child.type === 'link' && child.children.every((c) => c.type === 'text')),
    );
    if (node?.type !== type || !plain || toString(node) !== block.text) {
      throw new ImportError(
        `line ${block.line} would not show as written once escaped for Markdown; add this paragraph by hand and report the case`,
      );
    }
    if (inline.some((child) => child.type === 'link')) linked.push(block);
  });
  return linked;
}

/** One YAML scalar, quoted only as YAML needs it. */
const yaml = (value: string) => dump(value, { lineWidth: -1 }).trimEnd();

/** `"text"` for a comment: one line, shown as received. */
const shown = (text: string) => `“${text.replace(/\n/g, ' ')}”`;

/** Comment lines of at most about 100 characters: `lead` then `items`, comma-separated. */
function wrapList(lead: string, items: string[]): string[] {
  const lines = [`# ${lead}`];
  items.forEach((item, i) => {
    const word = `${item}${i < items.length - 1 ? ',' : '.'}`;
    if (lines.at(-1)!.length + word.length >= 100) lines.push('#  ');
    lines[lines.length - 1] += ` ${word}`;
  });
  return lines;
}

export interface ArticleFileOptions {
  story: string;
  outlet: string;
  /** The received file, as the editor named it. */
  source: string;
  /** The story's topic ids, for the example claim. */
  topics: string[];
  /** YYYY-MM-DD to propose when the text states no date (the story's event date). */
  fallbackDate: string;
}

/** The placeholder headline when none is recognised: the command says so, and the build stops until it is replaced. */
export const TODO_HEADLINE = 'TODO: the headline as the outlet wrote it';

/**
 * The article file: frontmatter proposed from the text, with comments saying which received line
 * went where and what was left out, then the body. `claims` is empty: the schema wants one claim
 * at least, so the build stops until the editor writes them (an example is in a comment).
 */
export function articleFile(imported: ImportedText, options: ArticleFileOptions): string {
  const { headline, standfirst, byline, section, published, setAside, blocks } = imported;
  const out = ['---'];
  out.push(`# Source: ${options.source}, converted by \`npm run new\`. Every paragraph below is the received text,`);
  out.push('# verbatim and in order (a backslash before a character only keeps Markdown from reading it as markup).');
  if (imported.hardWrapped) out.push('# The text was hard-wrapped: each block of lines between blank lines is one paragraph.');
  const taken = setAside.filter((s) => s.field);
  const left = setAside.filter((s) => !s.field);
  if (taken.length) {
    out.push('# Taken from the received text; check each against the original:');
    for (const s of taken) out.push(`# - line ${s.line}, ${s.reason} → ${s.field}: ${shown(s.text)}`);
  }
  if (left.length) {
    out.push('# Left out of the body as page furniture (put a line back in the body if it is the outlet’s prose):');
    for (const s of left) out.push(`# - line ${s.line}, ${s.reason}: ${shown(s.text)}`);
  } else out.push('# Left out: nothing; no page furniture was recognised.');
  const subheads = blocks.filter((b) => b.kind === 'heading');
  if (subheads.length) out.push(`# Read as subheads (\`##\`): ${subheads.map((b) => `line ${b.line} ${shown(b.text)}`).join('; ')}.`);
  if (imported.linked.length) {
    out.push(`# Shown as links (GFM links bare web and e-mail addresses): ${imported.linked.map((b) => `line ${b.line}`).join(', ')}.`);
  }
  out.push(`story: ${options.story}`, `outlet: ${options.outlet}`);
  if (section) out.push(`section: ${yaml(section)}`);
  out.push(`headline: ${yaml(headline ?? TODO_HEADLINE)}`);
  if (!headline) out.push('# headlineNote: Where the headline comes from, when the received text does not carry it.');
  if (standfirst) out.push(`standfirst: ${yaml(standfirst)}`);
  if (byline) out.push(`byline: ${yaml(byline)}`);
  else out.push('# byline: …  # the byline as given; omit when the article gives none (bylineNote: where it comes from)');
  out.push('published:', `  date: ${published ?? options.fallbackDate}`);
  if (!published) {
    out.push(
      `  inferred: ${yaml('TODO: the text states no date; this is the story’s event date. Say how the date is known, or correct it.')}`,
    );
  }
  out.push('# url: https://…  # the original’s address, where known (urlNote: what is known of it)');
  out.push('claims: []');
  out.push('# The build stops until the article has at least one claim. Replace `claims: []` with a list like this:');
  out.push('# claims:');
  out.push(`#   - topic: ${options.topics[0] ?? 'day'}`);
  out.push('#     text: The outlet reports that …  # one sentence in our words, attributed as the outlet attributes it');
  out.push('#     quote: …                          # the body’s exact words that carry it, within one paragraph');
  out.push('#     value: …                          # optional short answer, to tell agreement from conflict; no fact beyond the quote');
  out.push('#     inferred: …                       # only when the value goes beyond the quote’s words: why');
  out.push(...wrapList('A claim’s topic is one of the story’s:', options.topics));
  out.push('---', '', imported.markdown.trimEnd(), '');
  return out.join('\n');
}
