/*
 * When two names in the texts are one source: "Al Ansari", "Majed al-Ansari" and "Qatar Ministry
 * of Foreign Affairs spokesperson Majed Al Ansari"; "the IDF" and "The Israel Defense Forces
 * (IDF)". Used to merge a speaker's mentions on the sources page and to name a statement's speaker.
 */
import { nameOf } from './attribution';
import { foldSpaced } from './search-text';

/** Groups of terms one story treats as the same (its `aliases`: `[IDF, Israel Defense Forces]`). */
export type Aliases = readonly (readonly string[])[];

const remembered = new WeakMap<Aliases, Map<string, string[]>>();
const NO_ALIASES: Aliases = [];

/** A name's words, folded, without a possessive, brackets or a leading "the". Remembered: the sources page asks often. */
export function nameWords(name: string, aliases: Aliases = NO_ALIASES): string[] {
  let cache = remembered.get(aliases);
  if (!cache) remembered.set(aliases, (cache = new Map()));
  let words = cache.get(name);
  if (!words) cache.set(name, (words = readNameWords(name, aliases)));
  return words;
}

function readNameWords(name: string, aliases: Aliases): string[] {
  const folded = foldSpaced(
    nameOf(name)
      .replace(/[’']s\b/g, '')
      .replace(/[()[\]]/g, ' '),
  );
  const group = aliases.find((g) => g.some((term) => foldSpaced(term) === folded.replace(/^the /, '')));
  return (group ? foldSpaced(group[0] as string) : folded).split(' ').filter((w, i) => w && !(i === 0 && w === 'the'));
}

const startsWith = (long: readonly string[], short: readonly string[]) => short.every((w, i) => long[i] === w);
const endsWith = (long: readonly string[], short: readonly string[]) => short.every((w, i) => long[long.length - short.length + i] === w);

/**
 * True when two names are one source: the same words; one the other's last words (a surname:
 * "Al Ansari"; an acronym after its expansion: "(IDF)"); one the other's first two or more words
 * ("Sheikh Mohammed"); or three or more words all in the other ("Israeli Prime Minister’s Office").
 */
export function sameSource(a: string, b: string, aliases: Aliases = NO_ALIASES): boolean {
  const x = nameWords(a, aliases);
  const y = nameWords(b, aliases);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.join(' ') === long.join(' ')) return true;
  if (endsWith(long, short)) return true;
  if (short.length >= 2 && startsWith(long, short)) return true;
  return short.length >= 3 && short.every((w) => long.includes(w));
}
