// Edits of a playbook, as pure functions: each takes a checklist and returns a new one
// sharing every part it did not change, and never mutates its input (the engine caches
// compiled checklists by identity, and React compares states by identity). An edit that
// cannot apply throws PlaybookEditError with a message for the user; whether the result is
// a valid playbook is decided by the schema afterwards (see applyEdit in state.ts).

import type { AreaDefinition, ChecklistDefinition, FallbackDefinition, RuleDefinition, Severity, Side, Strictness } from "../../engine/types";
import { PlaybookEditError } from "./errors";
import { phraseToPattern, slugOf, uniqueId } from "./phrases";

/** Rules and fallbacks the user added carry this prefix, so the pane never offers to delete the checklist's own. */
export const FIRM_PREFIX = "firm-";

export type PlaybookEdit = (checklist: ChecklistDefinition) => ChecklistDefinition;

export interface FallbackFields {
  title: string;
  text: string;
  note: string;
}

/** A red flag the user added: a phrase that is a risk for one side wherever it occurs. */
export interface FirmRedFlag {
  ruleId: string;
  pattern: string;
  side: Side;
  message: string;
}

function updateArea(checklist: ChecklistDefinition, areaId: string, update: (area: AreaDefinition) => AreaDefinition): ChecklistDefinition {
  const index = checklist.areas.findIndex((a) => a.id === areaId);
  if (index < 0) throw new PlaybookEditError(`This playbook has no area "${areaId}".`);
  const areas = checklist.areas.slice();
  areas[index] = update(checklist.areas[index]);
  return { ...checklist, areas };
}

function updateLadder(
  checklist: ChecklistDefinition,
  areaId: string,
  side: Side,
  update: (ladder: FallbackDefinition[], area: AreaDefinition) => FallbackDefinition[],
): ChecklistDefinition {
  return updateArea(checklist, areaId, (area) => ({ ...area, fallbacks: { ...area.fallbacks, [side]: update(area.fallbacks[side], area) } }));
}

function fallbackIndex(ladder: FallbackDefinition[], fallbackId: string): number {
  const index = ladder.findIndex((f) => f.id === fallbackId);
  if (index < 0) throw new PlaybookEditError(`This area has no fallback clause "${fallbackId}".`);
  return index;
}

export function setStrictness(checklist: ChecklistDefinition, strictness: Strictness): ChecklistDefinition {
  return { ...checklist, strictness };
}

export function setAreaEnabled(checklist: ChecklistDefinition, areaId: string, enabled: boolean): ChecklistDefinition {
  const next = updateArea(checklist, areaId, (area) => {
    // On is the default, so an enabled area carries no flag (the exported file stays as the built-in writes it).
    const { enabled: _previous, ...rest } = area;
    return enabled ? rest : { ...rest, enabled: false };
  });
  if (next.areas.every((a) => a.enabled === false)) {
    throw new PlaybookEditError("At least one area must stay on: a review with no areas would report nothing.");
  }
  return next;
}

export function setAreaSeverity(checklist: ChecklistDefinition, areaId: string, severity: Severity): ChecklistDefinition {
  return updateArea(checklist, areaId, (area) => ({ ...area, severity }));
}

/** The side a firm rule raises a risk for (the first side whose effect is a risk), if any. */
function riskSide(rule: RuleDefinition): Side | undefined {
  if (rule.effect.licensee === "risk") return "licensee";
  if (rule.effect.licensor === "risk") return "licensor";
  return undefined;
}

/** The red flags the user added to an area (rules with the firm prefix that raise a risk). */
export function firmRedFlags(area: AreaDefinition): FirmRedFlag[] {
  const flags: FirmRedFlag[] = [];
  for (const rule of area.rules) {
    const side = riskSide(rule);
    if (!rule.id.startsWith(FIRM_PREFIX) || !side) continue;
    flags.push({ ruleId: rule.id, pattern: rule.match.all.map((group) => group.join(" | ")).join(" + "), side, message: rule.message });
  }
  return flags;
}

/**
 * A phrase that raises a red flag for `side` wherever it occurs in a clause, whatever the
 * clause's polarity ("no escrow" is itself the problem, so negation must not hide it).
 */
