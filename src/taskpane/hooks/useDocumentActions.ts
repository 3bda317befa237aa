import * as React from "react";
import type { Finding } from "../../engine/types";
import type { DocumentPort, EditResult, FindingLocation } from "../../word/port";
import { copyText } from "../clipboard";
import { describeError } from "../errors";

export interface ActionOutcome {
  /** Which control the outcome belongs to, so it is shown next to it. */
  key: string;
  intent: "success" | "error";
  title: string;
  message: string;
}

export interface DocumentActions {
  /** Key of the action in flight; every document action is disabled meanwhile (Word applies one batch at a time). */
  pending: string | null;
  outcome: ActionOutcome | null;
  dismiss(): void;
  goTo(key: string, finding: Finding): Promise<void>;
  insertAtCursor(key: string, text: string): Promise<void>;
  replace(key: string, finding: Finding, text: string): Promise<void>;
  insertAfter(key: string, finding: Finding, text: string): Promise<void>;
  comment(key: string, finding: Finding, text: string): Promise<void>;
  copy(key: string, text: string): Promise<void>;
}

export function locationOf(finding: Finding): FindingLocation {
  return { paragraph: finding.paragraph, start: finding.start, end: finding.end, text: finding.text };
}

function edited(result: EditResult, what: string): string {
  // The port never makes untracked text edits; say so plainly if that ever changes.
  return result.tracked || result.kind === "comment" ? what : `${what} Word did not record it as a tracked change.`;
}

/** Runs the port's actions one at a time and keeps the outcome of the last one for display. */
export function useDocumentActions(port: DocumentPort): DocumentActions {
  const [pending, setPending] = React.useState<string | null>(null);
  const [outcome, setOutcome] = React.useState<ActionOutcome | null>(null);
  const inFlight = React.useRef(false);

  const run = React.useCallback(async (key: string, action: () => Promise<{ title: string; message: string }>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setPending(key);
    setOutcome(null);
    try {
      const done = await action();
      setOutcome({ key, intent: "success", ...done });
    } catch (error) {
      setOutcome({ key, intent: "error", ...describeError(error) });
    } finally {
      inFlight.current = false;
      setPending(null);
    }
  }, []);

  return React.useMemo<DocumentActions>(
    () => ({
      pending,
      outcome,
      dismiss: () => setOutcome(null),
      goTo: (key, finding) =>
        run(key, async () => {
          await port.goTo(locationOf(finding));
          return { title: "Selected", message: "The sentence is selected in the document." };
        }),
      insertAtCursor: (key, text) =>
        run(key, async () => ({
          title: "Inserted",
          message: edited(await port.insertAtCursor(text), "The clause was inserted at the cursor as a tracked change."),
        })),
      replace: (key, finding, text) =>
        run(key, async () => ({
          title: "Replaced",
          message: edited(await port.replace(locationOf(finding), text), "The sentence was replaced as a tracked change."),
        })),
      insertAfter: (key, finding, text) =>
        run(key, async () => ({
          title: "Inserted",
          message: edited(await port.insertAfter(locationOf(finding), text), "The clause was inserted after the paragraph as a tracked change."),
        })),
      comment: (key, finding, text) =>
        run(key, async () => {
          await port.comment(locationOf(finding), text);
          return { title: "Commented", message: "A comment was added on the sentence." };
        }),
      copy: (key, text) =>
        run(key, async () => {
          await copyText(text);
          return { title: "Copied", message: "The clause is on the clipboard." };
        }),
    }),
    [pending, outcome, port, run],
  );
}
