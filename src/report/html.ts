// The HTML report: one self-contained page to send to a client or print to PDF.
// Inline CSS only; no script, font, image or link to anything outside the file,
// and a Content-Security-Policy that forbids loading any, so the page looks the
// same offline and leaks nothing when opened. Every piece of document or
// checklist text is escaped with escapeHtml (contract text is untrusted input: a
// sentence can contain "<script>" as easily as "AS IS").

import type { AreaReview, Review } from "../engine/types";
import { KIND_LABEL, STATUS_LABEL, STATUS_MARK, fileLabel, oneLine, orderedFindings, paragraphNumber, partiesLine, proposesFallback, summaryLine } from "./common";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const h = (text: string) => escapeHtml(oneLine(text));

const CSS = `
:root { color-scheme: light; }
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; color: #1b1b1b; margin: 2rem auto; max-width: 52rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #444; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.meta { color: #444; margin: .2rem 0; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; font: 10pt/1.3 system-ui, sans-serif; }
th, td { border: 1px solid #bbb; padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.mark { text-align: center; font-weight: 600; }
.area { border: 1px solid #ccc; border-left-width: 6px; border-radius: 3px; padding: .75rem 1rem; margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.area.risk { border-left-color: #b3261e; }
.area.missing { border-left-color: #b26a00; }
.area.ok { border-left-color: #2e7d32; }
.badge { display: inline-block; font: 600 8.5pt/1 system-ui, sans-serif; letter-spacing: .04em; padding: .2rem .4rem; border-radius: 3px; color: #fff; vertical-align: middle; margin-right: .4rem; }
.badge.risk, td.risk { background: #b3261e; color: #fff; }
.badge.missing, td.missing { background: #b26a00; color: #fff; }
.badge.ok, td.ok { background: #2e7d32; color: #fff; }
.severity { font: 9pt system-ui, sans-serif; color: #555; }
.why { color: #333; font-style: italic; margin: .2rem 0 .5rem; }
ul.findings { margin: .25rem 0; padding-left: 1.2rem; }
ul.findings li { margin: .35rem 0; }
.kind { font: 600 9pt system-ui, sans-serif; }
.kind.risk { color: #b3261e; } .kind.protection { color: #2e7d32; } .kind.mention { color: #555; }
blockquote { margin: .25rem 0 .25rem .25rem; padding: .1rem .75rem; border-left: 3px solid #ccc; color: #222; }
.fallback { background: #f5f7fa; border: 1px solid #d5dbe3; padding: .5rem .75rem; margin-top: .6rem; }
.fallback .title { font-weight: 600; margin-bottom: .25rem; }
.note { color: #444; font-size: 10pt; margin-top: .35rem; }
footer { margin-top: 2rem; color: #666; font-size: 9pt; }
@media print {
  body { margin: 0; max-width: none; }
  h2 { break-before: auto; break-after: avoid; }
  .badge, td.risk, td.missing, td.ok { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
@page { margin: 18mm 16mm; }
`;

