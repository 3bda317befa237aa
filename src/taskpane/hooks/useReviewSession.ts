import * as React from "react";
import type { ChecklistDefinition, Side } from "../../engine/types";
import type { DocumentPort } from "../../word/port";
import { prepareWhenIdle, readDocument, reviewReading, yieldToBrowser, type DocumentReading, type ReviewOutcome } from "../reviewDocument";

export type ReviewSession =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number }
  | { phase: "reviewing"; reading?: DocumentReading }
  | { phase: "ready"; reading: DocumentReading; outcome: ReviewOutcome }
  | { phase: "failed"; error: unknown };

export interface ReviewSessionApi {
  session: ReviewSession;
  side: Side;
  busy: boolean;
  /** The result on screen was produced with another playbook than the one now in use. */
  stale: boolean;
  /** Reads the document again and reviews it for the current side. */
  start(): Promise<void>;
  /** Changes the side; an existing review is redone for it from the text already read (no new read). */
  setSide(side: Side): void;
}

/**
 * The review's life cycle. A run id guards against out-of-order completion (a second
 * Review click while the first read is still in flight wins). `checklist` is the playbook in
 * use; a change of it does not redo the review by itself (the user may be mid-way through
 * editing), it marks the result stale until the next review.
 */
export function useReviewSession(port: DocumentPort, checklist: ChecklistDefinition): ReviewSessionApi {
  const [session, setSession] = React.useState<ReviewSession>({ phase: "idle" });
  const [side, setSideState] = React.useState<Side>("licensee");
  const runId = React.useRef(0);
  // The first review of a fresh pane, or with a newly chosen playbook, would compile it first.
  React.useEffect(() => prepareWhenIdle(checklist), [checklist]);

  const evaluate = React.useCallback(async (id: number, reading: DocumentReading, forSide: Side, withChecklist: ChecklistDefinition) => {
    setSession({ phase: "reviewing", reading });
    await yieldToBrowser();
    if (id !== runId.current) return;
    try {
      const outcome = reviewReading(reading, forSide, withChecklist);
      if (id === runId.current) setSession({ phase: "ready", reading, outcome });
    } catch (error) {
      if (id === runId.current) setSession({ phase: "failed", error });
    }
  }, []);

  const start = React.useCallback(async () => {
    const id = ++runId.current;
    setSession({ phase: "reading", done: 0, total: 0 });
    let reading: DocumentReading;
    try {
      reading = await readDocument(port, (done, total) => {
        if (id === runId.current) setSession({ phase: "reading", done, total });
      });
    } catch (error) {
      if (id === runId.current) setSession({ phase: "failed", error });
      return;
    }
    if (id === runId.current) await evaluate(id, reading, side, checklist);
  }, [port, side, checklist, evaluate]);

  const setSide = React.useCallback(
    (next: Side) => {
      setSideState(next);
      // Redone with the playbook now in use, which also clears a stale mark.
      if (session.phase === "ready") void evaluate(++runId.current, session.reading, next, checklist);
    },
    [session, checklist, evaluate],
  );

  const busy = session.phase === "reading" || session.phase === "reviewing";
  const stale = session.phase === "ready" && session.outcome.checklist !== checklist;
  return { session, side, busy, stale, start, setSide };
}
