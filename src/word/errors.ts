// Turns whatever Word threw into a WordAdapterError whose message the pane can show as is.

import { WordAdapterError, type WordErrorCode } from "./port";

interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { code?: unknown; errorLocation?: unknown };
}

export function officeCode(e: unknown): string | undefined {
  const o = e as OfficeErrorLike | null;
  if (!o || typeof o !== "object") return undefined;
  if (typeof o.code === "string") return o.code;
  if (o.debugInfo && typeof o.debugInfo.code === "string") return o.debugInfo.code;
  return undefined;
}

export function officeLocation(e: unknown): string {
  const o = e as OfficeErrorLike | null;
  const loc = o && typeof o === "object" ? o.debugInfo?.errorLocation : undefined;
  return typeof loc === "string" ? loc : "";
}

function detail(e: unknown): string {
  const code = officeCode(e);
  const msg = e instanceof Error ? e.message : typeof e === "string" ? e : "";
  return [code, msg].filter(Boolean).join(": ") || "unknown error";
}

export const READ_ONLY_MESSAGE =
  "Word refused the change because the document (or this part of it) is read-only or protected. Nothing was changed. " +
  "Enable editing or stop the protection (Review > Restrict Editing), then try again.";

/**
 * Maps an error thrown inside a Word batch. `action` completes the sentence "Word could not …".
 * `nothingChanged` is true when the caller knows the document was left as it was.
 */
export function toAdapterError(e: unknown, action: string, nothingChanged: boolean): WordAdapterError {
  if (e instanceof WordAdapterError) return e;
  const code = officeCode(e);
  const unchanged = nothingChanged ? " Nothing was changed." : "";
  let kind: WordErrorCode = "api-error";
  let message = `Word could not ${action} (${detail(e)}).${unchanged}`;
  if (code === "AccessDenied" || code === "NotAllowed") {
    kind = "read-only";
    message = READ_ONLY_MESSAGE;
  } else if (code === "ApiNotFound") {
    kind = "unsupported";
    message = `This version of Word lacks an API needed to ${action} (${detail(e)}).${unchanged} Update Word, or use Copy and paste the text yourself.`;
  }
  return new WordAdapterError(kind, message, e);
}
