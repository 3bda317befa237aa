// Applying a checklist to a prepared document: patterns -> rule matches ->
// findings per side -> one status per area. Matching does not depend on the side,
// so `analyze` runs once and `reviewFor` presents it for either side cheaply.

import { prepareDocument, type PreparedDocument, type Segment } from "./document";
import { fillTemplate, termsForFilling } from "./fill";
import { compilePattern, PatternIndex, type CompiledPattern, type WorkCounter } from "./patterns";
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

type Owner =
  | { type: "group"; rule: number; group: number }
  | { type: "none"; rule: number }
  | { type: "addressed"; area: number }
  | { type: "cleared"; area: number };

interface CompiledRule {
  area: number;
  def: RuleDefinition;
  groups: number;
}

interface CompiledChecklist {
  rules: CompiledRule[];
  index: PatternIndex<Owner[]>;
}

const compiledCache = new WeakMap<ChecklistDefinition, CompiledChecklist>();

/** Compiles every pattern of the checklist once (cached per checklist object). Throws PatternError on a bad pattern. */
function compileChecklist(checklist: ChecklistDefinition): CompiledChecklist {
  const cached = compiledCache.get(checklist);
  if (cached) return cached;
  const patterns = new Map<string, { pattern: CompiledPattern; owners: Owner[] }>();
  const own = (source: string, owner: Owner) => {
    let entry = patterns.get(source);
    if (!entry) patterns.set(source, (entry = { pattern: compilePattern(source), owners: [] }));
    entry.owners.push(owner);
  };
  const rules: CompiledRule[] = [];
  checklist.areas.forEach((area, a) => {
    if (area.enabled === false) return;
    for (const p of area.addressedBy) own(p, { type: "addressed", area: a });
    for (const p of area.clearedBy ?? []) own(p, { type: "cleared", area: a });
    for (const def of area.rules) {
      const r = rules.length;
      rules.push({ area: a, def, groups: def.match.all.length });
      def.match.all.forEach((group, g) => group.forEach((p) => own(p, { type: "group", rule: r, group: g })));
      for (const p of def.match.none ?? []) own(p, { type: "none", rule: r });
    }
  });
  const index = new PatternIndex<Owner[]>();
  for (const { pattern, owners } of patterns.values()) index.add(pattern, owners);
  const compiled = { rules, index };
  compiledCache.set(checklist, compiled);
  return compiled;
}

interface Hit {
  start: number;
  end: number;
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
  matches: Match[];
}

const BY_PREPOSITIONS = new Set(["by", "of", "from", "with", "for"]);

/** The side of the party doing what starts at token `s`, or undefined where none is named (passive drafting). */
function actorAt(seg: Segment, s: number): Side | undefined {
  const { tokens, partySide } = seg;
  // Passive: "... may be used by Provider to train ..."
  for (let i = s; i < Math.min(tokens.length - 1, s + 10); i++) {
    if (tokens[i].norm === "by" && partySide[i + 1]) return partySide[i + 1];
  }
  for (let i = s - 1; i >= 0; i--) {
    const side = partySide[i];
    if (!side) continue;
    if (i > 0 && BY_PREPOSITIONS.has(tokens[i - 1].norm)) continue; // "Input submitted by Customer may be used ..."
    return side;
  }
  return undefined;
}

function ruleFires(rule: CompiledRule, seg: Segment, groups: Hit[][]): boolean {
  const match = rule.def.match;
  if (match.inDefinitions === false && seg.isDefinition) return false;
  const { unitOf, negated, inCondition } = seg.clauses;
  const units = new Set<number>();
  if ((match.scope ?? "clause") === "sentence") units.add(-1);
  else for (const hits of groups) for (const h of hits) units.add(unitOf[h.start]);
  for (const unit of units) {
    // A lead-in ending in ":" governs every item of the list after it.
    const inUnit = (h: Hit) => unit === -1 || unitOf[h.start] === unit || h.end <= seg.leadInEnd;
    const polarity = match.polarity ?? "affirmative";
    // A leading condition ("Where Client Data has been used to train ..., the Supplier shall")
    // is hypothetical: its words cannot make a grant or a prohibition, only an "any" rule.
    const counts = (h: Hit) => inUnit(h) && (polarity === "any" || inCondition[h.start] === 0);
    const chosen = groups.map((hits) => hits.filter(counts));
    if (chosen.some((hits) => hits.length === 0)) continue;
    // Only the sentence's own words can make it a finding; the lead-in only gives context.
    if (!chosen.some((hits) => hits.some((h) => h.end > seg.ownFrom))) continue;
    if (polarity !== "any") {
      // Polarity is judged where the last group matched: "shall not use ... to train" is negated,
      // "shall not use ..., except that Provider may use ... to improve" is revived by its exception.
      const last = chosen[chosen.length - 1];
      const ok = last.some((h) => (negated[h.end - 1] === 1) === (polarity === "negated"));
      if (!ok) continue;
    }
    if (match.actor) {
      const first = chosen[0].reduce((a, b) => (b.start < a.start ? b : a));
      const actor = actorAt(seg, first.start);
      if (actor && actor !== match.actor) continue;
    }
    return true;
  }
  return false;
}

