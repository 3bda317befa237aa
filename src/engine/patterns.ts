// Checklist patterns: phrases matched word by word over tokens, never regular
// expressions, so a playbook cannot make a review hang. A pattern is compiled once
// per review; an index from each pattern's first word (or stem, or concept) to the
// patterns that start with it means a sentence only tries the patterns whose first
// word it contains. Gaps are bounded, and every attempt has a step budget, so the
// work per token is bounded whatever the pattern or the text.

import type { Concept, Pattern } from "./types";
import { CONCEPTS } from "./types";
import type { TokenList } from "./text";

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
  /** The elements in flat form, for the matcher (see encode), and the stems it names by index. */
  code: Int32Array;
  stems: string[];
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
  const code: number[] = [];
  const stems: string[] = [];
  encode(elements, code, stems);
  return { source, elements, required, code: Int32Array.from(code), stems };
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

  /** Clears the spans of a sentence of `length` tokens. */
  reset(length: number): void {
    if (this.end.length < length) {
      const size = Math.max(length, 2 * this.end.length);
      this.end = new Int32Array(size);
      this.mask = new Int32Array(size);
    } else this.end.fill(0, 0, length);
  }
}

export function conceptBit(concept: Concept): number {
  return 1 << CONCEPTS.indexOf(concept);
}

/**
 * The matcher keeps its state in fields and allocates nothing per step: it runs
 * for every candidate pattern at every token of a 1,000-page agreement.
 */
// A compiled pattern's flat form, CompiledPattern.code: one array of numbers the matcher
// walks by offset. Walking the element and option objects instead cost a cache miss at
// almost every step.
//   elements:  element* END
//   GAP max    (always followed by a TEST)
//   TEST next n id*n (sorted) m option*m      next: offset of the following element
//   options:   WORDS len id*len | STEM stem-index | CONCEPT bit | SEQ after elements
const END = 0;
const GAP = 1;
const TEST = 2;
const WORDS = 0;
const STEM = 1;
const CONCEPT = 2;
const SEQ = 3;

