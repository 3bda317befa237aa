// Applying a checklist to a prepared document: patterns -> rule matches ->
// findings per side -> one status per area. Matching does not depend on the side,
// so `analyze` runs once and `reviewFor` presents it for either side cheaply.

import { LICENSEE, LICENSOR, prepareDocument, readSentences, readStructure, type PreparedDocument, type Segment } from "./document";
import { fillTemplate, termsForFilling } from "./fill";
import { compilePattern, PatternIndex, type CompiledPattern, type WorkCounter } from "./patterns";
import { grown } from "./text";
import type {
  AreaDefinition,
  AreaReview,
  ChecklistDefinition,
  DocumentText,
  Finding,
  FindingKind,
  Review,
  ReviewOptions,
  RuleDefinition,
  Sentence,
  Severity,
  Side,
  Status,
  Strictness,
} from "./types";

interface CompiledRule {
  area: number;
  def: RuleDefinition;
  /** Pattern ids of each group of `match.all`. */
  groups: number[][];
  /** Pattern ids of `match.none`. */
  none: number[];
  /** The rules of the same area named by `unlessElsewhere`: if one of them fires anywhere, this one's matches are dropped. */
  answeredBy: number[];
}

/** What a pattern's occurrence means: which rules it may anchor, and which areas it addresses or clears. */
interface PatternRole {
  /** Rules for which this pattern belongs to the anchor group (the group checked first). */
  anchors: number[];
  addresses: number[];
  clears: number[];
}

interface CompiledChecklist {
  rules: CompiledRule[];
  /**
   * Each pattern's role laid end to end, from roleAt[id]: the count and ids of the rules it
   * anchors, of the areas it clears and of the areas it addresses (one read of adjacent
   * numbers per pattern hit, where role objects cost a cache miss each).
   */
  roleAt: Int32Array;
  roleData: Int32Array;
  /**
   * What each rule needs of a sentence's hits, laid end to end from checkAt[rule]: the count and
   * ids of its `none` patterns, the count of its groups, then each group's count and pattern
   * ids (see allGroupsHit, which most candidate rules fail).
   */
  checkAt: Int32Array;
  checks: Int32Array;
  index: PatternIndex;
  table: HitTable;
}

const compiledCache = new WeakMap<ChecklistDefinition, CompiledChecklist>();

/**
 * How likely a pattern is to occur in any sentence: a pattern that is only a
 * concept ("{output}") or a lone common word occurs everywhere; a phrase rarely.
 * Each rule is anchored on its least likely group, so a sentence only evaluates
 * the rules whose rarest part it contains.
 */
function commonness(pattern: CompiledPattern): number {
  const tests = pattern.elements.filter((e) => e.kind === "test").length;
  const onlyConcept = pattern.elements.every((e) => e.kind !== "test" || e.options.every((o) => o.kind === "concept"));
  return onlyConcept ? 3 : tests === 1 ? 2 : 1;
}

/** Compiles every pattern of the checklist once (cached per checklist object). Throws PatternError on a bad pattern. */
function compileChecklist(checklist: ChecklistDefinition): CompiledChecklist {
  const cached = compiledCache.get(checklist);
  if (cached) return cached;
  const ids = new Map<string, number>();
  const patterns: CompiledPattern[] = [];
  const roles: PatternRole[] = [];
  const idOf = (source: string): number => {
    let id = ids.get(source);
    if (id === undefined) {
      id = patterns.length;
      ids.set(source, id);
      patterns.push(compilePattern(source));
      roles.push({ anchors: [], addresses: [], clears: [] });
    }
    return id;
  };
  const rules: CompiledRule[] = [];
  checklist.areas.forEach((area, a) => {
    if (area.enabled === false) return;
    for (const p of area.addressedBy) roles[idOf(p)].addresses.push(a);
    for (const p of area.clearedBy ?? []) roles[idOf(p)].clears.push(a);
    for (const def of area.rules) {
      const r = rules.length;
      const groups = def.match.all.map((group) => group.map(idOf));
      rules.push({ area: a, def, groups, none: (def.match.none ?? []).map(idOf), answeredBy: [] });
      let anchor = 0;
      let best = Infinity;
      groups.forEach((group, g) => {
        const score = Math.max(...group.map((id) => commonness(patterns[id])));
        if (score <= best) {
          best = score;
          anchor = g;
        }
      });
      for (const id of groups[anchor]) roles[id].anchors.push(r);
    }
  });
  for (const rule of rules) {
    const names = rule.def.unlessElsewhere ?? [];
    rules.forEach((other, r) => {
      if (other.area === rule.area && names.includes(other.def.id)) rule.answeredBy.push(r);
    });
  }
  const checkAt = new Int32Array(rules.length);
  const checks: number[] = [];
  rules.forEach((rule, r) => {
    checkAt[r] = checks.length;
    checks.push(rule.none.length, ...rule.none, rule.groups.length);
    for (const group of rule.groups) checks.push(group.length, ...group);
  });
  const index = new PatternIndex();
  patterns.forEach((pattern, id) => index.add(pattern, id));
  const roleAt = new Int32Array(roles.length);
  const roleData: number[] = [];
  roles.forEach((role, id) => {
    roleAt[id] = roleData.length;
    for (const list of [role.anchors, role.clears, role.addresses]) {
      roleData.push(list.length);
      for (const x of list) roleData.push(x);
    }
  });
  const compiled = { rules, roleAt, roleData: Int32Array.from(roleData), checkAt, checks: Int32Array.from(checks), index, table: new HitTable(patterns.length) };
  compiledCache.set(checklist, compiled);
  return compiled;
}

