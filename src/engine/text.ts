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

/** Sentence spans as parallel arrays, reused from paragraph to paragraph like TokenList. */
export class SpanList {
  length = 0;
  start = new Int32Array(16);
  end = new Int32Array(16);

  clear(): void {
    this.length = 0;
  }

  push(start: number, end: number): void {
    if (this.length === this.start.length) {
      this.start = grown(this.start, 2 * this.length);
      this.end = grown(this.end, 2 * this.length);
    }
    this.start[this.length] = start;
    this.end[this.length++] = end;
  }
}

/** Adds text[start, end) to `spans` without its surrounding spaces, unless nothing is left. */
function pushTrimmed(spans: SpanList, text: string, start: number, end: number): void {
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (end > start) spans.push(start, end);
}

/** Splits a paragraph into sentence spans (trimmed; offsets index into `text`). */
export function splitSentences(text: string): Span[] {
  const list = new SpanList();
  splitSentencesInto(text, list);
  const spans: Span[] = [];
  for (let i = 0; i < list.length; i++) spans.push({ start: list.start[i], end: list.end[i] });
  return spans;
}

/** splitSentences into a reused list (cleared first). */
export function splitSentencesInto(text: string, spans: SpanList): void {
  spans.clear();
  let segmentStart = 0;
  const n = text.length;
  // The next ".", "!" and "?" at or after i, found by indexOf (-1 once there are no more).
  let dot = -2;
  let bang = -2;
  let ask = -2;
  for (let i = 0; ; ) {
    if (dot !== -1 && dot < i) dot = text.indexOf(".", i);
    if (bang !== -1 && bang < i) bang = text.indexOf("!", i);
    if (ask !== -1 && ask < i) ask = text.indexOf("?", i);
    i = dot;
    if (bang !== -1 && (i === -1 || bang < i)) i = bang;
    if (ask !== -1 && (i === -1 || ask < i)) i = ask;
    if (i === -1) break;
    // "99.5%", "4.2", "..." are not boundaries: a boundary is followed by closers then space.
    let j = i + 1;
    while (j < n && (text[j] === "." || CLOSERS.has(text[j]))) j++;
    let k = j;
    if (j >= n || isSpace(text[j])) {
      while (k < n && isSpace(text[k])) k++;
      if (isBoundary(text, i, j, k, segmentStart)) {
        pushTrimmed(spans, text, segmentStart, j);
        segmentStart = k;
        i = k;
        continue;
      }
    }
    i++;
  }
  pushTrimmed(spans, text, segmentStart, n);
}

/** One token as an object: what `tokenize` returns for callers outside the review's hot path. */
export interface Token {
  /** Lower-cased word, apostrophes normalised, possessive "'s" removed. */
  norm: string;
  start: number;
  end: number;
  possessive: boolean;
  /** Starts with a capital letter: defined terms are capitalised, ordinary words are not. */
  cap: boolean;
}

/** A copy of `array` with room for `size` elements: how the reused buffers below grow. */
export function grown<A extends Int32Array | Uint16Array | Uint8Array>(array: A, size: number): A {
  const out = new (array.constructor as new (length: number) => A)(size);
  out.set(array);
  return out;
}

/** Token flags (TokenList.flags). */
export const POSSESSIVE = 1;
export const CAPITALISED = 2;

/**
 * The tokens of one text as parallel arrays. The review reuses one list from sentence
 * to sentence, so a 1,000-page agreement makes no object per word: an object per token
 * used to keep the garbage collector busy for a tenth of the review.
 */
export class TokenList {
  length = 0;
  /** Each token's word number in `table`. */
  ids = new Int32Array(64);
  start = new Int32Array(64);
  end = new Int32Array(64);
  flags = new Uint8Array(64);

  /** `table` numbers the words; a list reused for another document is given that document's table. */
  constructor(public table: WordTable) {}

  /** The normalised word of token i. */
  norm(i: number): string {
    return this.table.words[this.ids[i]];
  }

