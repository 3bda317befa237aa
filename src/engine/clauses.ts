// Clause structure of one sentence: where exceptions start, which words a negation
// governs, and who the acting party is. Drafts say the same thing many ways:
// "Provider shall not use ... except that Provider may use ...", "Customer will
// not: (a) ...; (b) ...", "If Customer does not pay, Provider may suspend". The
// review judges a red flag by the clause it sits in, not by the sentence.

import { COLON, COMMA, grown, SEMICOLON, type MarkList, type TokenList, type WordTable } from "./text";

const NEGATORS = new Set([
  "not", "no", "never", "neither", "nor", "cannot", "can't", "won't", "shan't", "isn't", "aren't",
  "doesn't", "don't", "didn't", "wasn't", "mustn't", "shouldn't", "wouldn't", "none", "nothing",
  // Verbs of prohibition negate what they govern: "is prohibited from using Customer Data to train".
  "prohibited", "prohibit", "prohibits", "forbidden", "forbids", "refrain", "refrains", "precluded",
]);

const MODALS = new Set([
  "shall", "will", "may", "must", "can", "agrees", "agree", "acknowledges", "acknowledge", "grants", "grant",
  "retains", "retain", "owns", "own", "is", "are", "has", "have", "represents", "warrants", "undertakes",
  "reserves", "hereby", "should", "might", "could", "would",
]);

// Words that open a hypothetical or conditional lead-in. Time words ("after termination you
// may download") are not here: they date a right, they do not make it hypothetical.
const CONDITIONALS = new Set(["if", "where", "when", "whenever", "unless", "should"]);
const CONJUNCTIONS = new Set(["and", "or", "but", "while", "whereas"]);
/** "not more than", "no longer than", "not exceeding": limits, not negations. */
const LIMIT_WORDS = new Set(["later", "less", "more", "fewer", "earlier", "longer", "exceeding", "greater", "sooner"]);

/** The word of token i, or undefined outside the sentence. */
function wordAt(tokens: TokenList, i: number): string | undefined {
  return i >= 0 && i < tokens.length ? tokens.norm(i) : undefined;
}

/** Does an exception (which starts a clause of its own) begin at token i? */
function exceptionAt(tokens: TokenList, i: number): boolean {
  const w = tokens.norm(i);
  const next = wordAt(tokens, i + 1);
  switch (w) {
    case "except":
    case "unless":
    case "notwithstanding":
    case "excluding":
    case "excepting":
      return true;
    case "provided":
      return next === "that" || next === "however" || next === "further";
    case "save":
      return next === "that" || next === "as" || next === "where" || next === "for";
    case "other":
      return next === "than";
    case "but":
      // "including but not limited to" is not an exception.
      return next !== "not" && next !== "without" && next !== "only";
    case "however":
      return i > 0;
    default:
      return false;
  }
}

/** The clause structure of one sentence, by token; reused from sentence to sentence like TokenList. */
export class ClauseInfo {
  /** Unit number of each token: a clause together with the exception clauses that follow it. */
  unitOf = new Int32Array(64);
  /** Whether each token stands under a negation in its clause. */
  negated = new Uint8Array(64);
  /** Whether each token sits in a leading condition ("If ..., ", "Where ..., "): hypothetical, not a grant. */
  inCondition = new Uint8Array(64);

  /** Makes room for a sentence of `length` tokens. */
  reserve(length: number): void {
    if (this.unitOf.length >= length) return;
    const size = Math.max(length, 2 * this.unitOf.length);
    this.unitOf = new Int32Array(size);
    this.negated = new Uint8Array(size);
    this.inCondition = new Uint8Array(size);
  }
}

const CONDITION_ENDERS = new Set(["shall", "will", "may", "must", "can", "agrees", "is", "are"]);

/** Token i names a party that is the subject of a new coordinated clause: "and (the) Client shall". */
function startsNewSubject(tokens: TokenList, i: number): boolean {
  const before = wordAt(tokens, i - 1) === "the" ? wordAt(tokens, i - 2) : wordAt(tokens, i - 1);
  if (before === undefined || !CONJUNCTIONS.has(before)) return false;
  // The party may be several words ("Client Group"): look for the verb just after it.
  return MODALS.has(wordAt(tokens, i + 1) ?? "") || MODALS.has(wordAt(tokens, i + 2) ?? "") || MODALS.has(wordAt(tokens, i + 3) ?? "");
}

/** A comma closes a leading condition only where a main clause follows: "Where, in breach of X, data is used, Provider shall ...". */
function mainClauseFollows(classes: Uint8Array, tokens: TokenList, i: number): boolean {
  // "If ..., the licence granted in Section 2.1 shall terminate": the subject may run to several words.
  for (let k = i; k < Math.min(tokens.length, i + 10); k++) if ((classOf(classes, tokens, k) & CONDITION_ENDER) !== 0) return true;
  return false;
}

/**
 * Analyses a sentence's tokens into `out`. `partySide[i]` is non-zero where a party is
 * named at token i (used to end a negation's reach at a new subject: "Customer shall
 * not ... and Provider may ...").
 */