/**
 * A rule's hits in one sentence (or one clause unit), group by group: numbers of hits in the
 * HitTable, group g's from `from[g]` to `from[g + 1]`. Filled anew for each rule judged, with
 * no object per hit: a review judges a few thousand rules, and objects and arrays made for
 * their hits were a third of what it allocated.
 */
class HitLists {
  hits = new Int32Array(64);
  from = new Int32Array(9);
  groups = 0;
  private count = 0;

  reset(): void {
    this.groups = 0;
    this.count = 0;
    this.from[0] = 0;
  }

  push(k: number): void {
    if (this.count === this.hits.length) this.hits = grown(this.hits, 2 * this.count);
    this.hits[this.count++] = k;
  }

  /** Ends the group being filled. */
  close(): void {
    if (this.groups + 2 > this.from.length) this.from = grown(this.from, 2 * this.from.length);
    this.from[++this.groups] = this.count;
  }
}

/** The hits of the rule being judged, the usable ones among them, and those of one clause unit (rules are judged one at a time). */
const RULE_HITS = new HitLists();
const USABLE_HITS = new HitLists();
const UNIT_HITS = new HitLists();

/**
 * The hits of each pattern in the current sentence, filled by the scan: start and end
 * tokens in typed arrays, each pattern's hits chained in the order found. One table per
 * compiled checklist serves every review (reviews are synchronous): a table and callback
 * made per review died with it, and V8 then discarded the scan's optimised code compiled
 * against them.
 */
class HitTable {
  /** Each hit's start and end token (read by rule evaluation through HitLists). */
  start = new Int32Array(256);
  end = new Int32Array(256);
  /** The next hit of the same pattern, or -1. */
  private next = new Int32Array(256);
  private length = 0;
  /** Each pattern's first and last hit in the sentence, or -1. */
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /**
   * The patterns with hits, in the order of their first hit: the first `touchedCount`. A count,
   * not an array emptied with `length = 0`, which gives up its storage and regrows it per sentence.
   */
  readonly touched: Int32Array;
  touchedCount = 0;

  constructor(patterns: number) {
    this.first = new Int32Array(patterns).fill(-1);
    this.last = new Int32Array(patterns).fill(-1);
    this.touched = new Int32Array(patterns);
  }

  hit(id: number, start: number, end: number): void {
    if (this.length === this.start.length) this.grow();
    const k = this.length++;
    this.start[k] = start;
    this.end[k] = end;
    this.next[k] = -1;
    if (this.first[id] === -1) {
      this.first[id] = k;
      this.touched[this.touchedCount++] = id;
    } else this.next[this.last[id]] = k;
    this.last[id] = k;
  }

  has(id: number): boolean {
    return this.first[id] !== -1;
  }

  /** Whether a hit of pattern `id` ends after token `from` (in the sentence's own words, not its lead-in). */
  endsAfter(id: number, from: number): boolean {
    for (let k = this.first[id]; k !== -1; k = this.next[k]) if (this.end[k] > from) return true;
    return false;
  }