/** Finds every rule and area mention in the document. Independent of the side reviewed. */
export function analyze(doc: DocumentText, checklist: ChecklistDefinition, work?: WorkCounter): Analysis {
  const { rules, index } = compileChecklist(checklist);
  const document = prepareDocument(doc, checklist);
  const matches: Match[] = [];
  const groupHits = new Map<number, Hit[][]>();
  const vetoed = new Set<number>();
  const addressed = new Set<number>();
  const cleared = new Set<number>();
  for (const seg of document.segments) {
    groupHits.clear();
    vetoed.clear();
    addressed.clear();
    cleared.clear();
    index.scan(seg.tokens, seg.spans, (owners, start, end) => {
      for (const o of owners) {
        if (o.type === "group") {
          let g = groupHits.get(o.rule);
          if (!g) groupHits.set(o.rule, (g = Array.from({ length: rules[o.rule].groups }, () => [])));
          g[o.group].push({ start, end });
        } else if (o.type === "none") vetoed.add(o.rule);
        else if (o.type === "cleared") cleared.add(o.area);
        else if (end > seg.ownFrom) addressed.add(o.area);
      }
    }, work);
    const firedAreas = new Set<number>();
    for (const [r, groups] of groupHits) {
      if (vetoed.has(r) || groups.some((h) => h.length === 0)) continue;
      const rule = rules[r];
      if (ruleFires(rule, seg, groups)) {
        matches.push({ area: rule.area, rule: rule.def, sentence: seg.sentence, ...(cleared.has(rule.area) ? { cleared: true } : {}) });
        firedAreas.add(rule.area);
      }
    }
    for (const a of addressed) if (!firedAreas.has(a)) matches.push({ area: a, sentence: seg.sentence });
  }
  return { checklist, document, matches };
}

const SEVERITY_RANK: Record<Severity, number> = { low: 0, medium: 1, high: 2 };
const LOWEST_REPORTED: Record<Strictness, Severity> = { pragmatic: "high", balanced: "medium", strict: "low" };
const KIND_RANK: Record<FindingKind, number> = { risk: 0, protection: 1, mention: 2 };
/** Neutral mentions shown per area: enough to show where the area is addressed without burying the flags. */
const MAX_MENTIONS = 6;

function maxSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

function findingsFor(area: AreaDefinition, areaMatches: Match[], side: Side, fill: (t: string) => string, lowest: Severity): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const m of areaMatches) {
    const rule = m.rule;
    let kind: FindingKind = rule ? rule.effect[side] ?? "mention" : "mention";
    if (kind === "risk" && m.cleared) kind = "mention";
    const severity = rule?.severity ?? area.severity;
    // Strictness decides which severities are reported as risks; the rest stay visible as mentions.
    if (kind === "risk" && SEVERITY_RANK[maxSeverity(severity, area.severity)] < SEVERITY_RANK[lowest]) kind = "mention";
    const ruleId = rule ? `${area.id}/${rule.id}` : `${area.id}/addressed`;
    const key = `${ruleId}@${m.sentence.paragraph}:${m.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push({
      ruleId,
      kind,
      severity,
      message: rule ? fill(rule.message) : `Addresses ${area.title.toLowerCase()}.`,
      ...(rule?.expected ? { expected: fill(rule.expected) } : {}),
      paragraph: m.sentence.paragraph,
      start: m.sentence.start,
      end: m.sentence.end,
      text: m.sentence.text,
    });
  }
  const sorted = findings.sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.paragraph - b.paragraph || a.start - b.start);
  // A sentence already reported as a risk or protection need not be repeated as a mention.
  const flagged = new Set(sorted.filter((f) => f.kind !== "mention").map((f) => `${f.paragraph}:${f.start}`));
  let mentions = 0;
  return sorted.filter((f) => f.kind !== "mention" || (!flagged.has(`${f.paragraph}:${f.start}`) && mentions++ < MAX_MENTIONS));
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
  const fill = (t: string) => fillTemplate(t, terms);
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

/** Reviews a document for one side. */
export function review(doc: DocumentText, checklist: ChecklistDefinition, options: ReviewOptions): Review {
  return reviewFor(analyze(doc, checklist), options, doc.file);
}
