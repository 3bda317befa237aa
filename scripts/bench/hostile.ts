// Pathological inputs: text no agreement contains but a pasted log, a corrupted export or a
// deliberately hostile file can. Each is about 1 MB by default and dense in the words the
// checklist's patterns start with, so the matcher has as much to try as text can give it.
// Shared by the benchmark (timed, 1 s budget each) and test/engine/hostile.test.ts (bounds
// on work, which do not depend on the machine).

import { Random } from "./prng";

export interface HostileInput {
  id: string;
  title: string;
  paragraphs: string[];
  /** UTF-8 bytes of the paragraphs joined by newlines. */
  bytes: number;
  /** Terms the input defines (quoted names in definitions and parentheticals). */
  definedTerms: number;
}

/** Words the built-in checklist's patterns start with or look for, mixed with filler. */
const TRIGGER_WORDS = [
  "Provider", "Customer", "Customer Data", "Input", "Output", "Models", "Services", "Licensor", "Licensee",
  "may", "shall", "will", "not", "use", "used", "process", "train", "training", "retrain", "fine-tune", "improve",
  "develop", "own", "owns", "retains", "title", "interest", "rights", "assign", "indemnify", "defend", "claims",
  "except", "unless", "provided", "that", "if", "where", "however", "but", "solely", "only", "opt", "out", "in",
  "consent", "delete", "retain", "backups", "suspend", "policy", "liable", "liability", "exceed", "fees", "warrant",
  "accuracy", "human", "review", "confidential", "information", "audit", "notice", "machine", "learning", "data",
  "usage", "feedback", "aggregated", "de-identified", "third", "party", "model", "weights", "the", "any", "all", "of",
  "to", "and", "or", "for", "by", "with", "its", "such", "this", "agreement",
];

function bytesOf(paragraphs: string[]): number {
  return Buffer.byteLength(paragraphs.join("\n"), "utf8");
}

/** One paragraph of about `size` bytes: trigger words and filler, no punctuation at all (so one sentence, one clause). */
export function noPunctuation(size = 1_000_000, seed = 11): HostileInput {
  const rng = new Random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    // Hyphenated words would be punctuation of a kind: keep to letters and spaces.
    const w = rng.pick(TRIGGER_WORDS).replace(/-/g, "");
    parts.push(w);
    length += w.length + 1;
  }
  const paragraphs = [parts.join(" ")];
  return { id: "no-punctuation", title: "one 1 MB paragraph without punctuation", paragraphs, bytes: bytesOf(paragraphs), definedTerms: 0 };
}

/** `depth` nested parentheses, each level opening a clause the next interrupts; filled with words to about `size` bytes. */
export function nestedParentheses(depth = 10_000, size = 1_000_000, seed = 12): HostileInput {
  const rng = new Random(seed);
  const perLevel = Math.max(1, Math.floor((size - 2 * depth) / depth));
  let open = "";
  const chunks: string[] = [];
  for (let d = 0; d < depth; d++) {
    let level = "(";
    while (level.length < perLevel) level += `${rng.pick(TRIGGER_WORDS)} `;
    chunks.push(level);
  }
  open = chunks.join("");
  const paragraphs = [`${open}${")".repeat(depth)}.`];
  return { id: "nested-parentheses", title: `${depth.toLocaleString("en-US")} nested parentheses`, paragraphs, bytes: bytesOf(paragraphs), definedTerms: 0 };
}

/** One sentence with `count` exceptions: "..., provided that ..., provided that ...". */
export function providedThat(count = 10_000, seed = 13): HostileInput {
  const rng = new Random(seed);
  const clauses = [
    "Provider may use Customer Data to train the Models",
    "Customer shall not opt out of training",
    "Provider owns all right title and interest in Output",
    "Provider may suspend the Services at any time",
    "Provider shall delete Customer Data except backups",
    "the Input is not used to improve any model",
  ];
  const parts = [rng.pick(clauses)];
  for (let k = 0; k < count; k++) parts.push(`provided that ${rng.pick(clauses)} ${rng.pick(["unless", "except", "if", "where", "and", "but"])} ${rng.pick(clauses)}`);
  const paragraphs = [`${parts.join(", ")}.`];
  return { id: "provided-that", title: `${count.toLocaleString("en-US")} repetitions of "provided that"`, paragraphs, bytes: bytesOf(paragraphs), definedTerms: 0 };
}