  /** Fills `out` with the hits of each group of the rule whose checks begin at checks[q] (see allGroupsHit): pattern by pattern, each in the order found. */
  collect(checks: Int32Array, q: number, out: HitLists): void {
    out.reset();
    q += 1 + checks[q]; // past the rule's `none` patterns
    const groups = checks[q++];
    for (let g = 0; g < groups; g++) {
      for (const end = q + 1 + checks[q++]; q < end; q++) for (let k = this.first[checks[q]]; k !== -1; k = this.next[k]) out.push(k);
      out.close();
    }
  }

  clear(): void {
    for (let k = 0; k < this.touchedCount; k++) this.first[this.touched[k]] = -1;
    this.touchedCount = 0;
    this.length = 0;
  }

  private grow(): void {
    const size = 2 * this.start.length;
    this.start = grown(this.start, size);
    this.end = grown(this.end, size);
    this.next = grown(this.next, size);
  }
}

/** A rule that fired on a sentence, or a sentence that addresses an area. */
export interface Match {
  area: number;
  rule?: RuleDefinition;
  sentence: Sentence;
  /** The sentence contains one of the area's clearing phrases: a risk here is reported as a mention. */
  cleared?: boolean;
}

export interface Analysis {
  checklist: ChecklistDefinition;
  document: PreparedDocument;
  /** Sentences read (a list item counts once, with its lead-in). */
  sentences: number;
  matches: Match[];
}

const BY_PREPOSITIONS = new Set(["by", "of", "from", "with", "for"]);
const BE = new Set(["be", "is", "are", "was", "were", "been", "being"]);

/** A passive verb right after a subject: "(will) be notified", "is given". */
function passiveAfter(tokens: Segment["tokens"], from: number): boolean {
  for (let i = from; i < Math.min(tokens.length - 1, from + 3); i++) {
    if (BE.has(tokens.norm(i))) {
      const next = tokens.norm(i + 1);
      return next.endsWith("ed") || next.endsWith("en") || next === "given" || next === "sent" || next === "told";
    }
  }
  return false;
}

/** The side of each Segment.partySide value. */
const SIDE_OF_PARTY: Array<Side | undefined> = [];
SIDE_OF_PARTY[LICENSOR] = "licensor";
SIDE_OF_PARTY[LICENSEE] = "licensee";

/** The side of the party doing what starts at token `s`, or undefined where none is named (passive drafting). */
function actorAt(seg: Segment, s: number): Side | undefined {
  const { tokens, partySide, spans } = seg;
  // The match begins with the party doing it: "Provider shall not be liable for decisions made
  // by Customer" is Provider's act, whatever "by" follows; "Customer will be notified" is not
  // Customer's (a passive subject receives the act).
  const own = SIDE_OF_PARTY[partySide[s]];
  if (own && !passiveAfter(tokens, spans.end[s] || s + 1)) return own;
  // "Customer Data may be used by Provider", "an audit of its records by Provider".
  for (let i = s; i < Math.min(tokens.length - 1, s + 10); i++) {
    const by = SIDE_OF_PARTY[partySide[i + 1]];
    if (by && tokens.norm(i) === "by") return by;
  }
  for (let i = s - 1; i >= 0; i--) {
    const side = SIDE_OF_PARTY[partySide[i]];
    if (!side) continue;
    if (i > 0 && BY_PREPOSITIONS.has(tokens.norm(i - 1))) continue; // "Input submitted by Customer may be used ..."
    if (passiveAfter(tokens, spans.end[i] || i + 1)) continue; // "Customer will be notified ..."
    return side;
  }
  return undefined;
}

// The rule evaluation below uses loops, not callbacks: a closure made per call is compiled
// anew by V8 after each review, and the review ran unoptimised meanwhile.

/**
 * Whether a hit starting at token `at` can count for a rule of `polarity`. A leading condition
 * ("Where Client Data has been used to train ..., the Supplier shall") is hypothetical: its
 * words cannot make a grant or a prohibition, only an "any" rule.
 */
function usableAt(at: number, polarity: string, inCondition: Uint8Array): boolean {
  return polarity === "any" || inCondition[at] === 0;
}

/** Copies to `out` each group's usable hits. */
function usableHits(all: HitLists, polarity: string, inCondition: Uint8Array, start: Int32Array, out: HitLists): HitLists {
  out.reset();
  for (let g = 0; g < all.groups; g++) {
    for (let q = all.from[g]; q < all.from[g + 1]; q++) if (usableAt(start[all.hits[q]], polarity, inCondition)) out.push(all.hits[q]);
    out.close();
  }
  return out;
}