function page(title: string, body: string[]): string {
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "<footer>Prepared with AI License Review. Automated review: a lawyer should confirm every finding before relying on it.</footer>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

function areaBlock(area: AreaReview, n: number, anchor: string): string[] {
  const out: string[] = [];
  out.push(`<section class="area ${area.status}" id="${anchor}${escapeHtml(area.id)}">`);
  out.push(
    `<h3><span class="badge ${area.status}">${STATUS_LABEL[area.status]}</span>${n}. ${h(area.title)} <span class="severity">${area.severity} severity</span></h3>`,
  );
  out.push(`<p class="why">${h(area.why)}</p>`);
  if (area.status === "missing") out.push("<p>Nothing in the document addresses this area.</p>");
  const findings = orderedFindings(area);
  if (findings.length) {
    out.push('<ul class="findings">');
    for (const f of findings) {
      out.push(
        `<li><span class="kind ${f.kind}">${KIND_LABEL[f.kind]}</span>, paragraph ${paragraphNumber(f)}: ${h(f.message)}<blockquote>${h(f.text)}</blockquote></li>`,
      );
    }
    out.push("</ul>");
  }
  if (proposesFallback(area)) {
    const top = area.fallbacks[0];
    out.push('<div class="fallback">');
    out.push(`<div class="title">Proposed clause: ${h(top.title)}</div>`);
    out.push(`<div>${h(top.text)}</div>`);
    if (top.note) out.push(`<div class="note"><em>When to offer it:</em> ${h(top.note)}</div>`);
    out.push("</div>");
  }
  out.push("</section>");
  return out;
}

/** `anchor` prefixes the area ids, so that a batch page with several files has unique anchors. */
function reviewBlock(review: Review, heading: "h1" | "h2", anchor: string): string[] {
  const out: string[] = [];
  out.push(`<${heading}>${heading === "h1" ? "AI licensing review: " : ""}${h(fileLabel(review))}</${heading}>`);
  out.push(
    `<p class="meta">Reviewed for the <strong>${review.perspective}</strong> against checklist ${h(review.checklist.id)} ${h(review.checklist.version)}.</p>`,
  );
  out.push(`<p class="meta">Parties: ${h(partiesLine(review))}.</p>`);
  out.push(`<p class="meta">Summary: <strong>${h(summaryLine(review))}</strong>.</p>`);
  out.push("<table><thead><tr><th>#</th><th>Area</th><th>Status</th><th>Severity</th></tr></thead><tbody>");
  review.areas.forEach((a, i) =>
    out.push(
      `<tr><td>${i + 1}</td><td><a href="#${anchor}${escapeHtml(a.id)}">${h(a.title)}</a></td><td class="${a.status}">${STATUS_LABEL[a.status]}</td><td>${a.severity}</td></tr>`,
    ),
  );
  out.push("</tbody></table>");
  review.areas.forEach((a, i) => out.push(...areaBlock(a, i + 1, anchor)));
  return out;
}

export function formatHtml(review: Review): string {
  return page(`AI licensing review: ${fileLabel(review)}`, reviewBlock(review, "h1", "area-"));
}

/** Several files: a file x area table (areas numbered, with a legend), then each file's report. */
export function formatHtmlBatch(reviews: readonly Review[]): string {
  const body: string[] = ["<h1>AI licensing review</h1>"];
  if (reviews.length === 0) return page("AI licensing review", [...body, "<p>No files reviewed.</p>"]);
  const areas = reviews[0].areas;
  body.push(`<p class="meta">${reviews.length} files reviewed for the <strong>${reviews[0].perspective}</strong>.</p>`);
  body.push("<table><thead><tr><th>File</th>");
  body.push(areas.map((a, i) => `<th title="${h(a.title)}">${i + 1}</th>`).join(""));
  body.push("<th>Risk</th><th>Missing</th><th>OK</th></tr></thead><tbody>");
  reviews.forEach((r, fi) => {
    const cells = areas.map((a) => {
      const mine = r.areas.find((x) => x.id === a.id);
      return mine ? `<td class="mark ${mine.status}" title="${h(a.title)}: ${STATUS_LABEL[mine.status]}">${STATUS_MARK[mine.status]}</td>` : "<td>-</td>";
    });
    body.push(
      `<tr><td><a href="#file-${fi + 1}">${h(fileLabel(r))}</a></td>${cells.join("")}<td>${r.summary.risk}</td><td>${r.summary.missing}</td><td>${r.summary.ok}</td></tr>`,
    );
  });
  body.push("</tbody></table>");
  body.push("<ol>", ...areas.map((a) => `<li>${h(a.title)} (${h(a.id)})</li>`), "</ol>");
  reviews.forEach((r, fi) => {
    body.push(`<div id="file-${fi + 1}">`, ...reviewBlock(r, "h2", `file-${fi + 1}-area-`), "</div>");
  });
  return page("AI licensing review", body);
}
