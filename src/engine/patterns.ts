// Checklist patterns: phrases matched word by word over tokens, never regular
// expressions, so a playbook cannot make a review hang. A pattern is compiled once
// per review; an index from each pattern's first word (or stem, or concept) to the
// patterns that start with it means a sentence only tries the patterns whose first
// word it contains. Gaps are bounded, and every attempt has a step budget, so the
// work per token is bounded whatever the pattern or the text.

import type { Concept, Pattern } from "./types";
import { CONCEPTS } from "./types";
import { grown, type TokenList } from "./text";

export const GAP_WORDS = 6;
export const MAX_GAP_WORDS = 15;
/** Upper bound on matcher steps for one pattern at one start position. */
const STEP_BUDGET = 2_000;

export type Option =
  | { kind: "words"; words: string[]; ids: number[] } // one word, or a hyphenated word's parts in sequence
  | { kind: "stem"; stem: string }
  | { kind: "concept"; concept: Concept; bit: number }
  | { kind: "seq"; elements: Element[] }; // one alternative of a "(hold harmless|indemnify)" group

export type Element = { kind: "gap"; max: number } | TestElement;

/**
 * One position of a pattern. `words` holds its single-word literal options, `ids` the
 * same words' numbers (the matcher compares numbers); `rest` the stems, concepts and
 * multi-word phrases.
 */
export interface TestElement {
  kind: "test";
  options: Option[];
  words: ReadonlySet<string>;
  /** Sorted. */
  ids: Int32Array;
  rest: Option[];
}

function testElement(options: Option[]): TestElement {
  const words = new Set<string>();
  const rest: Option[] = [];
  for (const o of options) {
    if (o.kind === "words" && o.words.length === 1) words.add(o.words[0]);
    else rest.push(o);
  }
  return { kind: "test", options, words, ids: Int32Array.from(words, wordId).sort(), rest };
}

/**
 * Every word of every compiled pattern, numbered. A token's word is looked up once (per
 * distinct word and document, see PatternIndex) and the matcher then compares numbers:
 * hashing and comparing token strings was a quarter of the scan. Grows only with the
 * words of the patterns compiled, which playbooks bound.
 */
const VOCABULARY = new Map<string, number>();

function wordId(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) {
    id = VOCABULARY.size;
    VOCABULARY.set(word, id);
  }
  return id;
}

/** The number of a word that occurs in some compiled pattern, or -1. */
function knownWordId(word: string): number {
  return VOCABULARY.get(word) ?? -1;
}

/** Whether the `n` sorted word numbers at code[from] include `id`: a few compares for the usual one to four words, a binary search for long lists of alternatives. */
function hasId(code: Int32Array, from: number, n: number, id: number): boolean {
  if (n <= 6) {
    for (let k = 0; k < n; k++) if (code[from + k] === id) return true;
    return false;
  }
  let lo = from;
  let hi = from + n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = code[mid];
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * What one position of a pattern needs a sentence to contain somewhere: one of these words,
 * a word starting with one of these stems, or a term standing for one of these concepts.
 */
export interface Requirement {
  words: ReadonlySet<string>;
  stems: ReadonlySet<string>;
  /** conceptBit of each concept, or-ed. */
  concepts: number;
}

export interface CompiledPattern {
  source: string;
  elements: Element[];
  /**
   * One requirement per position: a sentence that fails any of them cannot match the
   * pattern anywhere. Checked once per sentence, so a pattern that starts with a frequent
   * concept is not tried at every mention of it when the rest of its words are absent.
   */
  required: Requirement[];
}

/** What the options of one position can start with; a phrase ("hold harmless") by its first word. */
function requirementOf(options: Option[]): Requirement {
  const words = new Set<string>();
  const stems = new Set<string>();
  let concepts = 0;
  const collect = (opts: Option[]) => {
    for (const o of opts) {
      if (o.kind === "words") words.add(o.words[0]);
      else if (o.kind === "stem") stems.add(o.stem);
      else if (o.kind === "concept") concepts |= o.bit;
      else collect((o.elements[0] as TestElement).options); // inside parentheses there are no gaps
    }
  };
  collect(options);
  return { words, stems, concepts };
}

export class PatternError extends Error {}

const CONCEPT_SET = new Set<string>(CONCEPTS);

function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/\u2019/g, "'");
}

