import * as React from "react";
import type { Side } from "../../engine/types";
import type { DocumentPort } from "../../word/port";
import { readDocument, reviewReading, yieldToBrowser, type DocumentReading, type ReviewOutcome } from "../reviewDocument";

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
  /** Reads the document again and reviews it for the current side. */
  start(): Promise<void>;
  /** Changes the side; an existing review is redone for it from the text already read (no new read). */
  setSide(side: Side): void;
}

/**
 * The review's life cycle. A run id guards against out-of-order completion (a second
 * Review click while the first read is still in flight wins).
 */
export function useReviewSession(port: DocumentPort): ReviewSessionApi {
  const [session, setSession] = React.useState<ReviewSession>({ phase: "idle" });
  const [side, setSideState] = React.useState<Side>("licensee");
  const runId = React.useRef(0);

  const evaluate = React.useCallback(async (id: number, reading: DocumentReading, forSide: Side) => {
    setSession({ phase: "reviewing", reading });
    await yieldToBrowser();
    if (id !== runId.current) return;
    try {
      const outcome = reviewReading(reading, forSide);
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
    if (id === runId.current) await evaluate(id, reading, side);
  }, [port, side, evaluate]);

  const setSide = React.useCallback(
    (next: Side) => {
      setSideState(next);
      if (session.phase === "ready") void evaluate(++runId.current, session.reading, next);
    },
    [session, evaluate],
  );

  const busy = session.phase === "reading" || session.phase === "reviewing";
  return { session, side, busy, start, setSide };
}
