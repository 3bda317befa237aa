// Turning what a user types into pattern text. Users write plain phrases ("e.g. source
// code", "Customer's prior approval"), not the pattern language, so a phrase is reduced to
// its words the way the engine's tokenizer reads a document: punctuation separates words
// ("e.g." is the two words "e g", as in the document), case does not matter, a possessive
// "'s" is dropped (the tokenizer drops it too, so "Customer's" would otherwise never match),
// and only a trailing * survives, as the one piece of syntax offered ("licen*").
// Limit: the tokenizer reads Latin letters only (up to U+024F); words in other scripts pass
// the pattern check but cannot match a document.

import { PlaybookEditError } from "./errors";

/** Runs of letters and digits with inner hyphens and apostrophes, and an optional trailing *. */
const WORD = /[\p{L}\p{N}]+(?:['\u2019\u2011-][\p{L}\p{N}]+)*\*?/gu;

/** The pattern text for a plain phrase: its words, lower-cased, separated by single spaces. */
export function phraseToPattern(phrase: string): string {
  const words = (phrase.match(WORD) ?? []).map((word) =>
    word
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/\u2011/g, "-")
      .replace(/'s(\*?)$/, "$1"),
  );
  if (words.length === 0) throw new PlaybookEditError("The phrase has no words: use letters or digits.");
  return words.join(" ");
}

/** "firm-source-code-escrow" style id part: ASCII letters and digits joined by hyphens, never empty. */
export function slugOf(text: string, maxLength = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
  // A phrase in another script has no ASCII letters; the id still has to be valid.
  return slug || "phrase";
}

/** `base`, or `base-2`, `base-3` ... whichever is not taken yet. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
