// Filling `{concept}` placeholders in messages and fallback clauses with the
// document's own defined terms ("Provider", "Customer Content", "the AI Features"),
// or the checklist's neutral words where the document defines none. Clauses are
// drafted with modal verbs ("{licensee} will own") so that a pronoun party ("you")
// reads correctly; `{licensee's}` and `{licensor:object}` give the other forms.

import type { TermAnalysis } from "./terms";
import type { ChecklistDefinition, Concept } from "./types";
import { CONCEPTS } from "./types";

export interface FillTerms {
  /** The term used for each concept (defined in the document, or neutral). */
  primary: Partial<Record<Concept, string>>;
}

const PRONOUN_FORMS = new Map<string, { possessive: string; object: string }>([
  ["you", { possessive: "your", object: "you" }],
  ["we", { possessive: "our", object: "us" }],
]);

/** The forms of a pronoun party ("you", "we"), or undefined for a named one. */
function pronounForms(term: string): { possessive: string; object: string } | undefined {
  return term.length <= 3 ? PRONOUN_FORMS.get(term.toLowerCase()) : undefined;
}

/** Preference among several defined terms for one concept: the more AI-specific wins ("AI Features" over "Platform"). */
function rank(concept: Concept, term: string): number {
  if (concept === "system") return /\bAI\b|model|assistant/i.test(term) ? 0 : /platform|services?/i.test(term) ? 1 : 2;
  if (concept === "customerData") return /data/i.test(term) ? 0 : /content/i.test(term) ? 1 : 2;
  return 0;
}

export function termsForFilling(terms: TermAnalysis, checklist: ChecklistDefinition): FillTerms {
  const primary: Partial<Record<Concept, string>> = {};
  for (const side of ["licensor", "licensee"] as const) {
    const names = terms.parties[side];
    const named = names.find((n) => !pronounForms(n)) ?? names[0];
    if (named) primary[side] = named;
  }
  for (const concept of CONCEPTS) {
    if (primary[concept]) continue;
    const candidates = terms.terms.filter((t) => t.concept === concept).map((t) => t.term);
    candidates.sort((a, b) => rank(concept, a) - rank(concept, b));
    const term = candidates[0] ?? checklist.neutralTerms[concept];
    if (term) primary[concept] = term;
  }
  return { primary };
}

/** A pronoun subject followed by a third-person verb: "{licensee} owns" filled with "you". */
const PRONOUN_SUBJECT = /\{(licensor|licensee)\} (is|has|does|was|[a-z]+(?:ies|s))\b/g;
const PLURAL_VERB: Record<string, string> = { is: "are", has: "have", does: "do", was: "were" };

function pluralVerb(verb: string): string {
  if (PLURAL_VERB[verb]) return PLURAL_VERB[verb];
  if (/(ss|us)$/.test(verb)) return verb; // not a third-person form ("access", "thus")
  if (verb.endsWith("ies")) return `${verb.slice(0, -3)}y`; // indemnifies -> indemnify
  if (/(ch|sh|x|o)es$/.test(verb)) return verb.slice(0, -2); // reaches -> reach
  return verb.slice(0, -1); // owns -> own
}

function isPronoun(term: string | undefined): boolean {
  return term !== undefined && pronounForms(term) !== undefined;
}

/** . ! ? : */
const SENTENCE_END = new Set([46, 33, 63, 58]);

/** What String.prototype.trim removes: white space and line terminators. */
function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Replaces placeholders; an unknown placeholder is left as written so a playbook author can see it. */
export function fillTemplate(text: string, terms: FillTerms): string {
  if (!text.includes("{")) return text;
  // "this {agreement}" for a draft that calls itself "these Terms" (or "Terms of Use").
  const agreement = terms.primary.agreement;
  if (agreement && /^(terms|conditions)\b/i.test(agreement)) text = text.replace(/\b([Tt])his \{agreement\}/g, (_, t: string) => `${t}hese {agreement}`);
  // Messages are drafted for a named party ("{licensee} owns"); a pronoun party takes the plural verb.
  if (isPronoun(terms.primary.licensor) || isPronoun(terms.primary.licensee)) {
    text = text.replace(PRONOUN_SUBJECT, (whole, side: "licensor" | "licensee", verb: string) =>
      isPronoun(terms.primary[side]) ? `{${side}} ${pluralVerb(verb)}` : whole,
    );
  }
  return fillPlaceholders(text, terms);
}

/**
 * Replaces each `{concept}`, `{concept's}` and `{concept:object}` by the term, read left to
 * right by hand rather than by an expression with a callback: a review fills a few hundred
 * clauses and messages, and the callback's strings were most of the cost.
 */
function fillPlaceholders(text: string, terms: FillTerms): string {
  let out = "";
  let copied = 0;
  for (let open = text.indexOf("{"); open !== -1; open = text.indexOf("{", open + 1)) {
    let close = open + 1;
    while (close < text.length && isWordCode(text.charCodeAt(close))) close++;
    if (close === open + 1) continue;
    const name = text.slice(open + 1, close);
    let form: "'s" | ":object" | undefined;
    if (text.startsWith("'s}", close)) {
      form = "'s";
      close += 2;
    } else if (text.startsWith(":object}", close)) {
      form = ":object";
      close += 7;
    }
    if (text.charCodeAt(close) !== 125) continue; // }
    const term = Object.prototype.hasOwnProperty.call(terms.primary, name) ? terms.primary[name as Concept] : undefined;
    if (term) {
      out += text.slice(copied, open) + termForm(term, form, text, open);
      copied = close + 1;
    }
    open = close;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A term as a placeholder at `offset` of `text` asks for it: possessive or object, capitalised at the start of a sentence. */
function termForm(term: string, form: "'s" | ":object" | undefined, text: string, offset: number): string {
  const pronoun = pronounForms(term);
  let out = term;
  if (form === "'s") out = pronoun ? pronoun.possessive : term.endsWith("s") ? `${term}'` : `${term}'s`;
  else if (form === ":object" && pronoun) out = pronoun.object;
  // The character before the placeholder, spaces aside, read backwards (a clause runs to a page).
  let k = offset - 1;
  while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
  const startsSentence = k < 0 || SENTENCE_END.has(text.charCodeAt(k));
  if (startsSentence) return out[0].toUpperCase() + out.slice(1);
  return pronoun ? out.toLowerCase() : out;
}

/** \w: ASCII letters, digits and "_". */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