const TERM_HEADS = ["Customer Data", "Output", "Input", "Models", "Services", "Usage Data", "Feedback", "Improvements", "Documentation", "Confidential Information", "Provider", "Customer", "Agreement", "Platform", "Content"];

/**
 * Every way the engine recognises a definition, thousands of times: `"X" means` (and shall
 * mean, includes, refers to ...) opening each paragraph, and several parentheticals
 * (`("Y")`, `(the "Y")`, `(hereinafter "Y")`, `(each a "Y")`, `("we", "us")`) inside it,
 * each defining a new term named after a concept, so the lexicon of terms grows as large
 * as the text allows.
 */
export function definitions(size = 1_000_000, seed = 14): HostileInput {
  const rng = new Random(seed);
  const verbs = ["means", "shall mean", "will mean", "refers to", "includes", "has the meaning given in Schedule 1"];
  const paragraphs: string[] = [];
  let length = 0;
  let n = 0;
  const term = () => `${rng.pick(TERM_HEADS)} ${++n}`;
  while (length < size) {
    const quoted = rng.chance(0.5) ? `"${term()}"` : `**"${term()}"**`;
    const p =
      `${quoted} ${rng.pick(verbs)} all data supplied by Vendor ${n} Inc., a Delaware corporation with offices at ${n} Main Street ("${term()}"), ` +
      `and Buyer ${n} LLC (the "${term()}") including Output and Input (hereinafter "${term()}"), each party (each a "${term()}") ` +
      `and its affiliates ("we", "us", "${term()}") and the generated results (collectively "${term()}").`;
    paragraphs.push(p);
    length += p.length + 1;
  }
  return { id: "definitions", title: `every definition pattern at once (${n.toLocaleString("en-US")} terms)`, paragraphs, bytes: bytesOf(paragraphs), definedTerms: n };
}

/**
 * One sentence of many clauses separated by semicolons, each a complete grant: every clause
 * is a unit of its own, and every rule has hits in every unit. Not one of the four inputs of
 * issue #7; the benchmark times it because rule evaluation (not counted by the WorkCounter)
 * examines hits per unit.
 */
export function semicolons(size = 1_000_000, seed = 15): HostileInput {
  const rng = new Random(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const clause = `${rng.pick(["Provider", "Licensor", "Vendor"])} may ${rng.pick(["use", "process", "analyse"])} Customer Data and Output ${parts.length} to ${rng.pick(["train", "retrain", "fine-tune"])} and ${rng.pick(["improve", "develop", "enhance"])} the Models`;
    parts.push(clause);
    length += clause.length + 2;
  }
  const paragraphs = [`${parts.join("; ")}.`];
  return { id: "semicolons", title: `${parts.length.toLocaleString("en-US")} clauses in one sentence, separated by semicolons`, paragraphs, bytes: bytesOf(paragraphs), definedTerms: 0 };
}

/** The four hostile inputs of issue #7, which the benchmark times and the tests bound. `scale` shrinks them for linearity checks. */
export function hostileInputs(scale = 1): HostileInput[] {
  const size = Math.round(1_000_000 * scale);
  return [noPunctuation(size), nestedParentheses(Math.round(10_000 * scale), size), providedThat(Math.round(10_000 * scale)), definitions(size)];
}

export const HOSTILE_IDS = ["no-punctuation", "nested-parentheses", "provided-that", "definitions", "semicolons"] as const;
export type HostileId = (typeof HOSTILE_IDS)[number];

/** One input by id (the four of issue #7, and the semicolon-separated clauses the benchmark adds). */
export function hostileInput(id: HostileId, scale = 1): HostileInput {
  const size = Math.round(1_000_000 * scale);
  switch (id) {
    case "no-punctuation":
      return noPunctuation(size);
    case "nested-parentheses":
      return nestedParentheses(Math.round(10_000 * scale), size);
    case "provided-that":
      return providedThat(Math.round(10_000 * scale));
    case "definitions":
      return definitions(size);
    case "semicolons":
      return semicolons(size);
  }
}
