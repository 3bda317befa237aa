// Turning any failure into what the pane shows. Port errors (WordAdapterError) carry a
// message written for the user, including what to do next, and are shown as they are;
// anything else is a bug in the pane or the engine and is shown too, so nothing fails silently.

import { WordAdapterError, type WordErrorCode } from "../word/port";
import { WorkLimitExceeded } from "../engine";

export interface ShownError {
  title: string;
  message: string;
}

const TITLES: Record<WordErrorCode, string> = {
  unsupported: "Not available in this version of Word",
  "read-only": "The document cannot be edited",
  "not-found": "The sentence was not found",
  changed: "The document has changed",
  "bad-selection": "Word cannot insert there",
  "api-error": "Word reported an error",
};

/** Duck-typed as well as instanceof: a second copy of the port module would break instanceof. */
function isWordAdapterError(error: unknown): error is WordAdapterError {
  return (
    error instanceof WordAdapterError ||
    (error instanceof Error && error.name === "WordAdapterError" && typeof (error as WordAdapterError).code === "string")
  );
}

export function describeError(error: unknown): ShownError {
  if (isWordAdapterError(error)) {
    return { title: TITLES[error.code] ?? "Word reported an error", message: error.message };
  }
  if (error instanceof WorkLimitExceeded) return { title: "The playbook is too costly for this document", message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { title: "Something went wrong", message: message || "An unexpected error occurred." };
}
