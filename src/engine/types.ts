// The engine's vocabulary. The engine is pure: it imports nothing of ours and uses
// no Office, DOM, React or Node API, so the same code runs in the task pane, the
// CLI and the benchmark. src/checklist/schema.ts validates user playbooks against
// the zod mirror of ChecklistDefinition and proves at compile time that the two agree.

export type Side = "licensee" | "licensor";
export const SIDES: readonly Side[] = ["licensee", "licensor"];
export type Status = "risk" | "missing" | "ok";
export type Severity = "high" | "medium" | "low";
export type FindingKind = "risk" | "protection" | "mention";
/** Which severities are reported as risks: pragmatic = high only, balanced = high and medium, strict = all. */
export type Strictness = "pragmatic" | "balanced" | "strict";

/**
 * Concepts a pattern or a fallback template can name in braces: `{licensor}`,
 * `{output}`. Each is filled from the document's own defined terms (parties from
 * the preamble, "Output" from the definitions) and, in patterns, also matches the
 * checklist's generic vocabulary for the concept.
 */
export const CONCEPTS = [
  "licensor",
  "licensee",
  "output",
  "input",
  "customerData",
  "usageData",
  "feedback",
  "system",
  "model",
  "improvement",
  "documentation",
  "aup",
  "confidentialInformation",
  "agreement",
] as const;
export type Concept = (typeof CONCEPTS)[number];

// ---------------------------------------------------------------------------
// The checklist as the engine consumes it (built-in or a user's playbook).
// ---------------------------------------------------------------------------

/**
 * A pattern is a phrase, matched word by word, case-insensitively, on word
 * boundaries; never a regular expression, so no playbook can make a review hang.
 *   word      a literal word ("train"); hyphenated words are one word ("non-exclusive")
 *   word*     any word starting with "word" ("train*" matches trains, trained, training)
 *   {concept} any defined term or vocabulary phrase of that concept ({output} matches
 *             "Output", "Deliverables", "generated content" ...)
 *   ...       a gap of up to six words; ...12 a gap of up to twelve (at most 15)
 *   a|b       either word at this position ("may|can")
 *   (a b|c)   either phrase at this position ("(hold harmless|indemnify)"); no gaps inside
 */
export type Pattern = string;

/** For each side, what a match of the rule means to that side. Sides left out see a `mention`. */
export type RuleEffect = Partial<Record<Side, FindingKind>>;

export interface MatchDefinition {
  /** Every group must match in the same clause (or sentence, with `scope: "sentence"`); a group matches when any of its patterns does. */
  all: Pattern[][];
  /** The rule does not fire when any of these appears in the sentence. */
  none?: Pattern[];
  /**
   * The party doing what the patterns describe: the nearest party named before the
   * first group's match must be of this side (a clause with no party named, as in
   * passive drafting, is accepted).
   */
  actor?: Side;
  /**
   * Judged where the last group matched. Matches inside a leading condition ("If Provider
   * uses ..., it shall notify") are hypothetical and fire only rules with polarity any.
   * affirmative (default): fires only when the clause is not negated ("shall not use"
   * does not fire a "may use" rule; an exception clause such as "except that Provider
   * may use" is a clause of its own and can fire). negated: fires only when negated.
   * any: polarity is ignored (for flags whose wording is itself negative: "in no event").
   */
  polarity?: "affirmative" | "negated" | "any";
  /** clause (default): groups must co-occur in one clause; sentence: anywhere in the sentence. */
  scope?: "clause" | "sentence";
  /**
   * Whether the rule may fire on a definition ("\"Usage Data\" means ..."). Default true: a
   * definition can itself be the red flag (usage data that sweeps in outputs). Set false for
   * rules about what a party may or must do, which a definition only describes.
   */
  inDefinitions?: boolean;
}

export interface RuleDefinition {
  /** Unique within its area; reported as `${areaId}/${id}`. */
  id: string;
  effect: RuleEffect;
  /** Raises the area's severity when this rule fires as a risk. */
  severity?: Severity;
  /** What the finding says, in the document's terms: `{licensor} keeps ownership of {output}.` */
  message: string;
  /** What good looks like, for the side the rule hurts. */
  expected?: string;
  match: MatchDefinition;
  /**
   * Ids of rules of the same area whose presence anywhere in the document answers this one:
   * "use restrictions but no right to suspend" fires only where no suspension rule fires.
   */
  unlessElsewhere?: string[];
}

export interface FallbackDefinition {
  id: string;
  title: string;
  /** Clause text with `{concept}` placeholders filled from the document's defined terms. */
  text: string;
  /** When to offer it in a negotiation. */
  note: string;
}

export interface AreaDefinition {
  id: string;
  title: string;
  severity: Severity;
  /** Why the area matters, in a sentence or two. */
  why: string;
  enabled?: boolean;
  /** Phrases that show the document addresses the area at all (reported as mentions). */
  addressedBy: Pattern[];
  /**
   * Phrases that clear a red flag: a risk found in a sentence that also contains one
   * of them is reported as a mention (a firm's accepted wording, such as "subject to
   * Customer's prior written approval").
   */
  clearedBy?: Pattern[];
  rules: RuleDefinition[];
  fallbacks: Record<Side, FallbackDefinition[]>;
}

export interface ChecklistDefinition {
  schemaVersion: number;
  id: string;
  version: string;
  title: string;
  strictness?: Strictness;
  /** Generic words for each concept, used in patterns beside the document's own defined terms. */
  vocabulary: Partial<Record<Concept, string[]>>;
  /** Neutral words used in fallback clauses where the document defines no term for a concept. */
  neutralTerms: Partial<Record<Concept, string>>;
  areas: AreaDefinition[];
}

// ---------------------------------------------------------------------------
// The document as the engine reads it, and what it produces.
// ---------------------------------------------------------------------------

/** A document is its paragraphs' text, in order, as read (0-based index = paragraph number). */
export interface DocumentText {
  paragraphs: string[];
  file?: string;
}

export interface Sentence {
  paragraph: number;
  /** Character offsets inside the paragraph: text === paragraphs[paragraph].slice(start, end). */
  start: number;
  end: number;
  text: string;
}

export interface DefinedTerm {
  term: string;
  /** The concept the term stands for in this document, if any. */
  concept?: Concept;
  paragraph: number;
  /** The definition's text, or the party's name for a party term. */
  definition: string;
}

export interface Parties {
  licensor: string[];
  licensee: string[];
}

export interface Finding {
  ruleId: string;
  kind: FindingKind;
  severity: Severity;
  message: string;
  expected?: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface Fallback {
  id: string;
  title: string;
  text: string;
  note: string;
}

export interface AreaReview {
  id: string;
  title: string;
  status: Status;
  severity: Severity;
  why: string;
  findings: Finding[];
  fallbacks: Fallback[];
}

export interface Review {
  file?: string;
  perspective: Side;
  checklist: { id: string; version: string };
  parties: Parties;
  /** The document's defined terms used to fill the fallback clauses. */
  terms: Partial<Record<Concept, string>>;
  areas: AreaReview[];
  summary: Record<Status, number>;
}

export interface ReviewOptions {
  perspective: Side;
  /** Overrides the checklist's own strictness. */
  strictness?: Strictness;
}
