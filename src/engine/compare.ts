// The counterparty's redline: which areas their tracked changes made worse or
// better, comparing the review of the text before their changes ("Original")
// with the review of the text as it now reads ("Current").

import type { AreaReview, Finding, Review, Status } from "./types";

export interface AreaChange {
  id: string;
  title: string;
  before: Status;
  after: Status;
  /** worse: the area now hurts the side reviewed more (ok -> risk, missing -> risk, ok -> missing). */
  direction: "worse" | "better";
  /** Findings that exist only after the changes (added or reworded sentences). */
  added: Finding[];
  /** Findings that existed only before the changes. */
  removed: Finding[];
}

const BADNESS: Record<Status, number> = { ok: 0, missing: 1, risk: 2 };

function key(f: Finding): string {
  return `${f.ruleId}|${f.text}`;
}

export function compareReviews(before: Review, after: Review): AreaChange[] {
  const beforeById = new Map<string, AreaReview>(before.areas.map((a) => [a.id, a]));
  const changes: AreaChange[] = [];
  for (const area of after.areas) {
    const old = beforeById.get(area.id);
    if (!old || old.status === area.status) continue;
    const oldKeys = new Set(old.findings.map(key));
    const newKeys = new Set(area.findings.map(key));
    changes.push({
      id: area.id,
      title: area.title,
      before: old.status,
      after: area.status,
      direction: BADNESS[area.status] > BADNESS[old.status] ? "worse" : "better",
      added: area.findings.filter((f) => !oldKeys.has(key(f))),
      removed: old.findings.filter((f) => !newKeys.has(key(f))),
    });
  }
  return changes;
}