  possessive(i: number): boolean {
    return (this.flags[i] & POSSESSIVE) !== 0;
  }

  cap(i: number): boolean {
    return (this.flags[i] & CAPITALISED) !== 0;
  }

  clear(): void {
    this.length = 0;
  }

  push(id: number, start: number, end: number, flags: number): void {
    if (this.length === this.ids.length) this.grow();
    const i = this.length++;
    this.ids[i] = id;
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
  }

  private grow(): void {
    const size = this.ids.length * 2;
    this.ids = grown(this.ids, size);
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.flags = grown(this.flags, size);
  }
}

/** The punctuation the clause analysis needs, as MarkList holds it: character codes. */
export const SEMICOLON = 59;
export const COLON = 58;
export const COMMA = 44;
const OPEN_PARENTHESIS = 40;
const CLOSE_PARENTHESIS = 41;

/** The punctuation the clause analysis needs (";", ":", ",", "(", ")") as character codes at their offsets, reused like TokenList. */
export class MarkList {
  length = 0;
  ch = new Uint16Array(32);
  at = new Int32Array(32);

  clear(): void {
    this.length = 0;
  }

  push(ch: number, at: number): void {
    if (this.length === this.ch.length) {
      this.ch = grown(this.ch, this.ch.length * 2);
      this.at = grown(this.at, this.at.length * 2);
    }
    this.ch[this.length] = ch;
    this.at[this.length++] = at;
  }
}

/** Letters and digits: ASCII and Latin up to U+024F (not × and ÷), by character code. */
const WORD_CHARS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  WORD_CHARS[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) ? 1 : 0;
}

function isWordChar(code: number): boolean {
  return code < 0x250 && WORD_CHARS[code] === 1;
}

/** ASCII character codes lower-cased (see normalCode). */
const LOWER_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) LOWER_ASCII[c] = c >= 65 && c <= 90 ? c + 32 : c;

function digitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** A word character as the normalised word holds it (ASCII lower-cased, typographic apostrophe and hyphen made plain), or -1 outside ASCII. */
function normalCode(code: number): number {
  if (code < 128) return LOWER_ASCII[code];
  if (code === 0x2019) return 39;
  if (code === 0x2011) return 45;
  return -1;
}

/**
 * A word of up to eight characters as WordTable keys it, exactly: its length less one in the
 * top bits, then its first four normalised characters at 7 bits each (`second` holds the next
 * four). Longer words are keyed by minus their length, which no short key equals.
 */
function keyOf(length: number, first: number): number {
  return ((length - 1) << 28) | first;
}

/** FNV-1a over the normalised character codes. */
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * The distinct words of a document, numbered in the order the tokenizer meets them.
 * A 100-page agreement has some 50,000 tokens but only a few thousand distinct words:
 * interning them straight from the text's characters means no string is made per token,
 * each word's string is hashed once, and every later stage can keep what it knows of a
 * word in an array indexed by the word's number.
 */
export class WordTable {
  readonly words: string[] = [];
  /**
   * Open addressing, four entries a slot: the word's hash, its number + 1 (0 for an empty
   * slot), then its key (see keyOf): a word of up to eight characters is its key, so the
   * lookup compares two numbers; a longer one is compared character by character with `chars`.
   */
  private slots = new Int32Array(4 * 1024);
  /** The characters of the words longer than eight, end to end. */
  private chars = new Uint16Array(8192);
  private charsUsed = 0;
  /** Words with characters outside ASCII, lower-cased by String.prototype.toLowerCase. */
  private readonly other = new Map<string, number>();

  get size(): number {
    return this.words.length;
  }

  /** The number of the normalised word text[from, to) (lower-cased, apostrophes and hyphens plain). */
  intern(text: string, from: number, to: number): number {
    let hash = HASH_SEED;
    let first = 0;
    let second = 0;
    for (let i = from; i < to; i++) {
      const c = normalCode(text.charCodeAt(i));
      if (c < 0) return this.internOther(text.slice(from, to));
      hash = Math.imul(hash ^ c, HASH_PRIME);
      if (i - from < 4) first = (first << 7) | c;
      else if (i - from < 8) second = (second << 7) | c;
    }
    return this.internHashed(text, from, to, hash, first, second);
  }

