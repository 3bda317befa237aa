// The document as the matcher sees it: sentences with their tokens, the defined
// terms tagged as concepts, and clause structure. Independent of the side reviewed,
// so one analysis serves both sides. Sentences are read one at a time into reused
// buffers: a 1,000-page agreement costs no object per word.

import { analyseClauses, ClauseInfo } from "./clauses";
import { conceptBit, ConceptSpans } from "./patterns";
import { extractTerms, type TermAnalysis } from "./terms";
import { COLON, MarkList, SpanList, splitSentencesInto, tokenizeInto, TokenList, WordTable } from "./text";
import type { ChecklistDefinition, Concept, DocumentText, Sentence } from "./types";

/**
 * One sentence as the matcher sees it. The reader reuses one Segment (and its buffers)
 * for every sentence of every document: keep `sentence`, never the segment itself.
 */
export class Segment {
  sentence: Sentence = { paragraph: 0, start: 0, end: 0, text: "" };
  /** Tokens of the list's lead-in (when the sentence is a list item) followed by the sentence's own. */
  readonly tokens: TokenList;
  /** Index of the sentence's own first token (0 unless a lead-in precedes it). */
  ownFrom = 0;
  /** Tokens before this index belong to a lead-in ending in ":" that governs the rest. */
  leadInEnd = 0;
  readonly spans = new ConceptSpans();
  readonly clauses = new ClauseInfo();
  readonly marks = new MarkList();
  /** The sentence defines a term ("\"Output\" means ..."): it describes, it grants nothing. */
  isDefinition = false;
  /** The side named at token i (NO_PARTY, LICENSOR or LICENSEE), when a party (not a possessive) is named there. */
  partySide = new Uint8Array(64);
  /**
   * Whether `partySide`, `clauses`, `leadInEnd` and `isDefinition` describe this sentence yet:
   * only rules read them, and about half the sentences of an agreement reach a rule, so they
   * are worked out on demand (readStructure).
   */
  structured = false;

  constructor(words: WordTable) {
    this.tokens = new TokenList(words);
  }
}

/** Segment.partySide values. */
export const NO_PARTY = 0;
export const LICENSOR = 1;
export const LICENSEE = 2;

export interface PreparedDocument {
  paragraphs: string[];
  /** The distinct words of the document; every token's id numbers its word here. */
  words: WordTable;
  terms: TermAnalysis;
  /** The document's defined terms and the checklist's vocabulary, by their words. */
  lexicon: Lexicon;
}

interface LexiconEntry {
  mask: number;
  /** Party names count only when capitalised ("Customer", not "our customers"). */
  capitalised: boolean;
}

/** Multi-word terms by their words' numbers in the document's WordTable. */
type Trie = Map<number, TrieNode>;

interface TrieNode {
  next: Trie | undefined;
  entries: LexiconEntry[] | undefined;
}

/** The trie's first level as an array by word number: one array read per token instead of a map lookup. */
export type Lexicon = Array<TrieNode | undefined>;

const LICENSOR_BIT = conceptBit("licensor");
const LICENSEE_BIT = conceptBit("licensee");
const POSSESSIVE_PRONOUNS = new Set(["your", "yours", "our", "ours"]);

