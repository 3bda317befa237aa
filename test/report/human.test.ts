// Text, Markdown and HTML reports: content a reader needs, escaping of document
// text, purity (same input, same output, input untouched), and the batch table.
import { strict as assert } from "node:assert";
import type { Review } from "../../src/engine/types";
import { formatReview, formatReviews, FORMATS } from "../../src/report";
import { escapeHtml, formatHtml, formatHtmlBatch } from "../../src/report/html";
import { escapeMarkdown, formatMarkdown, formatMarkdownBatch } from "../../src/report/markdown";
import { formatText, formatTextBatch } from "../../src/report/text";
import { sampleReview } from "./sample-review";

function second(): Review {
  const r = sampleReview();
  return {
    ...r,
    file: "other.txt",
    areas: r.areas.map((a) => ({ ...a, status: "ok" as const, findings: [] })),
    summary: { risk: 0, missing: 0, ok: 3 },
  };
}

describe("report/text", () => {
  const out = formatText(sampleReview());
  const lines = out.split("\n");

  it("heads with file, side, checklist, parties and summary", () => {
    assert.equal(lines[0], "contract <draft>.docx: AI licensing review for the licensee");
    assert.ok(out.includes("Checklist ai-licensing 1.0.0"));
    assert.ok(out.includes("Parties: licensor Provider; licensee Customer, Client"));
    assert.ok(out.includes("Summary: 1 at risk, 1 missing, 1 ok"));
  });

  it("starts each area's line with its status and severity, in checklist order", () => {
    const heads = lines.filter((l) => /^(RISK|MISSING|OK)\b/.test(l));
    assert.deepEqual(heads, [
      "RISK    high   Ownership and use of outputs [output-ownership]",
      "MISSING high   Training on inputs, outputs & customer data [training-on-customer-data]",
      "OK      medium Limitation of liability [liability-cap]",
    ]);
  });

  it("quotes findings with 1-based paragraph numbers, risks before mentions, on one line each", () => {
    const i = lines.indexOf("    Risk, paragraph 42: Provider keeps ownership of Output; Customer only gets a licence.");
    assert.ok(i > 0, out);
    assert.equal(lines[i + 1], '      "Provider retains all right, title and interest in and to Output."');
    const j = lines.indexOf("    Mention, paragraph 4: Output is addressed.");
    assert.ok(j > i);
    assert.equal(lines[j + 1], '      "Output <b>means</b> *all* content & results | etc."');
  });

  it("shows the top fallback for risk and missing areas only", () => {
    assert.ok(out.includes("    Fallback: Customer owns Output\n      As between the parties, Customer owns all Output."));
    assert.ok(!out.includes("Licence back"), "only the strongest fallback");
    assert.ok(out.includes("    Fallback: No training without opt-in"));
    assert.ok(!out.includes("Not shown for ok areas."));
    assert.ok(out.includes("    Not addressed. Silence lets the provider train on what <you> send."));
  });

  it("batch: a file x area table with a legend, then each report", () => {
    const batch = formatTextBatch([sampleReview(), second()]);
    const b = batch.split("\n");
    assert.equal(b[0], "Summary of 2 files for the licensee (R risk, M missing, . ok)");
    const head = b.find((l) => l.startsWith("File"))!;
    assert.match(head, /^File\s+1\s+2\s+3\s+risk missing ok$/);
    assert.match(b.find((l) => l.startsWith("contract <draft>.docx"))!, /^contract <draft>\.docx\s+R\s+M\s+\.\s+1\s+1\s+1$/);
    assert.match(b.find((l) => l.startsWith("other.txt"))!, /^other\.txt\s+\.\s+\.\s+\.\s+0\s+0\s+3$/);
    assert.ok(batch.includes("  1  output-ownership"));
    assert.ok(batch.includes(formatText(sampleReview())));
    assert.ok(batch.includes(formatText(second())));
  });
});