export function analyseClauses(tokens: TokenList, marks: MarkList, partySide: Uint8Array, out: ClauseInfo): void {
  const n = tokens.length;
  out.reserve(n);
  const { unitOf, negated, inCondition } = out;
  const classes = classesFor(tokens);
  let unit = 0;
  let neg = false;
  let inherited = false; // a negated lead-in before ":" governs the list that follows
  let exception = false;
  let conditionOpen = false;
  let mark = 0;

  // Skip the clause number ("17.3", "(b)", "iv") before looking for "If" / "Where".
  let first = 0;
  while (first < n - 1 && (classOf(classes, tokens, first) & (NUMBERING | CONDITIONAL)) === NUMBERING) first++;
  if (n > 0) conditionOpen = (classOf(classes, tokens, first) & CONDITIONAL) !== 0;

  for (let i = 0; i < n; i++) {
    const cls = classOf(classes, tokens, i);
    if (i > 0) {
      let boundary = false;
      // Marks are in text order: walk them alongside the tokens.
      while (mark < marks.length && marks.at[mark] < tokens.end[i - 1]) mark++;
      for (; mark < marks.length && marks.at[mark] < tokens.start[i]; mark++) {
        const ch = marks.ch[mark];
        if (ch === SEMICOLON) boundary = true;
        else if (ch === COLON) {
          if (neg && !exception) inherited = true;
          boundary = true;
        } else if (ch === COMMA && conditionOpen && mainClauseFollows(classes, tokens, i)) {
          // "If Customer does not pay, Provider may suspend": the condition's negation stays in the condition.
          conditionOpen = false;
          neg = false;
        }
      }
      const isException = (cls & EXCEPTION_WORD) !== 0 && exceptionAt(tokens, i);
      if (isException || boundary) {
        // A new clause, or an exception clause within the current unit.
        if (!isException) unit++;
        exception = isException;
        neg = false;
        const w = tokens.norm(i);
        conditionOpen = (cls & CONDITIONAL) !== 0 || (w === "in" && wordAt(tokens, i + 1) === "the" && wordAt(tokens, i + 2) === "event");
      }
    }
    if ((cls & NEGATOR) !== 0) {
      // "no later than", "whether or not", "not limited to" do not negate what follows.
      const word = tokens.norm(i);
      const next = wordAt(tokens, i + 1);
      const prev = wordAt(tokens, i - 1);
      const idiom =
        ((word === "no" || word === "not") && next !== undefined && LIMIT_WORDS.has(next)) ||
        (word === "not" && (prev === "or" || next === "limited")) ||
        (word === "nothing" && next === "in");
      if (!idiom) neg = true;
    } else if (neg && !tokens.possessive(i) && partySide[i] !== 0 && startsNewSubject(tokens, i)) {
      neg = false; // a new subject and verb: "... and Provider may ...", "..., and the Client shall ..."
    }
    unitOf[i] = unit;
    negated[i] = neg || (inherited && !exception) ? 1 : 0;
    inCondition[i] = conditionOpen ? 1 : 0;
  }
}

// What the analysis needs to know of a word, worked out once per distinct word of a
// document (by its number in the document's WordTable) instead of a set lookup per token.
const KNOWN = 1;
const NEGATOR = 2;
const CONDITIONAL = 4;
/** A word that can open an exception (exceptionAt decides with the next word). */
const EXCEPTION_WORD = 8;
/** A clause number's word before a sentence's first: "17", "b", "iv". */
const NUMBERING = 16;
const CONDITION_ENDER = 32;
const EXCEPTION_WORDS = new Set(["except", "unless", "notwithstanding", "excluding", "excepting", "provided", "save", "other", "but", "however"]);

let classTable: WordTable | undefined;
let classes = new Uint8Array(1024);

function classesFor(tokens: TokenList): Uint8Array {
  if (classTable !== tokens.table) {
    classTable = tokens.table;
    classes.fill(0);
  }
  if (classes.length < tokens.table.size) classes = grown(classes, Math.max(2 * classes.length, tokens.table.size));
  return classes;
}

/** "17", "b", "iv": digits, one letter, or roman numerals (as /^(\d+|[a-z]|[ivx]+)$/ would say, without running an expression for each new word). */
function isClauseNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  if (word.length === 1 && first >= 97 && first <= 122) return true;
  const digits = first >= 48 && first <= 57;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (digits ? c < 48 || c > 57 : c !== 105 && c !== 118 && c !== 120) return false;
  }
  return word.length > 0;
}

function classOf(table: Uint8Array, tokens: TokenList, i: number): number {
  const id = tokens.ids[i];
  let cls = table[id];
  if (cls === 0) {
    const word = tokens.norm(i);
    cls = KNOWN | (WORD_CLASSES.get(word) ?? 0) | (isClauseNumber(word) ? NUMBERING : 0);
    table[id] = cls;
  }
  return cls;
}

/** The classes of the words in the sets above, in one map: a new word is looked up once. */
const WORD_CLASSES = new Map<string, number>();
for (const [words, cls] of [
  [NEGATORS, NEGATOR],
  [CONDITIONALS, CONDITIONAL],
  [EXCEPTION_WORDS, EXCEPTION_WORD],
  [CONDITION_ENDERS, CONDITION_ENDER],
] as const) {
  for (const word of words) WORD_CLASSES.set(word, (WORD_CLASSES.get(word) ?? 0) | cls);
}
