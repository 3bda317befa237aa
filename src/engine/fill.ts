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

const PRONOUN_FORMS: Record<string, { possessive: string; object: string }> = {
  you: { possessive: "your", object: "you" },
  we: { possessive: "our", object: "us" },
};

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
    const named = names.find((n) => !PRONOUN_FORMS[n.toLowerCase()]) ?? names[0];
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

const PLACEHOLDER = /\{(\w+)('s|:object)?\}/g;
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

/** Replaces placeholders; an unknown placeholder is left as written so a playbook author can see it. */
export function fillTemplate(text: string, terms: FillTerms): string {
  // "this {agreement}" for a draft that calls itself "these Terms" (or "Terms of Use").
  const agreement = terms.primary.agreement;
  if (agreement && /^(terms|conditions)\b/i.test(agreement)) text = text.replace(/\b([Tt])his \{agreement\}/g, (_, t: string) => `${t}hese {agreement}`);
  // Messages are drafted for a named party ("{licensee} owns"); a pronoun party takes the plural verb.
  text = text.replace(PRONOUN_SUBJECT, (whole, side: "licensor" | "licensee", verb: string) =>
    PRONOUN_FORMS[(terms.primary[side] ?? "").toLowerCase()] ? `{${side}} ${pluralVerb(verb)}` : whole,
  );
  return text.replace(PLACEHOLDER, (whole, name: string, form: string | undefined, offset: number) => {
    const term = terms.primary[name as Concept];
    if (!term) return whole;
    const pronoun = PRONOUN_FORMS[term.toLowerCase()];
    let out = term;
    if (form === "'s") out = pronoun ? pronoun.possessive : term.endsWith("s") ? `${term}'` : `${term}'s`;
    else if (form === ":object" && pronoun) out = pronoun.object;
    const before = text.slice(0, offset).trimEnd();
    const startsSentence = before === "" || /[.!?:]$/.test(before);
    if (startsSentence) out = out[0].toUpperCase() + out.slice(1);
    else if (pronoun) out = out.toLowerCase();
    return out;
  });
}