function ruleFires(rule: CompiledRule, seg: Segment, table: HitTable, all: HitLists): boolean {
  const match = rule.def.match;
  if (match.inDefinitions === false && seg.isDefinition) return false;
  const { unitOf, inCondition } = seg.clauses;
  const { start } = table;
  const polarity = match.polarity ?? "affirmative";
  if ((match.scope ?? "clause") === "sentence") return unitFires(rule, seg, table, usableHits(all, polarity, inCondition, start, USABLE_HITS));
  // The usual case: every usable hit in one clause unit, none in a lead-in. Judged as it stands.
  let onlyUnit = -1;
  let oneUnit = true;
  let allUsable = true;
  for (let q = 0; q < all.from[all.groups]; q++) {
    const at = start[all.hits[q]];
    if (!usableAt(at, polarity, inCondition)) allUsable = false;
    else if (at < seg.leadInEnd || (onlyUnit !== -1 && unitOf[at] !== onlyUnit)) oneUnit = false;
    else onlyUnit = unitOf[at];
  }
  if (oneUnit) return onlyUnit !== -1 && unitFires(rule, seg, table, allUsable ? all : usableHits(all, polarity, inCondition, start, USABLE_HITS));
  // Otherwise hits are sorted into their clause units once, so a sentence of thousands of clauses
  // costs one pass over its hits, not one per clause. A hit that starts in a lead-in ending in ":"
  // ("The Supplier shall, at its own cost:") belongs to every item of the list after it.
  const groups = all.groups;
  const leadIn: number[][] = [];
  for (let g = 0; g < groups; g++) leadIn.push([]);
  const byUnit = new Map<number, number[][]>();
  for (let g = 0; g < groups; g++) {
    for (let q = all.from[g]; q < all.from[g + 1]; q++) {
      const k = all.hits[q];
      const at = start[k];
      if (!usableAt(at, polarity, inCondition)) continue;
      const unit = unitOf[at];
      let bucket = byUnit.get(unit);
      if (!bucket) {
        bucket = [];
        for (let b = 0; b < groups; b++) bucket.push([]);
        byUnit.set(unit, bucket);
      }
      if (at < seg.leadInEnd) leadIn[g].push(k);
      else bucket[g].push(k);
    }
  }
  for (const bucket of byUnit.values()) {
    UNIT_HITS.reset();
    for (let g = 0; g < groups; g++) {
      for (const k of bucket[g]) UNIT_HITS.push(k);
      for (const k of leadIn[g]) UNIT_HITS.push(k);
      UNIT_HITS.close();
    }
    if (unitFires(rule, seg, table, UNIT_HITS)) return true;
  }
  return false;
}

/** Whether the rule fires on the hits of one clause unit (or of the whole sentence). */
function unitFires(rule: CompiledRule, seg: Segment, table: HitTable, lists: HitLists): boolean {
  const match = rule.def.match;
  const polarity = match.polarity ?? "affirmative";
  const { hits, from, groups } = lists;
  const { start, end } = table;
  for (let g = 0; g < groups; g++) if (from[g + 1] === from[g]) return false;
  // Only the sentence's own words can make it a finding; the lead-in only gives context.
  let own = false;
  for (let q = 0; q < from[groups]; q++) if (end[hits[q]] > seg.ownFrom) own = true;
  if (!own) return false;
  if (polarity !== "any") {
    // Polarity is judged where the last group matched: "shall not use ... to train" is negated,
    // "shall not use ..., except that Provider may use ... to improve" is revived by its exception.
    const { negated } = seg.clauses;
    const wanted = polarity === "negated";
    let judged = false;
    for (let q = from[groups - 1]; q < from[groups]; q++) if ((negated[end[hits[q]] - 1] === 1) === wanted) judged = true;
    if (!judged) return false;
  }
  if (match.actor) {
    // The act starts at the first hit of the first group.
    let first = start[hits[from[0]]];
    for (let q = from[0]; q < from[1]; q++) if (start[hits[q]] < first) first = start[hits[q]];
    const actor = actorAt(seg, first);
    if (actor && actor !== match.actor) return false;
  }
  return true;
}

/** Work allowed for a review: generous for any real checklist (the built-in one needs about 15 per word). */
const WORK_BASE = 2_000_000;
const WORK_PER_TOKEN = 200;

