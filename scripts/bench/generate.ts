// Composes AI licensing agreements of a given length from the clause bank: a preamble
// naming invented parties, a definitions article, one article per area of the checklist
// (and boilerplate), then as many schedules (statements of work) as it takes to reach
// the length asked for. Every sentence is drawn afresh from its template's alternatives,
// openings, endings and numbers, so long agreements are not one page repeated: the
// benchmark reports the share of distinct sentences so that claim stays checked.

import { splitSentences } from "../../src/engine";
import { Random } from "./prng";
import {
  DEFINITIONS,
  ITEM_SUFFIXES,
  MAIN_ORDER,
  NAME_PARTS,
  PREFIXES,
  SCHEDULE_DEFINITIONS,
  SCHEDULE_INTROS,
  SECTIONS,
  SUFFIXES,
  TERM_CHOICES,
  type SectionBank,
} from "./clause-bank";

export const WORDS_PER_PAGE = 500;

export interface GeneratedAgreement {
  paragraphs: string[];
  words: number;
  /** UTF-8 bytes of the paragraphs joined by newlines. */
  bytes: number;
  parties: { licensor: string; licensee: string };
}

const NUMBER_WORDS: Record<number, string> = {
  3: "three", 5: "five", 6: "six", 7: "seven", 10: "ten", 12: "twelve", 14: "fourteen", 15: "fifteen", 18: "eighteen",
  20: "twenty", 24: "twenty-four", 30: "thirty", 36: "thirty-six", 45: "forty-five", 48: "forty-eight", 60: "sixty", 72: "seventy-two", 90: "ninety",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** First words that are ordinary words, lower-cased after an opening ("Subject to Section 4.2, the number ..."). */
const ORDINARY_OPENERS = new Set([
  "The", "All", "Any", "Where", "If", "Each", "Either", "Neither", "No", "Nothing", "This", "Within", "To", "Should",
  "Changes", "Deletion", "Audits", "Late", "Notices", "Such", "As", "Unless", "Except", "Without", "Subject", "In", "Save",
  "For", "From", "During", "With",
]);

class Composer {
  readonly terms: Record<string, string> = {};
  private readonly bank = new Map<string, SectionBank>(SECTIONS.map((s) => [s.area, s]));
  project = "";
  domain = "";

  constructor(readonly rng: Random) {
    const [p, c] = rng.pick(TERM_CHOICES.parties);
    this.terms.P = p;
    this.terms.C = c;
    const name = () => `${rng.pick(NAME_PARTS.first)}${rng.pick(NAME_PARTS.second)} ${rng.pick(NAME_PARTS.kind)}`;
    this.terms.PN = `${name()}, ${rng.pick(NAME_PARTS.suffix)}`;
    let cn = `${name()} ${rng.pick(NAME_PARTS.suffix)}`;
    while (cn.startsWith(this.terms.PN.split(" ")[0])) cn = `${name()} ${rng.pick(NAME_PARTS.suffix)}`;
    this.terms.CN = cn;
    this.domain = `${this.terms.PN.split(" ")[0].toLowerCase()}.example.com`;
    for (const key of Object.keys(TERM_CHOICES) as Array<keyof typeof TERM_CHOICES>) {
      if (key === "parties") continue;
      this.terms[key] = this.expand(rng.pick(TERM_CHOICES[key] as string[]));
    }
  }

  section(area: string): SectionBank {
    const s = this.bank.get(area);
    if (!s) throw new Error(`clause bank has no section ${area}`);
    return s;
  }

  private slot(name: string): string {
    const r = this.rng;
    switch (name) {
      case "P's":
        return possessive(this.terms.P);
      case "C's":
        return possessive(this.terms.C);
      case "days": {
        const n = r.pick([5, 7, 10, 14, 15, 20, 30, 45, 60, 90]);
        const unit = r.pick(["days", "days", "calendar days", "business days"]);
        return NUMBER_WORDS[n] && r.chance(0.5) ? `${NUMBER_WORDS[n]} (${n}) ${unit}` : `${n} ${unit}`;
      }
      case "months": {
        const n = r.pick([3, 6, 12, 18, 24, 36]);
        return r.chance(0.5) ? `${NUMBER_WORDS[n]} (${n}) months` : `${n} months`;
      }
      case "hours": {
        const n = r.pick([4, 8, 12, 24, 48, 72]);
        return NUMBER_WORDS[n] && r.chance(0.4) ? `${NUMBER_WORDS[n]} (${n})` : String(n);
      }
      case "money": {
        const amount = r.int(5, 5000) * 1000;
        const cur = r.pick(["$", "USD ", "EUR ", "\u00a3"]);
        return `${cur}${amount.toLocaleString("en-US")}`;
      }
      case "pct": {
        const v = r.pick([0.5, 1, 1.5, 2, 3, 5, 10, 25, 99, 99.5, 99.9, 100, 150, 200]);
        return `${v}%`;
      }
      case "sec":
        return `${r.int(1, 28)}.${r.int(1, 9)}`;
      case "n":
        return String(r.int(2, 250));
      case "year":
        return String(r.int(2024, 2027));
      case "project":
        return this.project;
      case "date":
        return `${r.int(1, 28)} ${r.pick(MONTHS)} ${r.int(2024, 2027)}`;
      case "scope":
        return this.project
          ? this.expand(`${this.project} [project|deployment|pilot|workstream]`)
          : this.expand("[services|work] [described in|ordered under] {Order} number {n}");
      case "domain":
        return this.domain;
      default: {
        const t = this.terms[name];
        if (t === undefined) throw new Error(`clause bank: unknown slot {${name}}`);
        return t;
      }
    }
  }

  /** Expands a template: picks one alternative of each [a|b] (recursively) and fills {slots}. */
  expand(template: string): string {
    let out = "";
    let i = 0;
    while (i < template.length) {
      const ch = template[i];
      if (ch === "[") {
        const close = matching(template, i);
        const alternatives = splitTop(template.slice(i + 1, close));
        out += this.expand(this.rng.pick(alternatives));
        i = close + 1;
      } else if (ch === "{") {
        const close = template.indexOf("}", i);
        out += this.slot(template.slice(i + 1, close));
        i = close + 1;
      } else {
        out += ch;
        i++;
      }
    }
    return out;
  }
}

/** Puts an opening ("Subject to Section 4.2, ") before a sentence, lower-casing its first word where that is an ordinary word. */
function withOpening(c: Composer, body: string): string {
  const first = body.split(" ", 1)[0];
  if (ORDINARY_OPENERS.has(first)) body = first.toLowerCase() + body.slice(first.length);
  return c.expand(c.rng.pick(PREFIXES)) + body;
}

function possessive(term: string): string {
  return term.endsWith("s") ? `${term}'` : `${term}'s`;
}

function matching(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]" && --depth === 0) return i;
  }
  throw new Error(`clause bank: unbalanced [ in "${s}"`);
}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "[") depth++;
    else if (s[i] === "]") depth--;
    else if (s[i] === "|" && depth === 0) {
      parts.push(s.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

function capitalise(s: string): string {
  return s.length > 0 ? s[0].toUpperCase() + s.slice(1) : s;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = s.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Builds an agreement of about `pages` x 500 words. The same (pages, seed) always gives
 * the same paragraphs.
 */
export function generateAgreement(pages: number, seed = 1): GeneratedAgreement {
  const rng = new Random(seed * 7919 + pages);
  const c = new Composer(rng);
  const t = c.terms;
  const target = pages * WORDS_PER_PAGE;
  const paragraphs: string[] = [];
  let words = 0;
  const push = (p: string) => {
    paragraphs.push(p);
    words += countWords(p);
  };

  /** A clause paragraph: one to three sentences of the area, each with its own opening and ending. */
  /**
   * A clause paragraph: one to three sentences of the area. Most sentences get an opening,
   * an ending or both, drawn with fresh numbers and cross-references: that, not the clause
   * number, is what keeps the sentences of a long agreement distinct.
   */
  const clause = (area: string, number: string) => {
    const sentences: string[] = [];
    const n = rng.pick([1, 1, 2, 2, 3]);
    for (let k = 0; k < n; k++) {
      const s = c.section(area);
      let body = c.expand(rng.pick(s.clauses));
      const shouting = body === body.toUpperCase();
      const prefix = !shouting && rng.chance(0.6);
      const suffix = !shouting && (rng.chance(0.6) || !prefix);
      if (suffix) body += c.expand(rng.pick(SUFFIXES));
      if (prefix) body = withOpening(c, body);
      sentences.push(capitalise(body) + ".");
    }
    push(`${number} ${sentences.join(" ")}`);
  };

  const list = (area: string, number: string) => {
    const lists = c.section(area).lists;
    if (!lists) return clause(area, number);
    let leadIn = c.expand(rng.pick(lists.leadIns));
    if (rng.chance(0.6)) leadIn = withOpening(c, leadIn);
    push(`${number} ${leadIn}`);
    const items = rng.shuffle(lists.items).slice(0, rng.int(3, 6));
    items.forEach((item, k) => {
      const last = k === items.length - 1;
      const end = last ? "." : k === items.length - 2 ? "; or" : ";";
      const tail = rng.chance(0.7) ? c.expand(rng.pick(ITEM_SUFFIXES)) : "";
      push(`(${String.fromCharCode(97 + k)}) ${c.expand(item)}${tail}${end}`);
    });
  };

  const article = (num: number, area: string, clauses: number) => {
    const s = c.section(area);
    push(`${num}. ${rng.pick(s.headings)}`);
    for (let k = 1; k <= clauses; k++) {
      if (s.lists && k === 2 && rng.chance(0.6)) list(area, `${num}.${k}`);
      else clause(area, `${num}.${k}`);
    }
  };

  // Title, parties and background.
  push(`${t.Svc.toUpperCase()} ${rng.pick(["SUBSCRIPTION AGREEMENT", "LICENCE AGREEMENT", "MASTER SERVICES AGREEMENT", "TERMS OF SERVICE"])}`);
  push(
    `This ${rng.pick(["Subscription", "Licence", "Master Services"])} Agreement (the "Agreement") is made on ${rng.int(1, 28)} ${rng.pick(["January", "March", "June", "September", "November"])} ${c.expand("{year}")} between ` +
      `${t.PN}, ${rng.pick(NAME_PARTS.place)} with offices at ${rng.int(1, 900)} ${rng.pick(NAME_PARTS.street)}, ${rng.pick(NAME_PARTS.city)} ("${t.P}"), and ` +
      `${t.CN}, ${rng.pick(NAME_PARTS.place)} with offices at ${rng.int(1, 900)} ${rng.pick(NAME_PARTS.street)}, ${rng.pick(NAME_PARTS.city)} ("${t.C}").`,
  );
  push(
    c.expand(
      "Background: {P} operates a hosted service that uses machine learning models to [draft, summarise and classify documents|answer questions and generate content|analyse records and suggest actions]. {C} wishes to use it for [its operations teams|its customer service and legal teams|its engineering and research teams] on the terms below.",
    ),
  );

  // Definitions.
  push(`1. ${rng.pick(["Definitions", "Definitions and Interpretation", "Interpretation"])}`);
  for (const key of rng.shuffle(Object.keys(DEFINITIONS))) {
    push(`"${t[key]}" ${c.expand(rng.pick(DEFINITIONS[key]))}.`);
  }

  // The main agreement: one article per area.
  let num = 2;
  // Always complete, so that even the shortest agreement covers every area.
  for (const area of MAIN_ORDER) article(num++, area, rng.int(2, 4));
  push(`Signed for ${t.PN} by its authorised signatory: ____________________`);
  push(`Signed for ${t.CN} by its authorised signatory: ____________________`);

  // Schedules until the length is reached: each a statement of work with a few areas re-drafted.
  let schedule = 1;
  while (words < target) {
    c.project = `${rng.pick(NAME_PARTS.project)} ${rng.pick(["", "II", "III", "North", "Phase 2", rng.int(2, 99)])}`.trim();
    push(`SCHEDULE ${schedule}: ${rng.pick(["STATEMENT OF WORK", "PROJECT TERMS", "SERVICE DESCRIPTION"])} (${c.project.toUpperCase()})`);
    push(`${capitalise(c.expand(rng.pick(SCHEDULE_INTROS)))}.`);
    if (rng.chance(0.7)) push(`${c.expand(rng.pick(SCHEDULE_DEFINITIONS))}.`);
    const areas = rng.shuffle(MAIN_ORDER).slice(0, rng.int(2, 4));
    let n = 1;
    for (const area of areas) {
      if (words >= target) break;
      article(n++, area, rng.int(2, 5));
    }
    schedule++;
  }

  const bytes = Buffer.byteLength(paragraphs.join("\n"), "utf8");
  return { paragraphs, words, bytes, parties: { licensor: t.P, licensee: t.C } };
}

/**
 * Sentences (as the engine splits them, clause numbers removed) and how many are
 * distinct: the check that the generator does not simply repeat itself.
 */
export function distinctSentences(paragraphs: string[]): { total: number; distinct: number } {
  const seen = new Set<string>();
  let total = 0;
  for (const p of paragraphs) {
    for (const span of splitSentences(p)) {
      const s = p.slice(span.start, span.end).replace(/^(?:\d+(?:\.\d+)*\.?|\([a-z]\))\s+/, "");
      if (s.split(/\s+/).length < 6) continue; // headings and signature lines
      total++;
      seen.add(s);
    }
  }
  return { total, distinct: seen.size };
}
