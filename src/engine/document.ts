// The document as the matcher sees it: sentences with their tokens, the defined
// terms tagged as concepts, and clause structure. Built once per document and
// independent of the side reviewed, so switching sides does not re-read the text.

import { analyseClauses, type ClauseInfo } from "./clauses";
import { conceptBit, type ConceptSpan, type ConceptSpans } from "./patterns";
import { extractTerms, type TermAnalysis } from "./terms";
import { splitSentences, tokenize, type Mark, type Token } from "./text";
import type { ChecklistDefinition, Concept, DocumentText, Sentence } from "./types";

export interface Segment {
  sentence: Sentence;
  /** Tokens of `context` (a list's lead-in, when the sentence is a list item) followed by the sentence's own. */
  tokens: Token[];
  /** Index of the sentence's own first token (0 unless a lead-in precedes it). */
  ownFrom: number;
  /** Tokens before this index belong to a lead-in ending in ":" that governs the rest. */
  leadInEnd: number;
  spans: ConceptSpans;
  clauses: ClauseInfo;
  /** The sentence defines a term ("\"Output\" means ..."): it describes, it grants nothing. */
  isDefinition: boolean;
  /** The side named at token i, when a party (not a possessive) is named there. */
  partySide: Array<"licensor" | "licensee" | undefined>;
}

export interface PreparedDocument {
  paragraphs: string[];
  terms: TermAnalysis;
  segments: Segment[];
}

interface LexiconEntry {
  words: string[];
  mask: number;
  /** Party names count only when capitalised ("Customer", not "our customers"). */
  capitalised: boolean;
}

type Trie = Map<string, { next?: Trie; entries?: LexiconEntry[] }>;

const LICENSOR_BIT = conceptBit("licensor");
const LICENSEE_BIT = conceptBit("licensee");
const POSSESSIVE_PRONOUNS = new Set(["your", "yours", "our", "ours"]);

function words(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.norm);
}

function buildLexicon(terms: TermAnalysis, checklist: ChecklistDefinition): Trie {
  const trie: Trie = new Map();
  const add = (ws: string[], concepts: Set<Concept>, capitalised: boolean) => {
    let mask = 0;
    for (const c of concepts) mask |= conceptBit(c);
    if (ws.length === 0) return;
    let level = trie;
    for (let k = 0; k < ws.length; k++) {
      let node = level.get(ws[k]);
      if (!node) level.set(ws[k], (node = {}));
      if (k === ws.length - 1) (node.entries ??= []).push({ words: ws, mask, capitalised });
      else level = node.next ??= new Map();
    }
  };
  // The words naming outputs and inputs, as single words (a definition is tokenised once and
  // looked up word by word, so thousands of definitions cost linear time).
  const outputWords = new Set<string>();
  const inputWords = new Set<string>();
  const lastWord = (phrase: string) => words(phrase).pop();
  for (const t of terms.terms) {
    const w = t.concept === "output" || t.concept === "input" ? lastWord(t.term) : undefined;
    if (!w) continue;
    const set = t.concept === "output" ? outputWords : inputWords;
    set.add(w); // both numbers: a definition of "Customer Content" may say "all Outputs"
    set.add(w.endsWith("s") ? w.slice(0, -1) : `${w}s`);
  }
  for (const v of checklist.vocabulary.output ?? []) if (!v.includes(" ")) outputWords.add(v.toLowerCase());
  for (const v of checklist.vocabulary.input ?? []) if (!v.includes(" ")) inputWords.add(v.toLowerCase());
  for (const t of terms.terms) {
    const concepts = new Set<Concept>();
    if (t.concept) concepts.add(t.concept);
    // A definition can pull outputs and inputs into customer data ("Customer Content"
    // includes all Input, together with all Output): the term then stands for those too.
    if (t.concept === "customerData") {
      const defWords = words(t.definition);
      if (defWords.some((w) => outputWords.has(w))) concepts.add("output");
      if (defWords.some((w) => inputWords.has(w))) concepts.add("input");
    }
    const isParty = t.concept === "licensor" || t.concept === "licensee";
    const ws = words(t.term);
    add(ws, concepts, isParty);
    // Drafts use defined terms in both numbers: "Output"/"Outputs", "Responses"/"any Response".
    const last = ws[ws.length - 1];
    if (ws.length > 0 && !last.endsWith("s")) add([...ws.slice(0, -1), last + "s"], concepts, isParty);
    else if (ws.length > 0 && last.endsWith("s") && !last.endsWith("ss") && last.length > 3) add([...ws.slice(0, -1), last.slice(0, -1)], concepts, isParty);
  }
  for (const side of ["licensor", "licensee"] as const) {
    for (const name of terms.parties[side]) {
      const pronoun = name.toLowerCase();
      if (pronoun === "you") for (const p of ["you", "your", "yours"]) add([p], new Set<Concept>([side]), false);
      if (pronoun === "we") for (const p of ["we", "us", "our", "ours"]) add([p], new Set<Concept>([side]), false);
    }
  }
  for (const [concept, phrases] of Object.entries(checklist.vocabulary) as Array<[Concept, string[]]>) {
    // Generic party words ("the customer") stand in only where the draft defines no party of that side.
    if ((concept === "licensor" || concept === "licensee") && terms.parties[concept].length > 0) continue;
    for (const phrase of phrases) add(words(phrase), new Set<Concept>([concept]), false);
  }
  return trie;
}