/** Whether every group of the rule whose checks begin at checks[q] has a hit and no `none` pattern has (see CompiledChecklist.checks): most candidates fail here. */
function allGroupsHit(checks: Int32Array, q: number, table: HitTable): boolean {
  for (const end = q + 1 + checks[q++]; q < end; q++) if (table.has(checks[q])) return false;
  const groups = checks[q++];
  for (let g = 0; g < groups; g++) {
    const end = q + 1 + checks[q++];
    let any = false;
    for (; q < end; q++) {
      if (table.has(checks[q])) {
        any = true;
        break;
      }
    }
    if (!any) return false;
    q = end;
  }
  return true;
}

/** Finds every rule and area mention in the document. Independent of the side reviewed. */
export function analyze(doc: DocumentText, checklist: ChecklistDefinition, work?: WorkCounter): Analysis {
  const { rules, roleAt, roleData, checkAt, checks, index, table } = compileChecklist(checklist);
  const document = prepareDocument(doc, checklist);
  // The matcher's work is bounded per pattern attempt; this bounds the whole review, so that
  // no playbook, however many patterns start with a common word, can hang the pane.
  const spent: WorkCounter = work ?? { tokens: 0, attempts: 0, steps: 0 };
  const workBefore = spent.attempts + spent.steps;
  const tokensBefore = spent.tokens;
  index.begin();
  const matches: Match[] = [];
  const { touched } = table;
  table.clear(); // a review stopped by its work limit leaves hits behind
  // Per-sentence sets as arrays with a sentence stamp per rule or area: no hashing, nothing to
  // clear, and the arrays keep first-insertion order as the Sets did (it decides the order of matches).
  let stamp = 0;
  const candidateSeen = new Int32Array(rules.length);
  const candidates = new Int32Array(rules.length);
  const addressedSeen = new Int32Array(checklist.areas.length);
  const addressed = new Int32Array(checklist.areas.length);
  const clearedAt = new Int32Array(checklist.areas.length);
  const firedAt = new Int32Array(checklist.areas.length);
  /** Each match's rule (-1 where it only addresses an area), and the rules that fired anywhere: for `unlessElsewhere`. */
  const matchRules: number[] = [];
  const ruleFired = new Uint8Array(rules.length);
  let sentences = 0;
  const reader = readSentences(document);
  for (let seg = reader.next(); seg !== undefined; seg = reader.next()) {
    sentences++;
    // The allowance grows with the words read so far, this sentence included.
    const words = spent.tokens - tokensBefore + seg.tokens.length;
    index.scan(seg.tokens, seg.spans, table, spent, workBefore + WORK_BASE + WORK_PER_TOKEN * words);
    const touchedCount = table.touchedCount;
    if (touchedCount === 0) continue;
    const s = ++stamp;
    // Each sentence meets a rule or an area at most once (stamped), so counts in arrays of their size suffice.
    let candidateCount = 0;
    let addressedCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t];
      // Each list is its count, then its numbers (see CompiledChecklist.roleData).
      let q = roleAt[id];
      const anchors = roleData[q++];
      for (const end = q + anchors; q < end; q++) {
        const r = roleData[q];
        if (candidateSeen[r] === s) continue;
        candidateSeen[r] = s;
        candidates[candidateCount++] = r;
      }
      const clears = roleData[q++];
      for (const end = q + clears; q < end; q++) clearedAt[roleData[q]] = s;
      const addresses = roleData[q++];
      if (addresses > 0 && table.endsAfter(id, seg.ownFrom)) {
        for (const end = q + addresses; q < end; q++) {
          const a = roleData[q];
          if (addressedSeen[a] === s) continue;
          addressedSeen[a] = s;
          addressed[addressedCount++] = a;
        }
      }
    }
    for (let c = 0; c < candidateCount; c++) {
      const r = candidates[c];
      if (!allGroupsHit(checks, checkAt[r], table)) continue;
      const rule = rules[r];
      readStructure(seg);
      table.collect(checks, checkAt[r], RULE_HITS);
      if (ruleFires(rule, seg, table, RULE_HITS)) {
        matches.push(
          clearedAt[rule.area] === s
            ? { area: rule.area, rule: rule.def, sentence: seg.sentence, cleared: true }
            : { area: rule.area, rule: rule.def, sentence: seg.sentence },
        );
        matchRules.push(r);
        ruleFired[r] = 1;
        firedAt[rule.area] = s;
      }
    }
    for (let k = 0; k < addressedCount; k++) {
      const a = addressed[k];
      if (firedAt[a] !== s) {
        matches.push({ area: a, sentence: seg.sentence });
        matchRules.push(-1);
      }
    }
    table.clear();
  }
  return { checklist, document, sentences, matches: dropAnswered(rules, matches, matchRules, ruleFired) };
}