  /**
   * The number of a word of up to eight characters already in the table, by its hash and key
   * (see keyOf), or -1: the tokenizer's lookup for most words, small enough for V8 to inline.
   */
  findShort(hash: number, key: number, second: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const s = 4 * slot;
      const entry = slots[s + 1];
      if (entry === 0) return -1;
      if (slots[s] === hash && slots[s + 2] === key && slots[s + 3] === second) return entry - 1;
    }
  }

  /**
   * intern, given the word's hash and the first and second four of its normalised characters
   * (all ASCII after normalising) at 7 bits each, as the tokenizer reads them.
   */
  internHashed(text: string, from: number, to: number, hash: number, first: number, second: number): number {
    const length = to - from;
    const short = length <= 8;
    const key = short ? keyOf(length, first) : -length;
    const found = short ? this.findShort(hash, key, second) : this.findLong(text, from, length, hash);
    if (found >= 0) return found;
    let word = text.slice(from, to).toLowerCase();
    if (word.indexOf("\u2019") >= 0 || word.indexOf("\u2011") >= 0) word = word.replace(/\u2019/g, "'").replace(/\u2011/g, "-");
    const id = this.words.length;
    this.words.push(word);
    if (2 * this.words.length > this.slots.length >> 2) this.grow();
    if (short) {
      this.place(hash, id + 1, key, second);
      return id;
    }
    const at = this.charsUsed;
    if (at + length > this.chars.length) this.chars = grown(this.chars, Math.max(2 * this.chars.length, at + length));
    for (let k = 0; k < length; k++) this.chars[at + k] = word.charCodeAt(k);
    this.charsUsed += length;
    this.place(hash, id + 1, key, at);
    return id;
  }

  /** The number of the word of more than eight characters text[from, from + length) already in the table, or -1: compared character by character. */
  private findLong(text: string, from: number, length: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const s = 4 * slot;
      const entry = slots[s + 1];
      if (entry === 0) return -1;
      if (slots[s] !== hash || slots[s + 2] !== -length) continue;
      const at = slots[s + 3];
      let same = true;
      for (let k = 0; k < length; k++) {
        // The raw character first: most of a document's words are written in lower case.
        const stored = this.chars[at + k];
        const c = text.charCodeAt(from + k);
        if (stored !== c && stored !== normalCode(c)) {
          same = false;
          break;
        }
      }
      if (same) return entry - 1;
    }
  }

  /** The number of an already normalised word. */
  idOf(word: string): number {
    return this.intern(word, 0, word.length);
  }

  /** The number of a word with characters outside ASCII (`raw` as it stands in the text). */
  internOther(raw: string): number {
    const word = raw.toLowerCase().replace(/\u2019/g, "'").replace(/\u2011/g, "-");
    const known = this.other.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.other.set(word, id);
    return id;
  }

  private place(hash: number, entry: number, key: number, at: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let slot = hash & mask;
    while (slots[4 * slot + 1] !== 0) slot = (slot + 1) & mask;
    const s = 4 * slot;
    slots[s] = hash;
    slots[s + 1] = entry;
    slots[s + 2] = key;
    slots[s + 3] = at;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(2 * old.length);
    for (let s = 0; s < old.length; s += 4) if (old[s + 1] !== 0) this.place(old[s], old[s + 1], old[s + 2], old[s + 3]);
  }
}

/**
 * Appends the words of `text[from, to)` to `out` (nothing outside the range is read, so a
 * sentence is tokenised in place in its paragraph): runs of letters and digits, joined
 * across inner hyphens and apostrophes ("non-exclusive", "won't"). A trailing "'s" marks
 * a possessive and is removed ("Customer's" -> "customer"). `marks`, when given, receives
 * the punctuation the clause analysis reads.
 */