/** Longest-match tagging: each token belongs to at most one term, so "Customer Content" is data, not the party. */
function tagConcepts(tokens: Token[], trie: Trie, text: string): ConceptSpans {
  const spans: ConceptSpans = new Array(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    let level: Trie | undefined = trie;
    let best: ConceptSpan | undefined;
    for (let k = i; k < tokens.length && level; k++) {
      // A term never spans punctuation: "any product, service, data or process" is not "service data".
      if (k > i && !onlySpaces(text, tokens[k - 1].end, tokens[k].start)) break;
      const node = level.get(tokens[k].norm);
      if (!node) break;
      if (node.entries) {
        let mask = 0;
        let applies = false;
        for (const e of node.entries) {
          if (e.capitalised && !tokens[i].cap) continue;
          applies = true;
          mask |= e.mask;
        }
        if (applies) best = { end: k + 1, mask };
      }
      level = node.next;
    }
    if (best) {
      spans[i] = best;
      i = best.end;
    } else i++;
  }
  return spans;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

const DEFINITION_SENTENCE = /^[^"\u201c]{0,60}["\u201c][^"\u201d]{1,60}["\u201d]\**\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|will mean|refers to|includes|has the meaning)\b/i;
const LIST_ITEM = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]|[-\u2022*\u2013])\s/i;

function makeSegment(sentence: Sentence, context: { text: string; tokens: number } | undefined, trie: Trie): Segment {
  const text = context ? `${context.text} ${sentence.text}` : sentence.text;
  const marks: Mark[] = [];
  const tokens = tokenize(text, 0, text.length, marks);
  const ownFrom = context ? context.tokens : 0;
  const spans = tagConcepts(tokens, trie, text);
  const partySide: Segment["partySide"] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const s = spans[i];
    if (!s) continue;
    const last = tokens[s.end - 1];
    if (last.possessive || POSSESSIVE_PRONOUNS.has(last.norm)) continue;
    if (s.mask & LICENSOR_BIT) partySide[i] = "licensor";
    else if (s.mask & LICENSEE_BIT) partySide[i] = "licensee";
  }
  const clauses = analyseClauses(tokens, marks, (i) => partySide[i] !== undefined);
  let leadInEnd = 0;
  const colon = marks.find((m) => m.ch === ":");
  if (colon) {
    while (leadInEnd < tokens.length && tokens[leadInEnd].end <= colon.at) leadInEnd++;
  }
  const isDefinition = DEFINITION_SENTENCE.test(sentence.text.slice(0, 120));
  return { sentence, tokens, ownFrom, leadInEnd, spans, clauses, partySide, isDefinition };
}

export function prepareDocument(doc: DocumentText, checklist: ChecklistDefinition): PreparedDocument {
  const terms = extractTerms(doc.paragraphs);
  const trie = buildLexicon(terms, checklist);
  const segments: Segment[] = [];
  let leadIn: { text: string; tokens: number } | undefined;
  doc.paragraphs.forEach((text, paragraph) => {
    if (text.trim() === "") return;
    const spans = splitSentences(text);
    const isItem = LIST_ITEM.test(text);
    if (!isItem) leadIn = undefined;
    for (const span of spans) {
      const sentence: Sentence = { paragraph, start: span.start, end: span.end, text: text.slice(span.start, span.end) };
      segments.push(makeSegment(sentence, isItem ? leadIn : undefined, trie));
    }
    // A provision split over paragraphs: "Provider may use Customer Data:" then "(a) to train ...".
    const last = spans[spans.length - 1];
    if (!isItem && last && /[:\u2014]\s*$/.test(text.slice(last.start, last.end))) {
      const lead = text.slice(last.start, last.end).slice(0, 1000);
      leadIn = { text: lead, tokens: tokenize(lead).length };
    }
  });
  return { paragraphs: doc.paragraphs, terms, segments };
}