/** Removes matches of rules whose `unlessElsewhere` rules fired somewhere in the document (`fired`, by rule; `matchRules`, each match's rule or -1). */
function dropAnswered(rules: CompiledRule[], matches: Match[], matchRules: number[], fired: Uint8Array): Match[] {
  let answerable = false;
  for (const rule of rules) if (rule.answeredBy.length > 0) answerable = true;
  if (!answerable) return matches;
  const kept: Match[] = [];
  for (let k = 0; k < matches.length; k++) {
    const r = matchRules[k];
    let answered = false;
    if (r >= 0) for (const other of rules[r].answeredBy) if (fired[other] === 1) answered = true;
    if (!answered) kept.push(matches[k]);
  }
  return kept;
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const LOWEST_REPORTED: Record<Strictness, Severity> = { pragmatic: "high", balanced: "medium", strict: "low" };
/** Neutral mentions shown per area: enough to show where the area is addressed without burying the flags. */
const MAX_MENTIONS = 6;

function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/** Each rule's id as findings give it ("area/rule"), by area (a playbook may share a rule object between areas), made once rather than once per finding. */
const RULE_IDS = new WeakMap<AreaDefinition, Map<RuleDefinition, string>>();

function ruleIdOf(area: AreaDefinition, rule: RuleDefinition): string {
  let ids = RULE_IDS.get(area);
  if (ids === undefined) RULE_IDS.set(area, (ids = new Map()));
  let id = ids.get(rule);
  if (id === undefined) ids.set(rule, (id = `${area.id}/${rule.id}`));
  return id;
}

function findingsFor(area: AreaDefinition, areaMatches: Match[], side: Side, fill: (t: string) => string, lowest: Severity): Finding[] {
  const addressedId = `${area.id}/addressed`;
  const addressedMessage = `Addresses ${area.title.toLowerCase()}.`;
  // Shown in this order: risks, protections, then mentions, each in reading order. A sentence
  // reported as a risk or protection is not repeated as a mention, and a rule is reported once per sentence.
  const risks: Finding[] = [];
  const protections: Finding[] = [];
  const mentions: Finding[] = [];
  // analyze finds matches in reading order, so one sentence's matches are adjacent: they are
  // judged together, one sentence at a time.
  const matches = inReadingOrder(areaMatches) ? areaMatches : [...areaMatches].sort((a, b) => placeKey(a.sentence.paragraph, a.sentence.start) - placeKey(b.sentence.paragraph, b.sentence.start));
  // The current sentence's: rules reported, mentions, and whether it is flagged.
  let reported: string[] = [];
  let sentenceMentions: Finding[] = [];
  let flagged = false;
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const rule = m.rule;
    let kind: FindingKind = rule ? rule.effect[side] ?? "mention" : "mention";
    if (kind === "risk" && m.cleared) kind = "mention";
    const severity = rule?.severity ?? area.severity;
    // Strictness decides which severities are reported as risks; the rest stay visible as mentions.
    if (kind === "risk" && SEVERITY_RANK[maxSeverity(severity, area.severity)] < SEVERITY_RANK[lowest]) kind = "mention";
    const ruleId = rule ? ruleIdOf(area, rule) : addressedId;
    const { paragraph, start, end, text } = m.sentence;
    if (!reported.includes(ruleId)) {
      reported.push(ruleId);
      const message = rule ? fill(rule.message) : addressedMessage;
      // Two literals rather than a spread: the same key order (the CLI's JSON), without the spread's generic copy.
      const finding: Finding = rule?.expected
        ? { ruleId, kind, severity, message, expected: fill(rule.expected), paragraph, start, end, text }
        : { ruleId, kind, severity, message, paragraph, start, end, text };
      if (kind === "risk") risks.push(finding);
      else if (kind === "protection") protections.push(finding);
      else sentenceMentions.push(finding);
      if (kind !== "mention") flagged = true;
    }
    const next = matches[k + 1];
    if (next === undefined || next.sentence.paragraph !== paragraph || next.sentence.start !== start) {
      // The sentence's last match: its mentions count unless it was flagged.
      if (!flagged) for (const f of sentenceMentions) if (mentions.length < MAX_MENTIONS) mentions.push(f);
      reported = [];
      if (sentenceMentions.length > 0) sentenceMentions = [];
      flagged = false;
    }
  }
  return risks.concat(protections, mentions);
}

