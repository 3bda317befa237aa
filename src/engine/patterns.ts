// Checklist patterns: phrases matched word by word over tokens, never regular
// expressions, so a playbook cannot make a review hang. A pattern is compiled once
// per review; an index from each pattern's first word (or stem, or concept) to the
// patterns that start with it means a sentence only tries the patterns whose first
// word it contains. Gaps are bounded, and every attempt has a step budget, so the
// work per token is bounded whatever the pattern or the text.

import type { Concept, Pattern } from "./types";
import { CONCEPTS } from "./types";
import type { Token } from "./text";

export const GAP_WORDS = 6;
export const MAX_GAP_WORDS = 15;
/** Upper bound on matcher steps for one pattern at one start position. */
const STEP_BUDGET = 2_000;

export type Option =
  | { kind: "words"; words: string[] } // one word, or a hyphenated word's parts in sequence
  | { kind: "stem"; stem: string }
  | { kind: "concept"; concept: Concept }
  | { kind: "seq"; elements: Element[] }; // one alternative of a "(hold harmless|indemnify)" group

export type Element = { kind: "gap"; max: number } | { kind: "test"; options: Option[] };

export interface CompiledPattern {
  source: string;
  elements: Element[];
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
    return [{ kind: "concept", concept: concept[1] as Concept }];
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
  if (word.includes("-")) return [{ kind: "words", words: [word] }, { kind: "words", words: word.split("-").filter(Boolean) }];
  return [{ kind: "words", words: [word] }];
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
        else options.push({ kind: "seq", elements: words.map((w) => ({ kind: "test" as const, options: wordOptions(source, w) })) });
      }
      elements.push({ kind: "test", options });
      continue;
    }
    const options: Option[] = [];
    for (const alt of part.split("|")) options.push(...wordOptions(source, alt));
    elements.push({ kind: "test", options });
  }
  while (elements.length > 0 && elements[elements.length - 1].kind === "gap") elements.pop();
  if (elements.length === 0) throw new PatternError(`"${source}": the pattern has no words`);
  return { source, elements };
}

/** Concept spans of one sentence: spansAt[i] lists [end, concepts] of each span starting at token i. */
export type ConceptSpans = Array<Array<{ end: number; concepts: ReadonlySet<Concept> }> | undefined>;

interface MatchContext {
  tokens: Token[];
  spans: ConceptSpans;
  limit: number;
  steps: number;
}

function optionEnds(option: Option, ctx: MatchContext, pos: number, out: number[]): void {
  const { tokens } = ctx;
  if (pos >= ctx.limit) return;
  switch (option.kind) {
    case "words": {
      const w = option.words;
      if (pos + w.length > ctx.limit) return;
      for (let k = 0; k < w.length; k++) if (tokens[pos + k].norm !== w[k]) return;
      out.push(pos + w.length);
      return;
    }
    case "stem":
      if (tokens[pos].norm.startsWith(option.stem)) out.push(pos + 1);
      return;
    case "seq": {
      const end = matchFrom(option.elements, 0, pos, ctx);
      if (end >= 0) out.push(end);
      return;
    }
    case "concept": {
      const spans = ctx.spans[pos];
      if (!spans) return;
      for (const s of spans) if (s.end <= ctx.limit && s.concepts.has(option.concept)) out.push(s.end);
      return;
    }
  }
}

function matchFrom(elements: Element[], index: number, pos: number, ctx: MatchContext): number {
  if (index === elements.length) return pos;
  if (++ctx.steps > STEP_BUDGET) return -1;
  const el = elements[index];
  if (el.kind === "gap") {
    for (let skip = 0; skip <= el.max && pos + skip <= ctx.limit; skip++) {
      const end = matchFrom(elements, index + 1, pos + skip, ctx);
      if (end >= 0) return end;
      if (ctx.steps > STEP_BUDGET) return -1;
    }
    return -1;
  }
  const ends: number[] = [];
  for (const option of el.options) optionEnds(option, ctx, pos, ends);
  for (const e of ends) {
    const end = matchFrom(elements, index + 1, e, ctx);
    if (end >= 0) return end;
  }
  return -1;
}

/** Matches `pattern` starting exactly at token `start`; returns the end token index or -1. */
export function matchAt(pattern: CompiledPattern, tokens: Token[], spans: ConceptSpans, start: number, limit = tokens.length, work?: WorkCounter): number {
  const ctx = { tokens, spans, limit, steps: 0 };
  const end = matchFrom(pattern.elements, 0, start, ctx);
  if (work) {
    work.attempts++;
    work.steps += ctx.steps;
  }
  return end;
}

/** Counts the matcher's work, so tests can bound work rather than time. */
export interface WorkCounter {
  tokens: number;
  attempts: number;
  steps: number;
}

/**
 * An index of compiled patterns by what their first element can match, so that a
 * sentence tries only the patterns whose first word, stem or concept it contains.
 */
export class PatternIndex<T> {
  private readonly byWord = new Map<string, Array<[CompiledPattern, T]>>();
  private readonly byStem = new Map<string, Array<[CompiledPattern, T]>>();
  private readonly byConcept = new Map<Concept, Array<[CompiledPattern, T]>>();
  private minStem = Infinity;
  private maxStem = 0;

  add(pattern: CompiledPattern, owner: T): void {
    const first = pattern.elements[0];
    if (first.kind !== "test") throw new PatternError(`"${pattern.source}": a pattern cannot start with a gap`);
    const firstOptions = first.options.flatMap((o) => (o.kind === "seq" && o.elements[0].kind === "test" ? o.elements[0].options : [o]));
    for (const option of firstOptions) {
      const entry: [CompiledPattern, T] = [pattern, owner];
      if (option.kind === "words") push(this.byWord, option.words[0], entry);
      else if (option.kind === "stem") {
        push(this.byStem, option.stem, entry);
        this.minStem = Math.min(this.minStem, option.stem.length);
        this.maxStem = Math.max(this.maxStem, option.stem.length);
      } else if (option.kind === "concept") push(this.byConcept, option.concept, entry);
    }
  }

  /** Calls `hit` for every pattern occurrence in tokens[0, limit): owner, start and end token. */
  scan(tokens: Token[], spans: ConceptSpans, hit: (owner: T, start: number, end: number) => void, work?: WorkCounter): void {
    const limit = tokens.length;
    if (work) work.tokens += limit;
    const tried = new Set<CompiledPattern>();
    const attempt = (entries: Array<[CompiledPattern, T]> | undefined, i: number) => {
      if (!entries) return;
      for (const [pattern, owner] of entries) {
        // A pattern reachable through several options ("train|train*") is tried once per start.
        if (tried.has(pattern)) continue;
        tried.add(pattern);
        const end = matchAt(pattern, tokens, spans, i, limit, work);
        if (end >= 0) hit(owner, i, end);
      }
    };
    for (let i = 0; i < limit; i++) {
      tried.clear();
      const norm = tokens[i].norm;
      attempt(this.byWord.get(norm), i);
      if (this.byStem.size > 0) {
        for (let len = this.minStem; len <= Math.min(this.maxStem, norm.length); len++) attempt(this.byStem.get(norm.slice(0, len)), i);
      }
      const here = spans[i];
      if (here) {
        const seen = new Set<Concept>();
        for (const s of here) for (const c of s.concepts) if (!seen.has(c)) {
          seen.add(c);
          attempt(this.byConcept.get(c), i);
        }
      }
    }
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
