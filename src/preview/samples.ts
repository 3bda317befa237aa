// The documents the preview can load. "redline" is the same agreement as it might come back
// from the provider's counsel: the customer's draft protected it on training, customer-specific
// models, model changes and the indemnity for outputs, and the provider's tracked changes took
// that out. Its
// current text is the clean sample; its original text is the customer's draft, so the
// pane's "What their redline changed" view has something to show.

import type { ParagraphInit, SegmentInit } from "./simulated-word";
import { SAMPLE_AGREEMENT } from "./sample-agreement";

export type SampleId = "clean" | "redline";

export const SAMPLES: Record<SampleId, { label: string }> = {
  clean: { label: "Sample agreement" },
  redline: { label: "Sample agreement with the provider's redline" },
};

const REVISER = "Provider's counsel";
const keep = (text: string): SegmentInit => ({ text });
const inserted = (text: string): SegmentInit => ({ text, kind: "inserted", author: REVISER });
const deleted = (text: string): SegmentInit => ({ text, kind: "deleted", author: REVISER });

/** Tracked changes keyed by the clause number the paragraph starts with. */
const REDLINE: Record<string, SegmentInit[]> = {
  "3.3": [
    keep("3.3 Provider "),
    deleted("shall not use"),
    inserted("may use"),
    keep(" Customer Data, Input and Output to train, retrain, fine-tune and otherwise improve the Models and the AI Services"),
    deleted(" without Customer's prior written consent"),
    inserted(", unless Customer opts out by written notice to Provider, in which case the opt-out applies to Customer Data submitted after Provider receives the notice"),
    keep("."),
  ],
  "4.2": [
    keep("4.2 "),
    deleted("Customer owns each fine-tuned Model, adapter and embedding created using Customer Data, and Provider shall not make any of them available to other customers"),
    inserted("Provider owns all Improvements, including any fine-tuned Model, adapter or embedding created using Customer Data, and may make them available to other customers"),
    keep("."),
  ],
  "5.1": [
    keep("5.1 Provider may modify, update, replace or discontinue any Model or feature of the AI Services "),
    deleted("only after giving Customer at least thirty days' written notice of any change that could materially affect Output"),
    inserted("at any time without notice to Customer"),
    keep("."),
  ],
  "9.2": [
    keep("9.2 Provider's obligations under Section 9.1 do not apply to any claim arising from "),
    inserted("Output, from "),
    keep("Input, or from the combination of the AI Services with anything not supplied by Provider."),
  ],
};

export function sampleParagraphs(id: SampleId): (string | ParagraphInit)[] {
  if (id === "clean") return [...SAMPLE_AGREEMENT];
  return SAMPLE_AGREEMENT.map((text) => {
    const segments = REDLINE[text.split(" ", 1)[0]];
    if (!segments) return text;
    // The redline's current text must be the clean sample's, or the two samples would drift apart.
    const current = segments.filter((s) => s.kind !== "deleted").map((s) => s.text).join("");
    if (current !== text) throw new Error(`samples: the redline of "${text.slice(0, 12)}" does not read as the sample`);
    return { segments };
  });
}
