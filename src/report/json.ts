// The machine-readable report: exactly the shape of docs/cli-contract.md, keys in
// the contract's order. The Review carries more (why, per-finding severity,
// expected, fallback notes, the document's terms) for the human reports; none of
// it is emitted here, so the JSON stays a stable contract for pipelines.
// Several files: a JSON array of these objects, in the order the files were scanned.

import type { FindingKind, Review, Severity, Side, Status } from "../engine/types";

export interface ContractFinding {
  ruleId: string;
  kind: FindingKind;
  message: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export interface ContractFallback {
  id: string;
  title: string;
  text: string;
}

export interface ContractArea {
  id: string;
  title: string;
  status: Status;
  severity: Severity;
  findings: ContractFinding[];
  fallbacks: ContractFallback[];
}

export interface ContractReport {
  /** The file's base name; null only for a Review built without one (the CLI always sets it). */
  file: string | null;
  perspective: Side;
  checklist: { id: string; version: string };
  parties: { licensor: string[]; licensee: string[] };
  areas: ContractArea[];
  summary: { risk: number; missing: number; ok: number };
}

/** The Review in the contract's shape (a new object; each key set explicitly so extra fields never leak). */
export function toContractReport(review: Review): ContractReport {
  return {
    file: review.file ?? null,
    perspective: review.perspective,
    checklist: { id: review.checklist.id, version: review.checklist.version },
    parties: { licensor: [...review.parties.licensor], licensee: [...review.parties.licensee] },
    areas: review.areas.map((a) => ({
      id: a.id,
      title: a.title,
      status: a.status,
      severity: a.severity,
      findings: a.findings.map((f) => ({
        ruleId: f.ruleId,
        kind: f.kind,
        message: f.message,
        paragraph: f.paragraph,
        start: f.start,
        end: f.end,
        text: f.text,
      })),
      fallbacks: a.fallbacks.map((fb) => ({ id: fb.id, title: fb.title, text: fb.text })),
    })),
    summary: { risk: review.summary.risk, missing: review.summary.missing, ok: review.summary.ok },
  };
}

export function formatJson(review: Review): string {
  return `${JSON.stringify(toContractReport(review), null, 2)}\n`;
}

/** Several files: an array of the single-file objects. */
export function formatJsonBatch(reviews: readonly Review[]): string {
  return `${JSON.stringify(reviews.map(toContractReport), null, 2)}\n`;
}