function encode(elements: Element[], code: number[], stems: string[]): void {
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
      } else if (o.kind === "stem") code.push(STEM, stems.push(o.stem) - 1);
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
  /** The document's words, and each token's number among them. */
  words: readonly string[] = [];
  tokenIds: Int32Array = new Int32Array(0);
  /** Each token's word number in the patterns' vocabulary (knownWordId). */
  ids: Int32Array = new Int32Array(0);
  spanEnd: Int32Array = new Int32Array(0);
  spanMask: Int32Array = new Int32Array(0);
  limit = 0;
  steps = 0;
  /** The pattern being matched. */
  code: Int32Array = new Int32Array(1);
  stems: readonly string[] = [];

  /** Sets the sentence that `run` matches in. */
  load(tokens: TokenList, spans: ConceptSpans, ids: Int32Array, limit: number): void {
    this.words = tokens.table.words;
    this.tokenIds = tokens.ids;
    this.ids = ids;
    this.spanEnd = spans.end;
    this.spanMask = spans.mask;
    this.limit = limit;
  }

  /** Matches `pattern` starting exactly at token `start` of the loaded sentence: the end token index or -1. */
  run(pattern: CompiledPattern, start: number, work: WorkCounter | undefined): number {
    this.steps = 0;
    this.code = pattern.code;
    this.stems = pattern.stems;
    const end = this.from(0, start);
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
      for (let p = pos; p <= last; p++) {
        const end = this.test(pc + 2, p);
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
        case STEM:
          e = this.words[this.tokenIds[pos]].startsWith(this.stems[code[q + 1]]) ? pos + 1 : -1;
          q += 2;
          break;
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
  shared.load(tokens, spans, ids, limit);
  return shared.run(pattern, start, work);
}

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

/** Receives pattern occurrences from PatternIndex.scan. Long-lived: see HitTable in review.ts. */
export interface HitSink<T> {
  hit(owner: T, start: number, end: number): void;
}

/**
 * An index of compiled patterns by what their first element can match, so that a
 * sentence tries only the patterns whose first word, stem or concept it contains.
 */
export class PatternIndex<T> {
  private readonly byWord = new Map<string, Array<IndexEntry<T>>>();
  /** Stems by their first three letters (every stem has at least three). */
  private readonly byStemPrefix = new Map<string, Array<{ stem: string; entry: IndexEntry<T> }>>();
  private readonly byConcept: Array<Array<IndexEntry<T>> | undefined> = new Array(CONCEPTS.length);
  /** Each concept's entries' requirements, end to end (see `viable`); laid out again by `begin` after `add`. */
  private readonly conceptRequired: Int32Array[] = CONCEPTS.map(() => new Int32Array(0));
  private conceptRequiredStale = false;
  /**
   * Each distinct requirement (see CompiledPattern.required) by number, and the
   * requirements each word, stem and concept meets: a sentence marks the requirements
   * its words and terms meet, and a pattern is viable when all of its own are marked
   * (integer compares, no hashing).
   */
  private readonly setIds = new Map<string, number>();
  private readonly setsByWord = new Map<string, number[]>();
  /** Requirements met by a stem, by the stem's first three letters. */
  private readonly setsByStemPrefix = new Map<string, Array<{ stem: string; set: number }>>();
  private readonly setsByConcept: number[][] = CONCEPTS.map(() => []);
  /** Sentence number that last saw each required set. */
  private setSeen = new Int32Array(0);
  /**
   * What the index knows of each distinct word, by the word's number in the current
   * document: a 1,000-page agreement repeats a few thousand words, so the lookups run per
   * distinct word instead of per token. What a word starts and meets depends only on the
   * patterns, so it is kept across documents too (`known`, by the word itself); the
   * per-sentence marks in it use sentence numbers that never restart, so they need no reset.
   */
  private words: Array<WordInfo<T> | undefined> = [];
  private readonly known = new Map<string, WordInfo<T>>();
  /** Words of the current sentence's tokens, and their numbers: buffers reused between sentences. */
  private infos: Array<WordInfo<T>> = [];
  private ids = new Int32Array(256);
  /** Per concept, its viable patterns in the sentence numbered conceptChecked[c]: the first conceptCount[c]. */
  private readonly conceptViable: Array<Array<IndexEntry<T>>> = CONCEPTS.map(() => []);
  private readonly conceptCount = new Int32Array(CONCEPTS.length);
  private readonly conceptChecked = new Int32Array(CONCEPTS.length);
  /** Marks a pattern as tried at the current start, without a set per token. */
  private stamp = 0;
  /** Where the sentence being scanned sends its hits, and counts its work. */
  private sink: HitSink<T> | undefined = undefined;
  private work: WorkCounter | undefined = undefined;
  /** Numbers sentences, so each pattern's viability is worked out once per sentence. */
  private sentence = 0;

  add(pattern: CompiledPattern, owner: T): void {
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
          for (const stem of r.stems) push(this.setsByStemPrefix, stem.slice(0, 3), { stem, set: id });
          for (let c = 0; c < CONCEPTS.length; c++) if (r.concepts & (1 << c)) this.setsByConcept[c].push(id);
        }
        return id;
      });
    const entry: IndexEntry<T> = { pattern, owner, required, tried: -1, single: singleKind(pattern) };
    for (const option of firstOptions) {
      if (option.kind === "words") push(this.byWord, option.words[0], entry);
      else if (option.kind === "stem") push(this.byStemPrefix, option.stem.slice(0, 3), { stem: option.stem, entry });
      else if (option.kind === "concept") {
        const c = CONCEPTS.indexOf(option.concept);
        (this.byConcept[c] ??= []).push(entry);
        this.conceptRequiredStale = true;
      }
    }
    this.known.clear(); // what a word starts has changed
  }

  /**
   * Starts a document (whose tokens are numbered in one WordTable): forgets the previous
   * document's word numbers. Stamps and sentence numbers carry on from document to document,
   * so no mark left by an earlier one can pass for a current one.
   */
  begin(): void {
    this.words = [];
    this.infos = [];
    if (this.setSeen.length !== this.setIds.size) this.setSeen = new Int32Array(this.setIds.size);
    if (this.known.size > MAX_KNOWN_WORDS) this.known.clear();
    if (this.conceptRequiredStale) {
      this.byConcept.forEach((entries, c) => (this.conceptRequired[c] = entries ? requirementsOf(entries) : new Int32Array(0)));
      this.conceptRequiredStale = false;
    }
  }

  private wordInfo(tokens: TokenList, i: number): WordInfo<T> {
    const id = tokens.ids[i];
    const numbered = this.words[id];
    if (numbered !== undefined) return numbered;
    const norm = tokens.table.words[id];
    // Grown in order: a store far past the end would turn the array into a slow dictionary.
    while (this.words.length < id) this.words.push(undefined);
    const known = this.known.get(norm);
    if (known !== undefined) return (this.words[id] = known);
    // Word entries first, then stems, in the order the patterns were added: the order of
    // attempts at a token decides the order of hits, and so of matches.
    const starts: Array<IndexEntry<T>> = [...(this.byWord.get(norm) ?? [])];
    if (norm.length >= 3) {
      const stems = this.byStemPrefix.get(norm.slice(0, 3));
      if (stems) for (const s of stems) if (norm.startsWith(s.stem) && !starts.includes(s.entry)) starts.push(s.entry);
    }
    let sets = this.setsByWord.get(norm) ?? NO_SETS;
    const stemSets = norm.length >= 3 ? this.setsByStemPrefix.get(norm.slice(0, 3)) : undefined;
    if (stemSets) {
      const met = stemSets.filter((s) => norm.startsWith(s.stem)).map((s) => s.set);
      if (met.length > 0) sets = sets.concat(met);
    }
    const info: WordInfo<T> = { starts, required: requirementsOf(starts), sets, seen: 0, id: knownWordId(norm), viable: [], viableCount: 0, viableIn: 0 };
    this.known.set(norm, info);
    this.words[id] = info;
    return info;
  }

  /** Calls `sink.hit` for every pattern occurrence in the tokens: owner, start and end token. */
  scan(
    tokens: TokenList,
    spans: ConceptSpans,
    sink: HitSink<T>,
    work?: WorkCounter,
    /** Checked at each word: over it, the scan throws WorkLimitExceeded (needs `work`). */
    workLimit = Infinity,
  ): void {
    const limit = tokens.length;
    if (work) work.tokens += limit;
    const sentence = ++this.sentence;
    const setSeen = this.setSeen;
    const infos = this.infos;
    if (this.ids.length < limit) this.ids = new Int32Array(Math.max(limit, 2 * this.ids.length));
    const ids = this.ids;
    for (let i = 0; i < limit; i++) {
      const info = this.wordInfo(tokens, i);
      infos[i] = info;
      ids[i] = info.id;
      if (info.seen === sentence) continue;
      info.seen = sentence;
      const sets = info.sets;
      for (let k = 0; k < sets.length; k++) setSeen[sets[k]] = sentence;
    }
    let concepts = 0;
    for (let i = 0; i < limit; i++) if (spans.end[i] !== 0) concepts |= spans.mask[i];
    for (let c = 0; concepts !== 0; c++, concepts >>>= 1) {
      if ((concepts & 1) === 0) continue;
      const sets = this.setsByConcept[c];
      for (let k = 0; k < sets.length; k++) setSeen[sets[k]] = sentence;
    }
    shared.load(tokens, spans, ids, limit);
    this.sink = sink;
    this.work = work;
    for (let i = 0; i < limit; i++) {
      if (work && work.attempts + work.steps > workLimit) throw new WorkLimitExceeded(work.tokens);
      // A pattern reachable through several options ("train|train*", a word and a concept) is tried once per start.
      const stamp = ++this.stamp;
      const info = infos[i];
      const count = this.viableStarts(info, sentence);
      const viable = info.viable;
      for (let k = 0; k < count; k++) this.attempt(viable[k], stamp, i);
      if (spans.end[i] !== 0) {
        for (let c = 0, mask = spans.mask[i]; mask !== 0; c++, mask >>>= 1) {
          if ((mask & 1) === 0 || this.byConcept[c] === undefined) continue;
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
    this.conceptCount[c] = this.viable(this.byConcept[c]!, this.conceptRequired[c], this.conceptViable[c], sentence);
    return this.conceptCount[c];
  }

  /** Whether the sentence meets each of the pattern's requirements (cached per sentence). */

  /**
   * The viable patterns that start with a word, worked out once per sentence however often the
   * word occurs in it: the first `viableCount` of `info.viable` (a count, not `length = 0`,
   * which showed in profiles).
   */
  private viableStarts(info: WordInfo<T>, sentence: number): number {
    if (info.viableIn === sentence) return info.viableCount;
    info.viableIn = sentence;
    info.viableCount = this.viable(info.starts, info.required, info.viable, sentence);
    return info.viableCount;
  }

  /**
   * Copies to `out` the entries of `starts` whose requirements (`required`: each entry's
   * count then its requirement numbers, end to end) the sentence meets; returns how many.
   * Reads adjacent numbers, not the entries.
   */
  private viable(starts: Array<IndexEntry<T>>, required: Int32Array, out: Array<IndexEntry<T>>, sentence: number): number {
    const setSeen = this.setSeen;
    let count = 0;
    for (let k = 0, q = 0; k < starts.length; k++) {
      const n = required[q++];
      let met = true;
      for (let r = 0; r < n; r++) {
        if (setSeen[required[q + r]] !== sentence) {
          met = false;
          break;
        }
      }
      q += n;
      if (met) out[count++] = starts[k];
    }
    return count;
  }

  /** Tries viable pattern entry `e` at token `i` of the sentence being scanned (see scan). */
  private attempt(e: IndexEntry<T>, stamp: number, i: number): void {
    if (e.tried === stamp) return;
    e.tried = stamp;
    let end: number;
    if (e.single === SINGLE_WORD || e.single === SINGLE_CONCEPT) {
      // Reached through its word, stem or concept at token i, a one-position pattern matches there.
      end = e.single === SINGLE_WORD ? i + 1 : shared.spanEnd[i];
      if (this.work) {
        this.work.attempts++;
        this.work.steps++;
      }
    } else end = shared.run(e.pattern, i, this.work);
    if (end >= 0) this.sink!.hit(e.owner, i, end);
  }
}

const NO_SETS: number[] = [];

/** Distinct words an index remembers across documents before it starts afresh (a batch of thousands of files). */
const MAX_KNOWN_WORDS = 200_000;

/** Words nearly every sentence of an agreement contains: a requirement that accepts one of them is not worth checking. */
const COMMON_WORDS = new Set([
  "the", "a", "an", "of", "to", "and", "or", "in", "on", "for", "by", "with", "any", "all", "its", "their", "this", "that",
  "such", "be", "is", "are", "shall", "will", "may", "must", "not", "as", "at", "from", "under", "other",
]);

/** How much a requirement accepts: a term of a concept counts as many words. */
function breadth(r: Requirement): number {
  let concepts = 0;
  for (let bits = r.concepts; bits !== 0; bits &= bits - 1) concepts++;
  return r.words.size + r.stems.size + 20 * concepts;
}

interface WordInfo<T> {
  /** Patterns that can start at this word through a word or a stem (concepts depend on the term, not the word). */
  starts: Array<IndexEntry<T>>;
  /** Each start's requirements end to end, each list after its length: checked without reading the entries. */
  required: Int32Array;
  /** Requirements this word meets. */
  sets: number[];
  /** Sentence number that last marked this word's sets. */
  seen: number;
  /** The word's number in the patterns' vocabulary, or -1. */
  id: number;
  /** Of `starts`, the first `viableCount` are those viable in the sentence numbered `viableIn`. */
  viable: Array<IndexEntry<T>>;
  viableCount: number;
  viableIn: number;
}

/** The requirements of `entries`, each entry's count then its numbers, end to end (see PatternIndex.viable). */
function requirementsOf<T>(entries: Array<IndexEntry<T>>): Int32Array {
  const out: number[] = [];
  for (const e of entries) {
    out.push(e.required.length);
    for (const r of e.required) out.push(r);
  }
  return Int32Array.from(out);
}

/** IndexEntry.single: a pattern of one position that needs no matcher, or not. */
const MATCHER = 0;
/** One position of single words and stems: matches at the token that started it. */
const SINGLE_WORD = 1;
/** One position of concepts only: matches the term that started it. */
const SINGLE_CONCEPT = 2;

function singleKind(pattern: CompiledPattern): number {
  if (pattern.elements.length !== 1) return MATCHER;
  const options = (pattern.elements[0] as TestElement).options;
  if (options.every((o) => (o.kind === "words" && o.words.length === 1) || o.kind === "stem")) return SINGLE_WORD;
  if (options.every((o) => o.kind === "concept")) return SINGLE_CONCEPT;
  return MATCHER;
}

interface IndexEntry<T> {
  /** MATCHER, SINGLE_WORD or SINGLE_CONCEPT. */
  single: number;
  pattern: CompiledPattern;
  owner: T;
  /** Numbers of the pattern's requirements. */
  required: number[];
  /** The stamp of the last start this pattern was tried at. */
  tried: number;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