function buildLexicon(terms: TermAnalysis, checklist: ChecklistDefinition, table: WordTable): Lexicon {
  const scratch = SCRATCH_TOKENS;
  scratch.table = table;
  const words = (phrase: string): string[] => {
    scratch.clear();
    tokenizeInto(phrase, 0, phrase.length, scratch);
    const out: string[] = [];
    for (let i = 0; i < scratch.length; i++) out.push(scratch.norm(i));
    return out;
  };
  const trie: Trie = new Map();
  const add = (ws: string[], concepts: Set<Concept>, capitalised: boolean) => {
    let mask = 0;
    for (const c of concepts) mask |= conceptBit(c);
    if (ws.length === 0) return;
    let level = trie;
    for (let k = 0; k < ws.length; k++) {
      const id = table.idOf(ws[k]);
      let node = level.get(id);
      // Both fields from the start: nodes of one shape (see READER on why shapes matter).
      if (!node) level.set(id, (node = { next: undefined, entries: undefined }));
      if (k === ws.length - 1) (node.entries ??= []).push({ mask, capitalised });
      else level = node.next ??= new Map<number, TrieNode>();
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
  // Filled densely: a store far past an array's end makes it a slow dictionary.
  const lexicon: Lexicon = new Array(table.size).fill(undefined);
  for (const [id, node] of trie) lexicon[id] = node;
  return lexicon;
}

/** Longest-match tagging: each token belongs to at most one term, so "Customer Content" is data, not the party. */
function tagConcepts(tokens: TokenList, lexicon: Lexicon, text: string, spans: ConceptSpans): void {
  const n = tokens.length;
  spans.reset(n);
  let i = 0;
  while (i < n) {
    const first = tokens.ids[i];
    let node = first < lexicon.length ? lexicon[first] : undefined;
    let bestEnd = 0;
    let bestMask = 0;
    for (let k = i; node !== undefined; ) {
      if (node.entries) {
        let mask = 0;
        let applies = false;
        for (const e of node.entries) {
          if (e.capitalised && !tokens.cap(i)) continue;
          applies = true;
          mask |= e.mask;
        }
        if (applies) {
          bestEnd = k + 1;
          bestMask = mask;
        }
      }
      k++;
      // A term never spans punctuation: "any product, service, data or process" is not "service data".
      if (k >= n || node.next === undefined || !onlySpaces(text, tokens.end[k - 1], tokens.start[k])) break;
      node = node.next.get(tokens.ids[k]);
    }
    if (bestEnd !== 0) {
      spans.add(i, bestEnd, bestMask);
      i = bestEnd;
    } else i++;
  }
}

function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) return false;
  }
  return true;
}

const DEFINITION_SENTENCE = /^[^"\u201c]{0,60}["\u201c][^"\u201d]{1,60}["\u201d]\**\s*(?:\([^)]{0,40}\)\s*)?(?:means|shall mean|will mean|refers to|includes|has the meaning)\b/i;
/** Whether a sentence defines a term (DEFINITION_SENTENCE); most sentences have no opening quote where one would have to be, and are not given to the expression. */
function definesTerm(text: string): boolean {
  for (let i = 0, end = Math.min(text.length, 61); i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 0x201c) return DEFINITION_SENTENCE.test(text.slice(0, 120));
  }
  return false;
}

/** Whether `text[start, end)` ends in a colon or a dash, spaces aside: the lead-in of a list. */
function endsInLeadIn(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(end - 1);
  if (c === COLON || c === 0x2014) return true;
  // Sentences are trimmed of ordinary spaces; any other space falls to the expression.
  return end > start && /\s/.test(text[end - 1]) && /[:\u2014]\s*$/.test(text.slice(start, end));
}

const LIST_ITEM = /^\s*(?:\(?(?:[a-z]|[ivx]{1,5}|\d{1,3})[.)]|[-\u2022*\u2013])\s/i;

/** Reads `sentence` of `paragraph` (after its list's lead-in, if any) into `seg`: its tokens and terms, what the scan needs. */
function readSegment(seg: Segment, paragraph: string, sentence: Sentence, context: { text: string; tokens: number } | undefined, lexicon: Lexicon): void {
  const { tokens, marks, spans } = seg;
  tokens.clear();
  marks.clear();
  // A sentence is read in place, offsets in its paragraph; a list item after its lead-in, joined.
  const text = context ? `${context.text} ${sentence.text}` : paragraph;
  if (context) tokenizeInto(text, 0, text.length, tokens, marks);
  else tokenizeInto(text, sentence.start, sentence.end, tokens, marks);
  seg.sentence = sentence;
  seg.ownFrom = context ? context.tokens : 0;
  tagConcepts(tokens, lexicon, text, spans);
  seg.structured = false;
}

/** Works out the parties named, the clause structure, the lead-in and whether the sentence defines a term (see Segment.structured); once per sentence. */
export function readStructure(seg: Segment): void {
  if (seg.structured) return;
  seg.structured = true;
  const { tokens, marks, spans } = seg;
  const n = tokens.length;
  if (seg.partySide.length < n) seg.partySide = new Uint8Array(Math.max(n, 2 * seg.partySide.length));
  const partySide = seg.partySide;
  partySide.fill(NO_PARTY, 0, n);
  for (let i = 0; i < n; i++) {
    const end = spans.end[i];
    if (end === 0) continue;
    const last = end - 1;
    if (tokens.possessive(last) || POSSESSIVE_PRONOUNS.has(tokens.norm(last))) continue;
    const mask = spans.mask[i];
    if (mask & LICENSOR_BIT) partySide[i] = LICENSOR;
    else if (mask & LICENSEE_BIT) partySide[i] = LICENSEE;
  }
  analyseClauses(tokens, marks, partySide, seg.clauses);
  let leadInEnd = 0;
  for (let m = 0; m < marks.length; m++) {
    if (marks.ch[m] !== COLON) continue;
    while (leadInEnd < n && tokens.end[leadInEnd] <= marks.at[m]) leadInEnd++;
    break;
  }
  seg.leadInEnd = leadInEnd;
  seg.isDefinition = definesTerm(seg.sentence.text);
}

