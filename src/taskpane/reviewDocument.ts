// The review as the pane runs it: read through the port, then apply the engine locally.
// Nothing here sends document text anywhere; the engine is pure and runs in the pane.

import { builtinChecklist } from "../checklist";
import { compareReviews, review as reviewText, type AreaChange } from "../engine";
import type { Review, Side } from "../engine/types";
import type { Capabilities, DocumentPort, DocumentSnapshot } from "../word/port";

export interface DocumentReading {
  snapshot: DocumentSnapshot;
  capabilities: Capabilities;
}

export interface ReviewOutcome {
  side: Side;
  review: Review;
  /**
   * Present when Word could read the text before tracked changes and it differs from the
   * current text: the areas whose status the counterparty's redline changed.
   */
  redline?: AreaChange[];
}

export async function readDocument(
  port: DocumentPort,
  onProgress?: (done: number, total: number) => void,
): Promise<DocumentReading> {
  const capabilities = await port.capabilities();
  const snapshot = await port.read(onProgress);
  return { snapshot, capabilities };
}

/**
 * Runs the engine on what was read. Synchronous and on the UI thread: the engine is built
 * to stay well under Word's five-second watchdog for long agreements; callers yield to the
 * browser first so the spinner is painted.
 */
export function reviewReading(reading: DocumentReading, side: Side): ReviewOutcome {
  const { paragraphs, original } = reading.snapshot;
  const review = reviewText({ paragraphs }, builtinChecklist, { perspective: side });
  if (!original || !hasRevisions(original, paragraphs)) return { side, review };
  const before = reviewText({ paragraphs: original }, builtinChecklist, { perspective: side });
  return { side, review, redline: compareReviews(before, review) };
}

function hasRevisions(original: string[], current: string[]): boolean {
  return original.length !== current.length || original.some((text, i) => text !== current[i]);
}

/** Lets the browser paint (the spinner) before a stretch of synchronous work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
