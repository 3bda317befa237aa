// A hand-built Review for the formatter tests: every field the reports use, with
// text that must be escaped (<, &, *, |, quotes) and a line break inside a sentence.
import type { Review } from "../../src/engine/types";

export function sampleReview(): Review {
  return {
    file: "contract <draft>.docx",
    perspective: "licensee",
    checklist: { id: "ai-licensing", version: "1.0.0" },
    parties: { licensor: ["Provider"], licensee: ["Customer", "Client"] },
    terms: { licensor: "Provider", licensee: "Customer", output: "Output" },
    areas: [
      {
        id: "output-ownership",
        title: "Ownership and use of outputs",
        status: "risk",
        severity: "high",
        why: "Machine-generated material may not be protected by copyright at all.",
        findings: [
          {
            ruleId: "output-ownership/licensor-owns-output",
            kind: "risk",
            severity: "high",
            message: "Provider keeps ownership of Output; Customer only gets a licence.",
            expected: "Customer owns Output.",
            paragraph: 41,
            start: 0,
            end: 64,
            text: "Provider retains all right, title and interest in and to Output.",
          },
          {
            ruleId: "output-ownership/mention",
            kind: "mention",
            severity: "low",
            message: "Output is addressed.",
            paragraph: 3,
            start: 5,
            end: 40,
            text: "Output <b>means</b> *all* content &\nresults | etc.",
          },
        ],
        fallbacks: [
          { id: "output-ownership/le-1", title: "Customer owns Output", text: "As between the parties, Customer owns all Output.", note: "Opening position." },
          { id: "output-ownership/le-2", title: "Licence back", text: "Provider may use Output only to provide the Service.", note: "Second position." },
        ],
      },
      {
        id: "training-on-customer-data",
        title: "Training on inputs, outputs & customer data",
        status: "missing",
        severity: "high",
        why: "Silence lets the provider train on what <you> send.",
        findings: [],
        fallbacks: [{ id: "training-on-customer-data/le-1", title: "No training without opt-in", text: "Provider will not train on Customer Data.", note: "" }],
      },
      {
        id: "liability-cap",
        title: "Limitation of liability",
        status: "ok",
        severity: "medium",
        why: "Caps decide who pays for AI errors.",
        findings: [
          {
            ruleId: "liability-cap/mutual-cap",
            kind: "protection",
            severity: "low",
            message: "The cap is mutual.",
            paragraph: 50,
            start: 10,
            end: 30,
            text: "Each party's liability is capped.",
          },
        ],
        fallbacks: [{ id: "liability-cap/le-1", title: "Higher cap", text: "Not shown for ok areas.", note: "" }],
      },
    ],
    summary: { risk: 1, missing: 1, ok: 1 },
  };
}