/** The options one word of a pattern stands for: a literal, a stem, a concept. */
function wordOptions(source: string, alt: string): Option[] {
  if (alt === "") throw new PatternError(`"${source}": empty alternative`);
  // "{licensor's}" reads better in a pattern and matches as {licensor}: possessives are stripped from words.
  const concept = /^\{(\w+)(?:'s)?\}$/.exec(alt);
  if (concept) {
    if (!CONCEPT_SET.has(concept[1])) throw new PatternError(`"${source}": unknown concept {${concept[1]}}`);
    return [{ kind: "concept", concept: concept[1] as Concept, bit: conceptBit(concept[1] as Concept) }];
  }
  // Quotes around a phrase and a trailing comma are forgiven; other punctuation is not a word.
  const word = normaliseWord(alt.replace(/^["\u201c\u2018']+|["\u201d\u2019,;:.]+$/g, ""));
  if (!/^[\p{L}\p{N}][\p{L}\p{N}'-]*\*?$/u.test(word)) {
    throw new PatternError(`"${source}": "${alt}" is not a word (use letters, digits, hyphens; * only at the end)`);
  }
  if (word.endsWith("*")) {
    const stem = word.slice(0, -1);
    if (stem.length < 3) throw new PatternError(`"${source}": the stem "${alt}" is too short (at least 3 letters before *)`);
    return [{ kind: "stem", stem }];
  }
  // "opt-out" matches "opt-out" as one word and "opt out" as two.
  if (word.includes("-")) return [wordsOption([word]), wordsOption(word.split("-").filter(Boolean))];
  return [wordsOption([word])];
}

function wordsOption(words: string[]): Option {
  return { kind: "words", words, ids: words.map(wordId) };
}

/** Parses a pattern; throws PatternError with a reason a playbook author can act on. */
export function compilePattern(source: Pattern): CompiledPattern {
  // Words, gaps, and parenthesised groups of alternative phrases: "(arising from|caused by)".
  const parts = source.trim().match(/\([^()]*\)|[^\s()]+|[()]/g) ?? [];
  const elements: Element[] = [];
  for (const part of parts) {
    const gap = /^\.\.\.(\d{1,2})?$/.exec(part);
    if (gap) {
      const max = gap[1] ? Number(gap[1]) : GAP_WORDS;
      if (max < 1 || max > MAX_GAP_WORDS) throw new PatternError(`"${source}": a gap takes 1 to ${MAX_GAP_WORDS} words ("...${gap[1]}")`);
      if (elements.length === 0 || elements[elements.length - 1].kind === "gap") continue;
      elements.push({ kind: "gap", max });
      continue;
    }
    if (part.startsWith("(")) {
      if (!part.endsWith(")") || part.length < 3) throw new PatternError(`"${source}": unbalanced parenthesis in "${part}"`);
      const options: Option[] = [];
      for (const alt of part.slice(1, -1).split("|")) {
        const words = alt.trim().split(/\s+/).filter(Boolean);
        if (words.length === 0) throw new PatternError(`"${source}": empty alternative in "${part}"`);
        if (words.includes("...")) throw new PatternError(`"${source}": a gap cannot stand inside parentheses`);
        if (words.length === 1) options.push(...wordOptions(source, words[0]));
        else options.push({ kind: "seq", elements: words.map((w) => testElement(wordOptions(source, w))) });
      }
      elements.push(testElement(options));
      continue;
    }
    const options: Option[] = [];
    for (const alt of part.split("|")) options.push(...wordOptions(source, alt));
    elements.push(testElement(options));
  }
  while (elements.length > 0 && elements[elements.length - 1].kind === "gap") elements.pop();
  if (elements.length === 0) throw new PatternError(`"${source}": the pattern has no words`);
  const required = elements.filter((e): e is TestElement => e.kind === "test").map((e) => requirementOf(e.options));
  return { source, elements, required };
}

/**
 * The defined terms of one sentence, by start token: where a term starts at token i,
 * `end[i]` is the token after it and `mask[i]` the concepts it stands for (conceptBit);
 * `end[i]` is 0 where no term starts. Each token belongs to at most one term. Reused
 * from sentence to sentence, like TokenList.
 */
export class ConceptSpans {
  end = new Int32Array(64);
  mask = new Int32Array(64);
  /** The concepts of all the sentence's terms, or-ed. */
  all = 0;

  /** Clears the spans of a sentence of `length` tokens. */
  reset(length: number): void {
    this.all = 0;
    if (this.end.length < length) {
      const size = Math.max(length, 2 * this.end.length);
      this.end = new Int32Array(size);
      this.mask = new Int32Array(size);
    } else this.end.fill(0, 0, length);
  }

  /** Records a term from token `start` to before token `end`, standing for the concepts of `mask`. */
  add(start: number, end: number, mask: number): void {
    this.end[start] = end;
    this.mask[start] = mask;
    this.all |= mask;
  }
}

export function conceptBit(concept: Concept): number {
  return 1 << CONCEPTS.indexOf(concept);
}

/**
 * The matcher keeps its state in fields and allocates nothing per step: it runs
 * for every candidate pattern at every token of a 1,000-page agreement.
 */
// A compiled pattern's flat form (encode; PatternIndex lays its patterns end to end in one
// array): numbers the matcher walks by offset. Walking the element and option objects instead cost a cache miss at
// almost every step.
//   elements:  element* END
//   GAP max    (always followed by a TEST)
//   TEST next n id*n (sorted) m option*m      next: offset of the following element
//   options:   WORDS len id*len | STEM stem-number | CONCEPT bit | SEQ after elements
const END = 0;
const GAP = 1;
const TEST = 2;
const WORDS = 0;
const STEM = 1;
const CONCEPT = 2;
const SEQ = 3;

/**
 * The stems patterns name, numbered, and which of them a word starts with: the matcher
 * tests a stem by looking its number up among the word's, worked out once per word rather
 * than comparing strings at every token.
 */
class StemTable {
  private readonly stems: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Stem numbers by the stem's first three letters (every stem has at least three). */
  private readonly byPrefix = new Map<string, number[]>();

  number(stem: string): number {
    let n = this.numbers.get(stem);
    if (n === undefined) {
      n = this.stems.push(stem) - 1;
      this.numbers.set(stem, n);
      push(this.byPrefix, stem.slice(0, 3), n);
    }
    return n;
  }

  /** The numbers of the stems `word` starts with. */
  startsOf(word: string): number[] {
    const candidates = word.length >= 3 ? this.byPrefix.get(word.slice(0, 3)) : undefined;
    if (candidates === undefined) return [];
    return candidates.filter((n) => word.startsWith(this.stems[n]));
  }
}

function encode(elements: Element[], code: number[], stems: StemTable): void {
  for (const el of elements) {
    if (el.kind === "gap") {
      code.push(GAP, el.max);
      continue;
    }
    const at = code.length;
    code.push(TEST, 0, el.ids.length);
    for (const id of el.ids) code.push(id);
    code.push(el.rest.length);
    for (const o of el.rest) {
      if (o.kind === "words") {
        code.push(WORDS, o.ids.length);
        for (const id of o.ids) code.push(id);
      } else if (o.kind === "stem") code.push(STEM, stems.number(o.stem));
      else if (o.kind === "concept") code.push(CONCEPT, o.bit);
      else {
        const seq = code.length;
        code.push(SEQ, 0);
        encode(o.elements, code, stems);
        code[seq + 1] = code.length;
      }
    }
    code[at + 1] = code.length;
  }
  code.push(END);
}

class Matcher {
  /** Each token's word number in the patterns' vocabulary (knownWordId). */
  ids: Int32Array = new Int32Array(0);
  /** The stems each token's word starts with: stemsPool from stemsAt[keys[i]] to stemsAt[keys[i] + 1] (see StemTable). */
  keys: Int32Array = new Int32Array(0);
  stemsAt: Int32Array = new Int32Array(1);
  stemsPool: Int32Array = new Int32Array(0);
  spanEnd: Int32Array = new Int32Array(0);
  spanMask: Int32Array = new Int32Array(0);
  limit = 0;
  steps = 0;
  /** The patterns in flat form: one pattern's, for matchAt, or an index's end to end. */
  code: Int32Array = new Int32Array(1);

  /** Sets the sentence that `run` matches in (its tokens' words, stems and terms), and the code it matches. */
  load(ids: Int32Array, keys: Int32Array, stemsAt: Int32Array, stemsPool: Int32Array, spans: ConceptSpans, limit: number, code: Int32Array): void {
    this.ids = ids;
    this.keys = keys;
    this.stemsAt = stemsAt;
    this.stemsPool = stemsPool;
    this.spanEnd = spans.end;
    this.spanMask = spans.mask;
    this.limit = limit;
    this.code = code;
  }

  /** Matches the pattern whose code begins at offset `at`, starting exactly at token `start`: the end token index or -1. */
  run(at: number, start: number, work: WorkCounter | undefined): number {
    this.steps = 0;
    const end = this.from(at, start);
    if (work) {
      work.attempts++;
      work.steps += this.steps;
    }
    return end;
  }

  /** Matches the elements from offset `pc` on at token `pos`: where they end, or -1. */
  from(pc: number, pos: number): number {
    const code = this.code;
    const op = code[pc];
    if (op === END) return pos;
    if (++this.steps > STEP_BUDGET) return -1;
    if (op === GAP) {
      const last = Math.min(this.limit - 1, pos + code[pc + 1]);
      const t = pc + 2;
      const n = code[t + 2];
      // A TEST of single words only (the usual case): its words are looked for here, as test would, without calling it at each position.
      const wordsOnly = code[t + 3 + n] === 0;
      for (let p = pos; p <= last; p++) {
        let end: number;
        if (!wordsOnly) end = this.test(t, p);
        else if (hasId(code, t + 3, n, this.ids[p])) end = this.from(code[t + 1], p + 1);
        else continue;
        if (end >= 0) return end;
        if (this.steps > STEP_BUDGET) return -1;
      }
      return -1;
    }
    return this.test(pc, pos);
  }

  /** Tries the TEST at offset `pc` at token `pos` (its single words first, then its other options in order), then the rest of the pattern. */
  test(pc: number, pos: number): number {
    if (pos >= this.limit) return -1;
    const code = this.code;
    const next = code[pc + 1];
    const n = code[pc + 2];
    if (hasId(code, pc + 3, n, this.ids[pos])) {
      const end = this.from(next, pos + 1);
      if (end >= 0) return end;
    }
    let q = pc + 3 + n;
    const options = code[q++];
    for (let k = 0; k < options; k++) {
      let e = -1;
      switch (code[q]) {
        case WORDS: {
          const length = code[q + 1];
          if (pos + length <= this.limit) {
            e = pos + length;
            for (let w = 0; w < length; w++) {
              if (this.ids[pos + w] !== code[q + 2 + w]) {
                e = -1;
                break;
              }
            }
          }
          q += 2 + length;
          break;
        }
        case STEM: {
          const stem = code[q + 1];
          const w = this.keys[pos];
          for (let k = this.stemsAt[w], end = this.stemsAt[w + 1]; k < end; k++) {
            if (this.stemsPool[k] === stem) {
              e = pos + 1;
              break;
            }
          }
          q += 2;
          break;
        }
        case CONCEPT: {
          const end = this.spanEnd[pos];
          e = end !== 0 && end <= this.limit && (this.spanMask[pos] & code[q + 1]) !== 0 ? end : -1;
          q += 2;
          break;
        }
        default:
          e = this.from(q + 2, pos);
          q = code[q + 1];
      }
      if (e < 0) continue;
      const end = this.from(next, e);
      if (end >= 0) return end;
    }
    return -1;
  }
}

const shared = new Matcher();

/** Each token's word number in the patterns' vocabulary, for matchAt. */
export function vocabularyIdsOf(tokens: TokenList): Int32Array {
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = knownWordId(tokens.norm(i));
  return ids;
}

/**
 * Matches `pattern` starting exactly at token `start`; returns the end token index or -1.
 * `ids` are the tokens' numbers in the patterns' vocabulary (vocabularyIdsOf), worked out here when not given.
 */
export function matchAt(
  pattern: CompiledPattern,
  tokens: TokenList,
  spans: ConceptSpans,
  start: number,
  limit = tokens.length,
  work?: WorkCounter,
  ids: Int32Array = vocabularyIdsOf(tokens),
): number {
  let flat = FLAT_PATTERNS.get(pattern);
  if (flat === undefined) {
    const code: number[] = [];
    const stems = new StemTable();
    encode(pattern.elements, code, stems);
    FLAT_PATTERNS.set(pattern, (flat = { code: Int32Array.from(code), stems }));
  }
  // Each token is its own row of stems.
  const keys = new Int32Array(tokens.length);
  const stemsAt = new Int32Array(tokens.length + 1);
  const stemsPool: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    keys[i] = i;
    stemsPool.push(...flat.stems.startsOf(tokens.norm(i)));
    stemsAt[i + 1] = stemsPool.length;
  }
  shared.load(ids, keys, stemsAt, Int32Array.from(stemsPool), spans, limit, flat.code);
  return shared.run(0, start, work);
}

/** The flat form of the patterns matchAt has matched (the review's own are in its PatternIndex). */
const FLAT_PATTERNS = new WeakMap<CompiledPattern, { code: Int32Array; stems: StemTable }>();

/** A review needed more work than its bound allows: a playbook whose phrases are tried almost everywhere. */
export class WorkLimitExceeded extends Error {
  constructor(readonly words: number) {
    super(
      `The checklist needs too much work on this document (stopped at word ${words}): ` +
        "some of its phrases start with words so common that they are tried almost everywhere. Start each phrase with a distinctive word.",
    );
    this.name = "WorkLimitExceeded";
  }
}

/** Counts the matcher's work, so tests can bound work rather than time. */
export interface WorkCounter {
  tokens: number;
  attempts: number;
  steps: number;
}

/** Receives pattern occurrences from PatternIndex.scan: the owner given to `add`, start and end token. Long-lived: see HitTable in review.ts. */
export interface HitSink {
  hit(owner: number, start: number, end: number): void;
}

/**
 * An index of compiled patterns by what their first element can match, so that a
 * sentence tries only the patterns whose first word, stem or concept it contains.
 *
 * Everything the scan reads per token is in typed arrays, by number: patterns (entries,
 * in the order added), words (numbered as the index first meets them, and kept across
 * documents) and requirements. The objects this replaced were scattered over the heap,
 * and loading them cost a cache miss at almost every token.
 */
export class PatternIndex {
  // Entries, by number: the owner given to `add`, where the pattern starts in `code`,
  // how much of the matcher it needs (see entryKind), and the stamp of the last start it was tried at.
  private entries = 0;
  private owner = new Int32Array(64);
  private codeAt = new Int32Array(64);
  private kind = new Uint8Array(64);
  /** For a CONCEPT_THEN_WORD entry, the concepts its first position accepts (conceptBit, or-ed). */
  private firstConcepts = new Int32Array(64);
  private tried = new Int32Array(64);
  /** Each entry's requirement numbers (see `add`), for laying out the per-word lists. */
  private readonly entryRequired: number[][] = [];
  /** Every pattern's elements in flat form, end to end (see encode), and the stems they name. */
  private codeList: number[] = [];
  private code = new Int32Array(1);
  private readonly stems = new StemTable();

  // What starts patterns, by the first element's options.
  private readonly byWord = new Map<string, number[]>();
  /** By the stem's number in `stems`. */
  private readonly byStem = new Map<number, number[]>();
  private readonly byConcept: number[][] = CONCEPTS.map(() => []);
  /** Per concept, laid out by `begin` after `add`: its entries, their requirements (see `viable`), and room for the viable ones. */
  private conceptStarts: Int32Array[] = [];
  private conceptRequired: Int32Array[] = [];
  private conceptViable: Int32Array[] = [];
  private readonly conceptCount = new Int32Array(CONCEPTS.length);
  private readonly conceptChecked = new Int32Array(CONCEPTS.length);
  private stale = true;

  /**
   * Each distinct requirement (see CompiledPattern.required) by number, and the
   * requirements each word, stem and concept meets: a sentence marks the requirements
   * its words and terms meet, and a pattern is viable when all of its own are marked
   * (integer compares, no hashing).
   */
  private readonly setIds = new Map<string, number>();
  private readonly setsByWord = new Map<string, number[]>();
  /** Requirements met by a stem, by the stem's number in `stems`. */
  private readonly setsByStem = new Map<number, number[]>();
  private readonly setsByConcept: number[][] = CONCEPTS.map(() => []);
  /** Sentence number that last saw each requirement. */
  private setSeen = new Int32Array(0);

  /**
   * Words, numbered in the order the index first meets them (`known`, by the word itself): what
   * a word starts and meets depends only on the patterns, so a batch of documents looks each
   * word up once. Per word number:
   *   vocabulary   its number in the patterns' vocabulary (knownWordId), or -1;
   *   startsAt     where its entries begin in `startsPool` (they end where the next word's begin);
   *                `viablePool` has the same room, for those viable in the sentence `viableIn`
   *                (the first `viableCount`);
   *   requiredAt   where its entries' requirements begin in `requiredPool`, each entry's count
   *                then its numbers;
   *   setsAt       where the requirements it meets begin in `setsPool`;
   *   stemsAt      where the numbers of the stems it starts with begin in `stemsPool` (see StemTable);
   *   seen         the sentence that last marked those requirements;
   *   open         1 when none of its entries has a requirement: all are viable in every
   *                sentence, and `viablePool` holds them for good (most words that start
   *                anything start only one-word patterns).
   */
  private readonly known = new Map<string, number>();
  private wordCount = 0;
  private vocabulary = new Int32Array(256);
  private seen = new Int32Array(256);
  private viableIn = new Int32Array(256);
  private viableCount = new Int32Array(256);
  private open = new Uint8Array(256);
  private startsAt = new Int32Array(257);
  private requiredAt = new Int32Array(257);
  private setsAt = new Int32Array(257);
  private stemsAt = new Int32Array(257);
  private startsPool = new Int32Array(1024);
  private viablePool = new Int32Array(1024);
  private requiredPool = new Int32Array(1024);
  private setsPool = new Int32Array(1024);
  private stemsPool = new Int32Array(256);
  /** The current document's word numbers (its WordTable's) -> the index's word number + 1, or 0 before the first lookup. */
  private documentWords = new Int32Array(1024);

  /** The current sentence's tokens as the index's word numbers, and as vocabulary numbers: buffers reused between sentences. */
  private keys = new Int32Array(256);
  private ids = new Int32Array(256);
  /** Marks an entry as tried at the current start, without a set per token. */
  private stamp = 0;
  /** Numbers sentences, so each pattern's viability is worked out once per sentence. */
  private sentence = 0;
  /** Where the sentence being scanned sends its hits, and counts its work. */
  private sink: HitSink | undefined = undefined;
  private work: WorkCounter | undefined = undefined;

  add(pattern: CompiledPattern, owner: number): void {
    const first = pattern.elements[0];
    if (first.kind !== "test") throw new PatternError(`"${pattern.source}": a pattern cannot start with a gap`);
    const firstOptions = first.options.flatMap((o) => (o.kind === "seq" ? (o.elements[0] as TestElement).options : [o]));
    // The first position is met wherever the pattern is tried (it starts there); a position that
    // accepts a word found in nearly every sentence rules nothing out. The rest are checked
    // narrowest first, so most patterns fail on their first check.
    const required = pattern.required
      .slice(1)
      .filter((r) => ![...r.words].some((w) => COMMON_WORDS.has(w)))
      .sort((a, b) => breadth(a) - breadth(b))
      .map((r) => {
        const key = `${[...r.words].sort().join(" ")}|${[...r.stems].sort().join(" ")}|${r.concepts}`;
        let id = this.setIds.get(key);
        if (id === undefined) {
          id = this.setIds.size;
          this.setIds.set(key, id);
          for (const w of r.words) push(this.setsByWord, w, id);
          for (const stem of r.stems) push(this.setsByStem, this.stems.number(stem), id);
          for (let c = 0; c < CONCEPTS.length; c++) if (r.concepts & (1 << c)) this.setsByConcept[c].push(id);
        }
        return id;
      });
    const e = this.entries++;
    if (e === this.owner.length) {
      const size = 2 * e;
      this.owner = grown(this.owner, size);
      this.codeAt = grown(this.codeAt, size);
      this.kind = grown(this.kind, size);
      this.firstConcepts = grown(this.firstConcepts, size);
      this.tried = grown(this.tried, size);
    }
    this.owner[e] = owner;
    this.codeAt[e] = this.codeList.length;
    encode(pattern.elements, this.codeList, this.stems);
    this.kind[e] = entryKind(pattern);
    for (const option of (pattern.elements[0] as TestElement).options) if (option.kind === "concept") this.firstConcepts[e] |= option.bit;
    this.entryRequired.push(required);
    for (const option of firstOptions) {
      if (option.kind === "words") push(this.byWord, option.words[0], e);
      else if (option.kind === "stem") push(this.byStem, this.stems.number(option.stem), e);
      else if (option.kind === "concept") this.byConcept[CONCEPTS.indexOf(option.concept)].push(e);
    }
    this.stale = true; // what a word starts has changed
  }

  /**
   * Starts a document (whose tokens are numbered in one WordTable): forgets the previous
   * document's word numbers. Stamps and sentence numbers carry on from document to document,
   * so no mark left by an earlier one can pass for a current one.
   */
  begin(): void {
    if (this.stale || this.known.size > MAX_KNOWN_WORDS) this.forgetWords();
    if (this.stale) {
      this.code = Int32Array.from(this.codeList);
      this.setSeen = new Int32Array(this.setIds.size);
      this.conceptStarts = this.byConcept.map((entries) => Int32Array.from(entries));
      this.conceptRequired = this.byConcept.map((entries) => this.requirementsOf(entries));
      this.conceptViable = this.byConcept.map((entries) => new Int32Array(entries.length));
      this.stale = false;
    }
    // Marks are compared for equality with the current stamp or sentence: restart them all
    // together long before they could overflow an Int32Array.
    if (this.stamp > RESTART_MARKS || this.sentence > RESTART_MARKS) {
      this.stamp = 0;
      this.sentence = 0;
      this.tried.fill(0);
      this.seen.fill(0);
      this.viableIn.fill(0);
      this.setSeen.fill(0);
      this.conceptChecked.fill(0);
    }
    this.documentWords.fill(0);
  }

  private forgetWords(): void {
    this.known.clear();
    this.wordCount = 0;
    this.startsAt[0] = 0;
    this.requiredAt[0] = 0;
    this.setsAt[0] = 0;
    this.stemsAt[0] = 0;
  }

  /** The index's number for the word of token i, learning the word on first sight. */
  private wordOf(tokens: TokenList, i: number): number {
    const id = tokens.ids[i];
    if (id >= this.documentWords.length) this.documentWords = grown(this.documentWords, Math.max(id + 1, 2 * this.documentWords.length));
    const numbered = this.documentWords[id];
    if (numbered !== 0) return numbered - 1;
    const norm = tokens.table.words[id];
    const w = this.known.get(norm) ?? this.learn(norm);
    this.documentWords[id] = w + 1;
    return w;
  }

  /** Numbers a word the index has not met, and lays out what it starts and meets. */
  private learn(norm: string): number {
    // Word entries first, then stems, in the order the patterns were added: the order of
    // attempts at a token decides the order of hits, and so of matches.
    const wordStems = this.stems.startsOf(norm);
    const starts = [...(this.byWord.get(norm) ?? [])];
    const stemStarts = wordStems.flatMap((n) => this.byStem.get(n) ?? []).sort((a, b) => a - b);
    for (const e of stemStarts) if (!starts.includes(e)) starts.push(e);
    const sets = (this.setsByWord.get(norm) ?? []).concat(wordStems.flatMap((n) => this.setsByStem.get(n) ?? []));
    const required = this.requirementsOf(starts);

    const w = this.wordCount++;
    if (w + 1 >= this.vocabulary.length) {
      const size = 2 * this.vocabulary.length;
      this.vocabulary = grown(this.vocabulary, size);
      this.seen = grown(this.seen, size);
      this.viableIn = grown(this.viableIn, size);
      this.viableCount = grown(this.viableCount, size);
      this.open = grown(this.open, size);
      this.startsAt = grown(this.startsAt, size + 1);
      this.requiredAt = grown(this.requiredAt, size + 1);
      this.setsAt = grown(this.setsAt, size + 1);
      this.stemsAt = grown(this.stemsAt, size + 1);
    }
    this.vocabulary[w] = knownWordId(norm);
    this.seen[w] = 0;
    this.viableIn[w] = 0;
    this.startsPool = withRoom(this.startsPool, this.startsAt[w] + starts.length);
    this.viablePool = withRoom(this.viablePool, this.startsAt[w] + starts.length);
    this.startsPool.set(starts, this.startsAt[w]);
    let open = 1;
    for (const e of starts) if (this.entryRequired[e].length > 0) open = 0;
    this.open[w] = open;
    if (open === 1) this.viablePool.set(starts, this.startsAt[w]);
    this.startsAt[w + 1] = this.startsAt[w] + starts.length;
    this.requiredPool = withRoom(this.requiredPool, this.requiredAt[w] + required.length);
    this.requiredPool.set(required, this.requiredAt[w]);
    this.requiredAt[w + 1] = this.requiredAt[w] + required.length;
    this.setsPool = withRoom(this.setsPool, this.setsAt[w] + sets.length);
    this.setsPool.set(sets, this.setsAt[w]);
    this.setsAt[w + 1] = this.setsAt[w] + sets.length;
    this.stemsPool = withRoom(this.stemsPool, this.stemsAt[w] + wordStems.length);
    this.stemsPool.set(wordStems, this.stemsAt[w]);
    this.stemsAt[w + 1] = this.stemsAt[w] + wordStems.length;
    this.known.set(norm, w);
    return w;
  }

  /** The requirements of `entries`, each entry's count then its numbers, end to end (see `viable`). */
  private requirementsOf(entries: number[]): Int32Array {
    const out: number[] = [];
    for (const e of entries) {
      const required = this.entryRequired[e];
      out.push(required.length);
      for (const r of required) out.push(r);
    }
    return Int32Array.from(out);
  }

  /** Calls `sink.hit` for every pattern occurrence in the tokens: owner, start and end token. */
  scan(
    tokens: TokenList,
    spans: ConceptSpans,
    sink: HitSink,
    work?: WorkCounter,
    /** Checked at each word: over it, the scan throws WorkLimitExceeded (needs `work`). */
    workLimit = Infinity,
  ): void {
    const limit = tokens.length;
    if (work) work.tokens += limit;
    const sentence = ++this.sentence;
    if (this.keys.length < limit) {
      this.keys = new Int32Array(Math.max(limit, 2 * this.keys.length));
      this.ids = new Int32Array(this.keys.length);
    }
    const keys = this.keys;
    // Words are looked up first: learning a word may grow the arrays read below.
    for (let i = 0; i < limit; i++) keys[i] = this.wordOf(tokens, i);
    const { ids, vocabulary, seen, setsAt, setsPool, setSeen } = this;
    for (let i = 0; i < limit; i++) {
      const w = keys[i];
      ids[i] = vocabulary[w];
      if (seen[w] === sentence) continue;
      seen[w] = sentence;
      for (let q = setsAt[w], end = setsAt[w + 1]; q < end; q++) setSeen[setsPool[q]] = sentence;
    }
    for (let c = 0, concepts = spans.all; concepts !== 0; c++, concepts >>>= 1) {
      if ((concepts & 1) === 0) continue;
      const sets = this.setsByConcept[c];
      for (let k = 0; k < sets.length; k++) setSeen[sets[k]] = sentence;
    }
    shared.load(ids, keys, this.stemsAt, this.stemsPool, spans, limit, this.code);
    this.sink = sink;
    this.work = work;
    const { startsAt, viablePool, open } = this;
    for (let i = 0; i < limit; i++) {
      if (work && work.attempts + work.steps > workLimit) throw new WorkLimitExceeded(work.tokens);
      // A pattern reachable through several options ("train|train*", a word and a concept) is tried once per start.
      const stamp = ++this.stamp;
      const w = keys[i];
      const from = startsAt[w];
      const end = open[w] === 1 ? startsAt[w + 1] : from + this.viableStarts(w, sentence);
      for (let k = from; k < end; k++) this.attempt(viablePool[k], stamp, i);
      if (spans.end[i] !== 0) {
        for (let c = 0, mask = spans.mask[i]; mask !== 0; c++, mask >>>= 1) {
          if ((mask & 1) === 0) continue;
          const count = this.viableForConcept(c, sentence);
          const entries = this.conceptViable[c];
          for (let k = 0; k < count; k++) this.attempt(entries[k], stamp, i);
        }
      }
    }
  }

  /**
   * How many patterns that start with concept `c` are viable in the sentence (the first of
   * conceptViable[c]), worked out once per sentence: a party or data term recurs in most
   * sentences and starts dozens of patterns, few of them viable there.
   */
  private viableForConcept(c: number, sentence: number): number {
    if (this.conceptChecked[c] === sentence) return this.conceptCount[c];
    this.conceptChecked[c] = sentence;
    const starts = this.conceptStarts[c];
    this.conceptCount[c] = this.viable(starts, 0, starts.length, this.conceptRequired[c], 0, this.conceptViable[c], 0, sentence);
    return this.conceptCount[c];
  }

  /** How many patterns that start with word `w` are viable in the sentence (see viablePool), worked out once per sentence however often the word occurs in it. */
  private viableStarts(w: number, sentence: number): number {
    if (this.viableIn[w] === sentence) return this.viableCount[w];
    this.viableIn[w] = sentence;
    const from = this.startsAt[w];
    const count = this.viable(this.startsPool, from, this.startsAt[w + 1], this.requiredPool, this.requiredAt[w], this.viablePool, from, sentence);
    this.viableCount[w] = count;
    return count;
  }

  /**
   * Copies to `out` from `at` the entries of starts[from, to) whose requirements (`required`
   * from `q`: each entry's count then its requirement numbers, end to end) the sentence meets;
   * returns how many.
   */
  private viable(starts: Int32Array, from: number, to: number, required: Int32Array, q: number, out: Int32Array, at: number, sentence: number): number {
    const setSeen = this.setSeen;
    let count = 0;
    for (let k = from; k < to; k++) {
      const n = required[q++];
      let met = true;
      for (let r = 0; r < n; r++) {
        if (setSeen[required[q + r]] !== sentence) {
          met = false;
          break;
        }
      }
      q += n;
      if (met) out[at + count++] = starts[k];
    }
    return count;
  }

  /** Tries viable entry `e` at token `i` of the sentence being scanned (see scan). */
  private attempt(e: number, stamp: number, i: number): void {
    if (this.tried[e] === stamp) return;
    this.tried[e] = stamp;
    const kind = this.kind[e];
    let end: number;
    if (kind === SINGLE_WORD || kind === SINGLE_CONCEPT) {
      // Reached through its word, stem or concept at token i, a one-position pattern matches there.
      end = kind === SINGLE_WORD ? i + 1 : shared.spanEnd[i];
      if (this.work) {
        this.work.attempts++;
        this.work.steps++;
      }
    } else if (kind !== MATCHER && !this.secondMatches(e, kind, i)) {
      // What the matcher would have found, and counted, in as many steps.
      if (this.work) {
        this.work.attempts++;
        this.work.steps += kind === WORD_THEN_WORD ? 2 : 1 + bitCount(shared.spanMask[i] & this.firstConcepts[e]);
      }
      return;
    } else end = shared.run(this.codeAt[e], i, this.work);
    if (end >= 0) this.sink!.hit(this.owner[e], i, end);
  }

  /**
   * For a WORD_THEN_WORD or CONCEPT_THEN_WORD entry tried at token i (where its first position
   * matches): whether the word after that position is one its second position accepts. Most
   * attempts of such patterns ("{licensee} may|can", "as is") end there, and the check is one
   * array read instead of a matcher run.
   */
  private secondMatches(e: number, kind: number, i: number): boolean {
    const next = kind === WORD_THEN_WORD ? i + 1 : shared.spanEnd[i];
    if (next >= shared.limit) return false;
    const code = this.code;
    const second = code[this.codeAt[e] + 1];
    return hasId(code, second + 3, code[second + 2], shared.ids[next]);
  }
}

/** An Int32Array with room for `size` numbers: `pool` itself when it has it. */
function withRoom<A extends Int32Array>(pool: A, size: number): A {
  return size <= pool.length ? pool : grown(pool, Math.max(size, 2 * pool.length));
}

/** Distinct words an index remembers across documents before it starts afresh (a batch of thousands of files). */
const MAX_KNOWN_WORDS = 200_000;

/** Stamps and sentence numbers past this start again from zero (see PatternIndex.begin). */
const RESTART_MARKS = 1 << 30;

/** Words nearly every sentence of an agreement contains: a requirement that accepts one of them is not worth checking. */
const COMMON_WORDS = new Set([
  "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by", "with", "any", "all", "its", "their", "this", "that",
  "such", "be", "is", "are", "shall", "will", "may", "must", "not", "as", "at", "from", "under", "other",
]);

/** How much a requirement accepts: a term of a concept counts as many words. */
function breadth(r: Requirement): number {
  return r.words.size + r.stems.size + 20 * bitCount(r.concepts);
}

/** PatternIndex's entry kinds: a pattern that needs the matcher, or one of one position that does not. */
const MATCHER = 0;
/** One position of single words and stems: matches at the token that started it. */
const SINGLE_WORD = 1;
/** One position of concepts only: matches the term that started it. */
const SINGLE_CONCEPT = 2;
/** Single words, then (no gap) single words: the matcher runs only if the next token is one of the second. */
const WORD_THEN_WORD = 3;
/** Concepts, then (no gap) single words: the matcher runs only if the token after the term is one of the second. */
const CONCEPT_THEN_WORD = 4;

function entryKind(pattern: CompiledPattern): number {
  const [first, second] = pattern.elements as [TestElement, Element | undefined];
  const options = first.options;
  if (second === undefined) {
    if (options.every((o) => (o.kind === "words" && o.words.length === 1) || o.kind === "stem")) return SINGLE_WORD;
    if (options.every((o) => o.kind === "concept")) return SINGLE_CONCEPT;
    return MATCHER;
  }
  if (second.kind !== "test" || second.rest.length > 0 || second.ids.length === 0) return MATCHER;
  if (first.rest.length === 0 && first.ids.length > 0) return WORD_THEN_WORD;
  if (first.ids.length === 0 && options.every((o) => o.kind === "concept")) return CONCEPT_THEN_WORD;
  return MATCHER;
}

function bitCount(bits: number): number {
  let count = 0;
  for (; bits !== 0; bits &= bits - 1) count++;
  return count;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
