// The review as the pane runs it: read through the port, then apply the engine locally with
// the playbook in use. Nothing here sends document text anywhere; the engine is pure and
// runs in the pane.

import { compareReviews, prepare, review as reviewText, type AreaChange } from "../engine";
import type { ChecklistDefinition, Review, Side } from "../engine/types";
import type { Capabilities, DocumentPort, DocumentSnapshot } from "../word/port";

export interface DocumentReading {
  snapshot: DocumentSnapshot;
  capabilities: Capabilities;
}

export interface ReviewOutcome {
  side: Side;
  review: Review;
  /** The playbook the review applied: when the one in use is no longer this one, the result is stale. */
  checklist: ChecklistDefinition;
  /**
   * Present when Word could read the text before tracked changes and it differs from the
   * current text: the areas whose status the counterparty's redline changed.
   */
  redline?: AreaChange[];
  /** Paragraphs carrying tracked changes, so their findings can be marked (the text may still change). */
  revisedParagraphs?: ReadonlySet<number>;
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
export function reviewReading(reading: DocumentReading, side: Side, checklist: ChecklistDefinition): ReviewOutcome {
  const { paragraphs, original, revisedParagraphs } = reading.snapshot;
  const review = reviewText({ paragraphs }, checklist, { perspective: side });
  const revised = revisedParagraphs && revisedParagraphs.length > 0 ? { revisedParagraphs: new Set(revisedParagraphs) } : {};
  if (!original || !hasRevisions(original, paragraphs)) return { side, review, checklist, ...revised };
  const before = reviewText({ paragraphs: original }, checklist, { perspective: side });
  return { side, review, checklist, redline: compareReviews(before, review), ...revised };
}

function hasRevisions(original: string[], current: string[]): boolean {
  return original.length !== current.length || original.some((text, i) => text !== current[i]);
}

/** Lets the browser paint (the spinner) before a stretch of synchronous work. */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Compiles the playbook and warms the engine up while the pane is idle, so that the first
 * Review click does not pay for it (see `prepare`). Returns a function that cancels it if it
 * has not run. A playbook the engine cannot compile is left for the review to report: the
 * review throws the same error and shows it.
 */
export function prepareWhenIdle(checklist: ChecklistDefinition): () => void {
  const run = () => {
    try {
      prepare(checklist);
    } catch {
      // Reported by the review itself (see above).
    }
  };
  // Word on the Mac (Safari's engine) has no requestIdleCallback.
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 100);
  return () => clearTimeout(timer);
}