export function tokenizeInto(text: string, from: number, to: number, out: TokenList, marks?: MarkList): void {
  const table = out.table;
  // Each character is read once where it can be (charCodeAt is not free): a word remembers its
  // last character, and the character that ends it is the separator handled after it.
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      if (marks && isClauseMark(code)) marks.push(code, i);
      i++;
      continue;
    }
    // The word's hash and key are taken as it is read (see WordTable.internHashed).
    let hash = HASH_SEED;
    let first = 0;
    let second = 0;
    let ascii = true;
    let j = i;
    /** The word's last character so far, and the character after it (0 at the end of the range). */
    let last = 0;
    let joiner = 0;
    for (;;) {
      joiner = 0;
      while (j < to) {
        const c = text.charCodeAt(j);
        if (!isWordChar(c)) {
          joiner = c;
          break;
        }
        const n = normalCode(c);
        if (n < 0) ascii = false;
        hash = Math.imul(hash ^ n, HASH_PRIME);
        if (j - i < 4) first = (first << 7) | n;
        else if (j - i < 8) second = (second << 7) | n;
        last = c;
        j++;
      }
      // The joiner continues the word between letters ("non-exclusive", "won't"), and between
      // the digits of an amount ("USD 5,000,000" is one number, not "5" then "000").
      const joins =
        ((joiner === 45 || joiner === 39 || joiner === 0x2019 || joiner === 0x2011) && j + 1 < to && isWordChar(text.charCodeAt(j + 1))) || // - ' ’ ‑
        (joiner === COMMA && last >= 48 && last <= 57 && j + 3 < to + 1 && digitAt(text, j + 1) && digitAt(text, j + 2) && digitAt(text, j + 3) && !(j + 4 < to && digitAt(text, j + 4)));
      if (!joins) break;
      const n = normalCode(joiner);
      hash = Math.imul(hash ^ n, HASH_PRIME);
      if (j - i < 4) first = (first << 7) | n;
      else if (j - i < 8) second = (second << 7) | n;
      j++;
    }
    // "Customer's" is the word "customer", possessive; "Licensors'" is "licensors", possessive.
    let flags = code >= 65 && code <= 90 ? CAPITALISED : 0;
    const endsInS = last === 115 || last === 83;
    let id: number;
    if (endsInS && j - i > 2 && isApostrophe(text.charCodeAt(j - 2))) {
      id = table.intern(text, i, j - 2); // the word read again without its "'s" (few words are possessive)
      flags |= POSSESSIVE;
    } else {
      if (endsInS && isApostrophe(joiner) && !(j + 1 < to && isWordChar(text.charCodeAt(j + 1)))) flags |= POSSESSIVE;
      // Most words are short and already numbered: looked up inline, the rest through internHashed.
      id = !ascii ? table.internOther(text.slice(i, j)) : j - i <= 8 ? table.findShort(hash, keyOf(j - i, first), second) : -1;
      if (id < 0) id = table.internHashed(text, i, j, hash, first, second);
    }
    out.push(id, i, j, flags);
    // The separator after the word, already read.
    if (j < to) {
      if (marks && isClauseMark(joiner)) marks.push(joiner, j);
      j++;
    }
    i = j;
  }
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** The punctuation MarkList keeps. */
function isClauseMark(code: number): boolean {
  return code === SEMICOLON || code === COLON || code === COMMA || code === OPEN_PARENTHESIS || code === CLOSE_PARENTHESIS;
}

/** The words of `text[from, to)` as objects (see tokenizeInto). */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const list = new TokenList(new WordTable());
  tokenizeInto(text, from, to, list);
  const tokens: Token[] = [];
  for (let i = 0; i < list.length; i++) {
    tokens.push({ norm: list.norm(i), start: list.start[i], end: list.end[i], possessive: list.possessive(i), cap: list.cap(i) });
  }
  return tokens;
}
