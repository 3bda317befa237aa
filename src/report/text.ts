// The terminal report: one block per area in checklist order, the status first so
// a reader can scan down the left edge; findings quoted with their paragraph
// numbers (1-based, see ./common.ts); the strongest fallback for areas at risk or
// missing. Plain text, no colour codes: stdout is often a pipe or a file.

import type { Review } from "../engine/types";
import {
  KIND_LABEL,
  STATUS_LABEL,
  STATUS_MARK,
  fileLabel,
  oneLine,
  orderedFindings,
  paragraphNumber,
  partiesLine,
  proposesFallback,
  summaryLine,
} from "./common";

function pad(s: string, width: number): string {
  return s.length >= width ? s : s + " ".repeat(width - s.length);
}

export function formatText(review: Review): string {
  const out: string[] = [];
  out.push(`${fileLabel(review)}: AI licensing review for the ${review.perspective}`);
  out.push(`Checklist ${review.checklist.id} ${review.checklist.version}`);
  out.push(`Parties: ${partiesLine(review)}`);
  out.push(`Summary: ${summaryLine(review)}`);
  for (const area of review.areas) {
    out.push("");
    out.push(`${pad(STATUS_LABEL[area.status], 8)}${pad(area.severity, 7)}${area.title} [${area.id}]`);
    if (area.status === "missing") out.push(`    Not addressed.${area.why.trim() ? ` ${oneLine(area.why)}` : ""}`);
    for (const f of orderedFindings(area)) {
      out.push(`    ${KIND_LABEL[f.kind]}, paragraph ${paragraphNumber(f)}: ${oneLine(f.message)}`);
      out.push(`      "${oneLine(f.text)}"`);
    }
    if (proposesFallback(area)) {
      const top = area.fallbacks[0];
      out.push(`    Fallback: ${top.title}`);
      out.push(`      ${oneLine(top.text)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/**
 * Several files: a table of file x area status (R risk, M missing, . ok; areas
 * numbered in checklist order with a legend), then each file's report.
 * The columns come from the first review: one run uses one checklist.
 */
export function formatTextBatch(reviews: readonly Review[]): string {
  if (reviews.length === 0) return "No files reviewed.\n";
  const areas = reviews[0].areas;
  const nameWidth = Math.max(4, ...reviews.map((r) => fileLabel(r).length)) + 2;
  const col = Math.max(3, String(areas.length).length + 1);
  const head = pad("File", nameWidth) + areas.map((_, i) => pad(String(i + 1), col)).join("") + "  risk missing ok";
  const rows = reviews.map((r) => {
    const marks = areas.map((a) => {
      const mine = r.areas.find((x) => x.id === a.id);
      return pad(mine ? STATUS_MARK[mine.status] : "-", col);
    });
    return pad(fileLabel(r), nameWidth) + marks.join("") + `  ${pad(String(r.summary.risk), 5)}${pad(String(r.summary.missing), 8)}${r.summary.ok}`;
  });
  const legend = areas.map((a, i) => `  ${pad(String(i + 1), col)}${a.id}`);
  const out = [
    `Summary of ${reviews.length} files for the ${reviews[0].perspective} (R risk, M missing, . ok)`,
    "",
    head,
    ...rows,
    "",
    "Areas:",
    ...legend,
  ];
  const reports = reviews.map((r) => `${"=".repeat(72)}\n${formatText(r)}`);
  return `${out.join("\n")}\n\n${reports.join("\n")}`;
}
