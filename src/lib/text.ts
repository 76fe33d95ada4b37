/** Collapses every run of whitespace to one space and trims: quotes match "whitespace aside". */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes and hyphens. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,]+[\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
