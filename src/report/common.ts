// Wording and ordering shared by the human-readable reports (text, markdown, html).
// Paragraph numbers in these reports are 1-based ("paragraph 12" is the twelfth
// paragraph, and for .txt/.md input the twelfth line), because people count from
// one; the JSON keeps the contract's 0-based index.

import type { AreaReview, Finding, FindingKind, Review, Side, Status } from "../engine/types";

export const STATUS_LABEL: Record<Status, string> = { risk: "RISK", missing: "MISSING", ok: "OK" };
export const KIND_LABEL: Record<FindingKind, string> = { risk: "Risk", protection: "Protection", mention: "Mention" };
export const SIDE_LABEL: Record<Side, string> = { licensee: "licensee", licensor: "licensor" };

/** Risks first, then protections, then neutral mentions; document order within each. A new array. */
export function orderedFindings(area: AreaReview): Finding[] {
  const rank: Record<FindingKind, number> = { risk: 0, protection: 1, mention: 2 };
  return [...area.findings].sort((a, b) => rank[a.kind] - rank[b.kind] || a.paragraph - b.paragraph || a.start - b.start);
}

/** Verbatim text on one line: line breaks and tabs inside a paragraph would break a report's layout. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function paragraphNumber(f: Finding): number {
  return f.paragraph + 1;
}

export function partiesLine(review: Review): string {
  const side = (s: Side) => (review.parties[s].length ? review.parties[s].join(", ") : "(not identified)");
  return `licensor ${side("licensor")}; licensee ${side("licensee")}`;
}

export function summaryLine(review: Review): string {
  return `${review.summary.risk} at risk, ${review.summary.missing} missing, ${review.summary.ok} ok`;
}

export function fileLabel(review: Review): string {
  return review.file ?? "(document)";
}

/** Whether the report proposes a fallback for the area: only where something needs fixing. */
export function proposesFallback(area: AreaReview): boolean {
  return area.status !== "ok" && area.fallbacks.length > 0;
}

/** One letter per status for the batch table. */
export const STATUS_MARK: Record<Status, string> = { risk: "R", missing: "M", ok: "." };
