// Pure formatters of a Review (or of several, for a batch): no I/O, no clock, no
// environment; the same input always gives the same string.

import type { Review } from "../engine/types";
import { formatHtml, formatHtmlBatch } from "./html";
import { formatJson, formatJsonBatch } from "./json";
import { formatMarkdown, formatMarkdownBatch } from "./markdown";
import { formatText, formatTextBatch } from "./text";

export const FORMATS = ["json", "text", "markdown", "html"] as const;
export type Format = (typeof FORMATS)[number];

export function formatReview(review: Review, format: Format): string {
  switch (format) {
    case "json":
      return formatJson(review);
    case "text":
      return formatText(review);
    case "markdown":
      return formatMarkdown(review);
    case "html":
      return formatHtml(review);
  }
}

/** Several files: a summary table plus each file's report; JSON is an array of single-file objects. */
export function formatReviews(reviews: readonly Review[], format: Format): string {
  switch (format) {
    case "json":
      return formatJsonBatch(reviews);
    case "text":
      return formatTextBatch(reviews);
    case "markdown":
      return formatMarkdownBatch(reviews);
    case "html":
      return formatHtmlBatch(reviews);
  }
}

export { toContractReport, type ContractReport, type ContractArea, type ContractFinding, type ContractFallback } from "./json";
export { escapeHtml } from "./html";
export { escapeMarkdown } from "./markdown";