describe("report/markdown", () => {
  it("escapes Markdown in document text", () => {
    assert.equal(escapeMarkdown("a *b* _c_ [d](e) <f> | g & h `i`"), "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\| g \\& h \\`i\\`");
    assert.equal(escapeMarkdown("# not a heading"), "\\# not a heading");
    assert.equal(escapeMarkdown("12. not a list"), "12\\. not a list");
    assert.equal(escapeMarkdown("line\nbreak"), "line break");
  });

  it("reports areas, findings and fallbacks with escaped text", () => {
    const md = formatMarkdown(sampleReview());
    assert.ok(md.startsWith("# AI licensing review\n\n## contract \\<draft\\>.docx\n"));
    assert.ok(md.includes("| 1 | Ownership and use of outputs | RISK | high |"));
    assert.ok(md.includes("| 2 | Training on inputs, outputs \\& customer data | MISSING | high |"));
    assert.ok(md.includes("### 1. Ownership and use of outputs: RISK (high)"));
    assert.ok(md.includes("- **Risk**, paragraph 42: Provider keeps ownership of Output; Customer only gets a licence."));
    assert.ok(md.includes("  > Output \\<b\\>means\\</b\\> \\*all\\* content \\& results \\| etc."));
    assert.ok(md.includes("**Proposed clause: Customer owns Output**\n\n> As between the parties, Customer owns all Output.\n\n*When to offer it:* Opening position."));
    assert.ok(!md.includes("Not shown for ok areas."));
    // An empty note adds no "When to offer it" line.
    assert.ok(md.includes("> Provider will not train on Customer Data.\n\n### 3."));
  });

  it("batch: one table of files x areas, a legend, then each file", () => {
    const md = formatMarkdownBatch([sampleReview(), second()]);
    assert.ok(md.includes("| File | 1 | 2 | 3 | Risk | Missing | OK |"));
    assert.ok(md.includes("| contract \\<draft\\>.docx | R | M | . | 1 | 1 | 1 |"));
    assert.ok(md.includes("| other.txt | . | . | . | 0 | 0 | 3 |"));
    assert.ok(md.includes("1. Ownership and use of outputs (output-ownership)"));
    assert.ok(md.includes("## other.txt"));
  });
});

describe("report/html", () => {
  it("escapes &, <, >, quotes", () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });

  it("is one self-contained page: inline CSS, no script, no external resource", () => {
    const html = formatHtml(sampleReview());
    assert.ok(html.startsWith("<!DOCTYPE html>"));
    assert.ok(html.includes("<style>"));
    assert.ok(html.includes(`content="default-src 'none'; style-src 'unsafe-inline'"`));
    assert.ok(!/<script|<link|<img|<iframe|@import|url\(|src=|https?:\/\//i.test(html), "no external or active content");
  });

  it("never lets document text become markup", () => {
    const html = formatHtml(sampleReview());
    assert.ok(!html.includes("<b>means</b>"));
    assert.ok(html.includes("<blockquote>Output &lt;b&gt;means&lt;/b&gt; *all* content &amp; results | etc.</blockquote>"));
    assert.ok(html.includes("<title>AI licensing review: contract &lt;draft&gt;.docx</title>"));
    assert.ok(html.includes("Silence lets the provider train on what &lt;you&gt; send."));
  });

  it("shows status badges, the top fallback with its note, and links the table to the areas", () => {
    const html = formatHtml(sampleReview());
    assert.ok(html.includes('<section class="area risk" id="area-output-ownership">'));
    assert.ok(html.includes('<a href="#area-output-ownership">'));
    assert.ok(html.includes('<span class="badge missing">MISSING</span>2. Training on inputs, outputs &amp; customer data'));
    assert.ok(html.includes("Proposed clause: Customer owns Output"));
    assert.ok(html.includes("<em>When to offer it:</em> Opening position."));
    assert.ok(!html.includes("Licence back"));
    assert.ok(!html.includes("Not shown for ok areas."));
  });

  it("batch: a summary table and unique anchors per file", () => {
    const html = formatHtmlBatch([sampleReview(), second()]);
    assert.ok(html.includes('<td class="mark risk" title="Ownership and use of outputs: RISK">R</td>'));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, "duplicate ids");
    for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.includes(m[1]), `dangling link #${m[1]}`);
  });
});

describe("report: purity", () => {
  it("every format gives the same output twice and leaves the review untouched", () => {
    for (const format of FORMATS) {
      const review = sampleReview();
      const before = JSON.stringify(review);
      assert.equal(formatReview(review, format), formatReview(review, format));
      assert.equal(formatReviews([review, second()], format), formatReviews([review, second()], format));
      assert.equal(JSON.stringify(review), before, format);
    }
  });
});