export function addRedFlag(
  checklist: ChecklistDefinition,
  areaId: string,
  input: { phrase: string; side: Side; message?: string },
): ChecklistDefinition {
  const pattern = phraseToPattern(input.phrase);
  return updateArea(checklist, areaId, (area) => {
    if (firmRedFlags(area).some((f) => f.pattern === pattern && f.side === input.side)) {
      throw new PlaybookEditError(`"${pattern}" is already a red flag for the ${input.side} in this area.`);
    }
    const id = uniqueId(`${FIRM_PREFIX}${slugOf(pattern)}`, new Set(area.rules.map((r) => r.id)));
    const message = input.message?.trim() || `Firm red flag: ${input.phrase.trim()}`;
    const rule: RuleDefinition = { id, effect: { [input.side]: "risk" }, message, match: { all: [[pattern]], polarity: "any" } };
    return { ...area, rules: [...area.rules, rule] };
  });
}

export function removeRedFlag(checklist: ChecklistDefinition, areaId: string, ruleId: string): ChecklistDefinition {
  if (!ruleId.startsWith(FIRM_PREFIX)) throw new PlaybookEditError("Only red flags you added can be removed; turn the area off instead.");
  return updateArea(checklist, areaId, (area) => {
    if (!area.rules.some((r) => r.id === ruleId)) throw new PlaybookEditError(`This area has no red flag "${ruleId}".`);
    return { ...area, rules: area.rules.filter((r) => r.id !== ruleId) };
  });
}

/** Accepted wording: a risk found in a sentence that also contains it is reported as a mention. */
export function addClearingPhrase(checklist: ChecklistDefinition, areaId: string, phrase: string): ChecklistDefinition {
  const pattern = phraseToPattern(phrase);
  return updateArea(checklist, areaId, (area) => {
    const cleared = area.clearedBy ?? [];
    if (cleared.includes(pattern)) throw new PlaybookEditError(`"${pattern}" already clears red flags in this area.`);
    return { ...area, clearedBy: [...cleared, pattern] };
  });
}

export function removeClearingPhrase(checklist: ChecklistDefinition, areaId: string, pattern: string): ChecklistDefinition {
  return updateArea(checklist, areaId, (area) => {
    const cleared = area.clearedBy ?? [];
    if (!cleared.includes(pattern)) throw new PlaybookEditError(`"${pattern}" is not a clearing phrase of this area.`);
    const rest = cleared.filter((p) => p !== pattern);
    if (rest.length > 0) return { ...area, clearedBy: rest };
    const { clearedBy: _removed, ...withoutList } = area;
    return withoutList;
  });
}

export function updateFallback(checklist: ChecklistDefinition, areaId: string, side: Side, fallbackId: string, fields: FallbackFields): ChecklistDefinition {
  return updateLadder(checklist, areaId, side, (ladder) => {
    const index = fallbackIndex(ladder, fallbackId);
    const next = ladder.slice();
    next[index] = { ...ladder[index], title: fields.title, text: fields.text, note: fields.note };
    return next;
  });
}

/** Moves a fallback one step stronger (-1, towards the top of the ladder) or weaker (+1). */
export function moveFallback(checklist: ChecklistDefinition, areaId: string, side: Side, fallbackId: string, offset: -1 | 1): ChecklistDefinition {
  return updateLadder(checklist, areaId, side, (ladder) => {
    const index = fallbackIndex(ladder, fallbackId);
    const target = index + offset;
    if (target < 0 || target >= ladder.length) {
      throw new PlaybookEditError(offset < 0 ? "This clause is already the first offered." : "This clause is already the last offered.");
    }
    const next = ladder.slice();
    [next[index], next[target]] = [next[target], next[index]];
    return next;
  });
}

/** Adds a clause at the bottom of the ladder (the weakest position); move it up from there. */
export function addFallback(checklist: ChecklistDefinition, areaId: string, side: Side, fields: FallbackFields): ChecklistDefinition {
  return updateLadder(checklist, areaId, side, (ladder, area) => {
    // Ids are unique across both sides: the pane keys each clause's actions by area and id.
    const taken = new Set([...area.fallbacks.licensee, ...area.fallbacks.licensor].map((f) => f.id));
    const id = uniqueId(`${FIRM_PREFIX}${slugOf(fields.title)}`, taken);
    return [...ladder, { id, title: fields.title, text: fields.text, note: fields.note }];
  });
}

export function removeFallback(checklist: ChecklistDefinition, areaId: string, side: Side, fallbackId: string): ChecklistDefinition {
  return updateLadder(checklist, areaId, side, (ladder) => {
    const index = fallbackIndex(ladder, fallbackId);
    return ladder.filter((_, i) => i !== index);
  });
}
