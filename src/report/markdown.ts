// The Markdown report, for pasting into an email, a ticket or a memo to the
// client. Every piece of document or checklist text goes through escapeMarkdown:
// a contract sentence can contain *, _, [, <, | or & that Markdown would otherwise
// turn into emphasis, links, HTML or table cells.

import type { AreaReview, Review } from "../engine/types";
import { KIND_LABEL, STATUS_LABEL, STATUS_MARK, fileLabel, oneLine, orderedFindings, paragraphNumber, partiesLine, proposesFallback, summaryLine } from "./common";

/** Escapes inline Markdown (CommonMark backslash escapes) and block markers at the start of the text. */
export function escapeMarkdown(text: string): string {
  const inline = oneLine(text).replace(/[\\`*_{}[\]<>|~&!]/g, (c) => `\\${c}`);
  // A leading "#", ">", "-", "+", or "12." / "12)" would start a heading, quote or list.
  return inline.replace(/^([#>+-])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

function areaSection(area: AreaReview, n: number): string[] {
  const out: string[] = [];
  out.push(`### ${n}. ${escapeMarkdown(area.title)}: ${STATUS_LABEL[area.status]} (${area.severity})`);
  out.push("");
  out.push(`*Area ${escapeMarkdown(area.id)}.* ${escapeMarkdown(area.why)}`);
  out.push("");
  if (area.status === "missing") {
    out.push("Nothing in the document addresses this area.");
    out.push("");
  }
  const findings = orderedFindings(area);
  for (const f of findings) {
    out.push(`- **${KIND_LABEL[f.kind]}**, paragraph ${paragraphNumber(f)}: ${escapeMarkdown(f.message)}`);
    out.push(`  > ${escapeMarkdown(f.text)}`);
  }
  if (findings.length) out.push("");
  if (proposesFallback(area)) {
    const top = area.fallbacks[0];
    out.push(`**Proposed clause: ${escapeMarkdown(top.title)}**`);
    out.push("");
    out.push(`> ${escapeMarkdown(top.text)}`);
    out.push("");
    if (top.note) {
      out.push(`*When to offer it:* ${escapeMarkdown(top.note)}`);
      out.push("");
    }
  }
  return out;
}

/** The body of one file's report, with headings starting at `##` so a batch can nest it. */
function reviewSection(review: Review): string[] {
  const out: string[] = [];
  out.push(`## ${escapeMarkdown(fileLabel(review))}`);
  out.push("");
  out.push(`Reviewed for the **${review.perspective}** against checklist ${escapeMarkdown(review.checklist.id)} ${escapeMarkdown(review.checklist.version)}.`);
  out.push(`Parties: ${escapeMarkdown(partiesLine(review))}.`);
  out.push(`Summary: **${summaryLine(review)}**.`);
  out.push("");
  out.push("| # | Area | Status | Severity |");
  out.push("| --: | --- | --- | --- |");
  review.areas.forEach((a, i) => out.push(`| ${i + 1} | ${escapeMarkdown(a.title)} | ${STATUS_LABEL[a.status]} | ${a.severity} |`));
  out.push("");
  review.areas.forEach((a, i) => out.push(...areaSection(a, i + 1)));
  return out;
}

export function formatMarkdown(review: Review): string {
  return `${["# AI licensing review", "", ...reviewSection(review)].join("\n").trimEnd()}\n`;
}

/** Several files: a file x area table (areas numbered, with a legend), then each file's report. */
export function formatMarkdownBatch(reviews: readonly Review[]): string {
  const out: string[] = ["# AI licensing review", ""];
  if (reviews.length === 0) return "# AI licensing review\n\nNo files reviewed.\n";
  const areas = reviews[0].areas;
  out.push(`${reviews.length} files reviewed for the **${reviews[0].perspective}**. R = risk, M = missing, . = ok.`);
  out.push("");
  out.push(`| File | ${areas.map((_, i) => String(i + 1)).join(" | ")} | Risk | Missing | OK |`);
  out.push(`| --- | ${areas.map(() => ":-:").join(" | ")} | --: | --: | --: |`);
  for (const r of reviews) {
    const marks = areas.map((a) => {
      const mine = r.areas.find((x) => x.id === a.id);
      return mine ? escapeMarkdown(STATUS_MARK[mine.status]) : "-";
    });
    out.push(`| ${escapeMarkdown(fileLabel(r))} | ${marks.join(" | ")} | ${r.summary.risk} | ${r.summary.missing} | ${r.summary.ok} |`);
  }
  out.push("");
  areas.forEach((a, i) => out.push(`${i + 1}. ${escapeMarkdown(a.title)} (${escapeMarkdown(a.id)})`));
  out.push("");
  for (const r of reviews) out.push(...reviewSection(r));
  return `${out.join("\n").trimEnd()}\n`;
}