/** Whether `matches` are in reading order (by paragraph, then offset), as analyze finds them. */
function inReadingOrder(matches: Match[]): boolean {
  for (let k = 1; k < matches.length; k++) {
    const a = matches[k - 1].sentence;
    const b = matches[k].sentence;
    if (b.paragraph < a.paragraph || (b.paragraph === a.paragraph && b.start < a.start)) return false;
  }
  return true;
}

/** A sentence's place as one number: paragraph, then offset (paragraphs are far shorter than 2^26 characters). */
function placeKey(paragraph: number, start: number): number {
  return paragraph * 67_108_864 + start;
}

function statusOf(findings: Finding[]): Status {
  if (findings.some((f) => f.kind === "risk")) return "risk";
  return findings.length > 0 ? "ok" : "missing";
}

/** Presents an analysis for one side: findings, statuses, and fallbacks in the document's terms. */
export function reviewFor(analysis: Analysis, options: ReviewOptions, file?: string): Review {
  const { checklist, document } = analysis;
  const side = options.perspective;
  const lowest = LOWEST_REPORTED[options.strictness ?? checklist.strictness ?? "strict"];
  const terms = termsForFilling(document.terms, checklist);
  // A rule's message is filled once per review, not once per finding: a long agreement repeats
  // the same few dozen messages hundreds of times, and filling is pure given the terms.
  const filled = new Map<string, string>();
  const fill = (t: string) => {
    let out = filled.get(t);
    if (out === undefined) filled.set(t, (out = fillTemplate(t, terms)));
    return out;
  };
  const byArea = new Map<number, Match[]>();
  for (const m of analysis.matches) {
    const list = byArea.get(m.area);
    if (list) list.push(m);
    else byArea.set(m.area, [m]);
  }
  const areas: AreaReview[] = [];
  checklist.areas.forEach((area, a) => {
    if (area.enabled === false) return;
    const findings = findingsFor(area, byArea.get(a) ?? [], side, fill, lowest);
    const status = statusOf(findings);
    const severity = findings.filter((f) => f.kind === "risk").reduce((s, f) => maxSeverity(s, f.severity), area.severity);
    areas.push({
      id: area.id,
      title: area.title,
      status,
      severity,
      why: area.why,
      findings,
      fallbacks: area.fallbacks[side].map((f) => ({ id: f.id, title: fill(f.title), text: fill(f.text), note: fill(f.note) })),
    });
  });
  const summary: Record<Status, number> = { risk: 0, missing: 0, ok: 0 };
  for (const a of areas) summary[a.status]++;
  return {
    ...(file !== undefined ? { file } : {}),
    perspective: side,
    checklist: { id: checklist.id, version: checklist.version },
    parties: { licensor: [...document.terms.parties.licensor], licensee: [...document.terms.parties.licensee] },
    terms: terms.primary,
    areas,
    summary,
  };
}

/** A few sentences of our own drafting that take the engine through its main paths: parties, a definition, a prohibition with an exception, a condition, a list. */
const WARM_UP: DocumentText = {
  paragraphs: [
    'This Agreement is made between Northfield Systems Ltd ("Provider") and Harbour Retail plc ("Customer").',
    '"Customer Data" means the data that Customer submits to the Service.',
    "Provider shall not use Customer Data to train any model, except that Provider may use aggregated usage data to improve the Service; Customer owns all Output.",
    "If Customer does not pay the fees, Provider may suspend the Service:",
    "(a) on thirty days' written notice; and",
  ],
};

/**
 * Compiles `checklist` and reviews a few sentences with it, so that the first review of a
 * document pays neither for compiling the patterns nor for the JavaScript engine's first pass
 * over this code (about 230 ms for the built-in sample in a fresh process, 60 ms after).
 * Pure and repeatable; the pane runs it while idle. Throws what the review would throw.
 */
export function prepare(checklist: ChecklistDefinition): void {
  reviewFor(analyze(WARM_UP, checklist), { perspective: "licensee" });
}

/** Reviews a document for one side. */
export function review(doc: DocumentText, checklist: ChecklistDefinition, options: ReviewOptions): Review {
  return reviewFor(analyze(doc, checklist), options, doc.file);
}
