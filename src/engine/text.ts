// Paragraph text -> sentences with character offsets, and sentences -> word tokens.
// Contract drafting defeats naive splitting: "Acme Inc. (\"Provider\")", "U.S.",
// "e.g.", "Sec. 4.2", "1.1 \"Output\" means" and list markers such as "(a)" or
// "(ii)" must neither end a sentence nor start one. Every loop here is linear in
// the paragraph's length: no regular expression with nested quantifiers runs over
// document text.

/** Words that end with a period without ending the sentence (compared lower-case, without the period). */
const ABBREVIATIONS = new Set([
  "inc", "ltd", "co", "corp", "llc", "llp", "plc", "pty", "gmbh", "ag", "sa", "nv", "bv", "lp",
  "no", "nos", "sec", "secs", "art", "arts", "para", "paras", "cl", "sch", "ex", "exh", "fig",
  "e.g", "i.e", "eg", "ie", "cf", "viz", "vs", "v", "al", "approx", "incl", "esp",
  "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "ref", "dept", "div", "ch", "pp", "p",
  "u.s", "u.k", "e.u", "u.s.a", "n.a", "s.a", "n.v", "b.v", "l.l.c", "p.c",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/** Abbreviations that often close a sentence too: split after them when a capitalised word follows. */
const SENTENCE_FINAL_ABBREVIATIONS = new Set(["etc", "inc", "ltd", "co", "corp", "llc", "llp", "plc", "gmbh", "ag"]);

export interface Span {
  start: number;
  end: number;
}

function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\r" || ch === "\u00a0" || ch === "\u2003" || ch === "\u2002";
}

function isUpper(ch: string): boolean {
  return ch >= "A" && ch <= "Z" || (ch !== ch.toLowerCase() && ch === ch.toUpperCase());
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

const CLOSERS = new Set(['"', "'", "\u201d", "\u2019", ")", "]", "*", "_"]);
const OPENERS = new Set(['"', "\u201c", "'", "\u2018", "(", "[", "*", "_"]);

/** The word (letters, digits and inner periods) that ends just before `end`, lower-cased. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0) {
    const ch = text[i - 1];
    if (isSpace(ch) || ch === "(" || ch === "\"" || ch === "\u201c" || ch === "," || ch === ";") break;
    i--;
  }
  return text.slice(i, end).toLowerCase();
}

/**
 * Is there a sentence boundary after the terminal punctuation at `dot`?
 * `next` is the index of the first non-space character after it.
 */
function isBoundary(text: string, dot: number, afterClosers: number, next: number, segmentStart: number): boolean {
  const ch = text[dot];
  if (next >= text.length) return false; // the paragraph's end closes the sentence anyway
  const following = text[next];
  const startsLikeSentence =
    isUpper(following) || isDigit(following) || OPENERS.has(following) || following === "\u2022" || following === "-";
  if (!startsLikeSentence) return false;
  if (ch !== ".") return true; // "!" and "?" always end a sentence before a capital
  if (afterClosers > dot + 1) return true; // `means "X."` or `(as defined below).`: the closer ends the word
  const word = wordBefore(text, dot);
  if (word === "") return false;
  // Initials and dotted abbreviations: "J. Smith", "U.S.", "e.g.".
  if (word.length === 1 && /[a-z]/.test(word)) return false;
  if (word.includes(".") && /^[a-z.]+$/.test(word)) return !ABBREVIATIONS.has(word) && word.length > 5;
  // A list or section number opening the paragraph: "1. Definitions", "4.2. Fees", "iv. Term".
  if (/^([0-9][0-9.]*|[ivxlc]+)$/.test(word) && text.slice(segmentStart, dot - word.length).trim() === "") return false;
  if (ABBREVIATIONS.has(word)) {
    if (!SENTENCE_FINAL_ABBREVIATIONS.has(word)) return false;
    // "Acme Inc. (\"Provider\")" continues; "... with Acme Inc. The parties" ends.
    return isUpper(following) && !OPENERS.has(following);
  }
  return true;
}

/** Splits a paragraph into sentence spans (trimmed; offsets index into `text`). */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let segmentStart = 0;
  const n = text.length;
  const push = (start: number, end: number) => {
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  for (let i = 0; i < n; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // "99.5%", "4.2", "..." are not boundaries: a boundary is followed by closers then space.
    let j = i + 1;
    while (j < n && (text[j] === "." || CLOSERS.has(text[j]))) j++;
    if (j < n && !isSpace(text[j])) continue;
    let k = j;
    while (k < n && isSpace(text[k])) k++;
    if (isBoundary(text, i, j, k, segmentStart)) {
      push(segmentStart, j);
      segmentStart = k;
      i = k - 1;
    }
  }
  push(segmentStart, n);
  return spans;
}

export interface Token {
  /** Lower-cased word, apostrophes normalised, possessive "'s" removed. */
  norm: string;
  start: number;
  end: number;
  possessive: boolean;
  /** Starts with a capital letter: defined terms are capitalised, ordinary words are not. */
  cap: boolean;
}

/** Punctuation the clause analysis needs, at its offset. */
export interface Mark {
  ch: ";" | ":" | "," | "(" | ")";
  at: number;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  );
}

/**
 * Words of `text[from, to)`: runs of letters and digits, joined across inner
 * hyphens and apostrophes ("non-exclusive", "won't"). A trailing "'s" marks a
 * possessive and is removed ("Customer's" -> "customer").
 */
export function tokenize(text: string, from = 0, to = text.length, marks?: Mark[]): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      if (marks) {
        const ch = text[i];
        if (ch === ";" || ch === ":" || ch === "," || ch === "(" || ch === ")") marks.push({ ch, at: i });
      }
      i++;
      continue;
    }
    let j = i + 1;
    for (;;) {
      while (j < to && isWordChar(text.charCodeAt(j))) j++;
      const joiner = text[j];
      if (
        j + 1 < to &&
        (joiner === "-" || joiner === "'" || joiner === "\u2019" || joiner === "\u2011") &&
        isWordChar(text.charCodeAt(j + 1))
      ) {
        j += 2;
        continue;
      }
      // Thousands separators keep an amount whole: "USD 5,000,000" is one number, not "5" then "000".
      if (joiner === "," && j + 3 < to + 1 && isDigit(text[j - 1]) && isDigit(text[j + 1]) && isDigit(text[j + 2]) && isDigit(text[j + 3]) && !isDigit(text[j + 4] ?? "")) {
        j += 4;
        continue;
      }
      break;
    }
    let norm = text.slice(i, j).toLowerCase();
    if (norm.indexOf("\u2019") >= 0 || norm.indexOf("\u2011") >= 0) norm = norm.replace(/\u2019/g, "'").replace(/\u2011/g, "-");
    let possessive = false;
    if (norm.endsWith("'s") && norm.length > 2) {
      norm = norm.slice(0, -2);
      possessive = true;
    } else if ((text[j] === "'" || text[j] === "\u2019") && norm.endsWith("s") && !isWordChar(text.charCodeAt(j + 1) || 32)) {
      possessive = true; // "Licensors'"
    }
    tokens.push({ norm, start: i, end: j, possessive, cap: code >= 65 && code <= 90 });
    i = j;
  }
  return tokens;
}