/** Tokenises the lexicon's phrases and lead-ins (kept, like READER, for the life of the module). */
const SCRATCH_TOKENS = new TokenList(new WordTable());

/** How many words `text` has, numbered in `table`. */
function countWords(text: string, table: WordTable): number {
  SCRATCH_TOKENS.table = table;
  SCRATCH_TOKENS.clear();
  tokenizeInto(text, 0, text.length, SCRATCH_TOKENS);
  return SCRATCH_TOKENS.length;
}

export function prepareDocument(doc: DocumentText, checklist: ChecklistDefinition): PreparedDocument {
  const terms = extractTerms(doc.paragraphs);
  const words = new WordTable();
  const lexicon = buildLexicon(terms, checklist, words);
  return { paragraphs: doc.paragraphs, words, terms, lexicon };
}

/**
 * Reads a prepared document sentence by sentence: `next()` fills the one reused Segment
 * with the next sentence and returns it, or returns undefined at the end. A loop over
 * `next()` rather than a callback per review: V8 compiles a closure made per review anew
 * each time, and the review ran unoptimised meanwhile.
 */
export class SentenceReader {
  readonly segment = new Segment(new WordTable());
  private paragraphs: string[] = [];
  private lexicon: Lexicon = [];
  private paragraph = -1;
  private text = "";
  /** The current paragraph's sentences. */
  private readonly spans = new SpanList();
  private index = 0;
  private isItem = false;
  private leadIn: { text: string; tokens: number } | undefined = undefined;

  /** Starts reading `document` from its first sentence. */
  start(document: PreparedDocument): this {
    this.paragraphs = document.paragraphs;
    this.lexicon = document.lexicon;
    this.segment.tokens.table = document.words;
    this.paragraph = -1;
    this.text = "";
    this.spans.clear();
    this.index = 0;
    this.isItem = false;
    this.leadIn = undefined;
    return this;
  }

  next(): Segment | undefined {
    while (this.index >= this.spans.length) if (!this.nextParagraph()) return undefined;
    const k = this.index++;
    const start = this.spans.start[k];
    const end = this.spans.end[k];
    const text = this.text;
    const sentence: Sentence = { paragraph: this.paragraph, start, end, text: text.slice(start, end) };
    readSegment(this.segment, text, sentence, this.isItem ? this.leadIn : undefined, this.lexicon);
    return this.segment;
  }

  private nextParagraph(): boolean {
    // A provision split over paragraphs: "Provider may use Customer Data:" then "(a) to train ...".
    const spans = this.spans;
    const last = spans.length - 1;
    if (!this.isItem && last >= 0 && endsInLeadIn(this.text, spans.start[last], spans.end[last])) {
      const lead = this.text.slice(spans.start[last], spans.end[last]).slice(0, 1000);
      this.leadIn = { text: lead, tokens: countWords(lead, this.segment.tokens.table) };
    }
    spans.clear();
    this.index = 0;
    while (++this.paragraph < this.paragraphs.length) {
      const text = this.paragraphs[this.paragraph];
      if (text.trim() === "") continue;
      this.text = text;
      splitSentencesInto(text, spans);
      this.isItem = LIST_ITEM.test(text);
      if (!this.isItem) this.leadIn = undefined;
      return true;
    }
    return false;
  }
}

/**
 * One reader (and so one Segment and its buffers) serves every document, reviews being
 * synchronous. Besides saving the buffers' growth, keeping them alive between reviews keeps
 * V8's optimised code for them: V8 frees the hidden classes of objects that all died, and
 * with them the compiled code that used them, so a review after a garbage collection ran
 * unoptimised at half speed.
 */
const READER = new SentenceReader();

/** The document's sentences, read one at a time (see SentenceReader; the reader is shared). */
export function readSentences(document: PreparedDocument): SentenceReader {
  return READER.start(document);
}
