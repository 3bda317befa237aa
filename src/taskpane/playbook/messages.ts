// Placing validation errors next to the control they are about. The schema reports
// "areas[3].fallbacks.licensee[1].text: required"; beside the Text field of that clause
// the path is noise, so it is dropped there and kept where the control is not obvious.

export interface SplitError {
  /** The field path, or "" when the message has none (edit refusals are plain sentences). */
  path: string;
  message: string;
}

const WITH_PATH = /^([^\s:]+): ([\s\S]*)$/;

export function splitError(error: string): SplitError {
  const match = WITH_PATH.exec(error);
  return match ? { path: match[1], message: match[2] } : { path: "", message: error };
}

/** "required" -> "Required." for display under a field. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Errors grouped by the field their path ends with (`title`, `text` ...), as sentences
 * without the path; the rest as they came.
 */
export function errorsByField<F extends string>(errors: readonly string[], fields: readonly F[]): { fields: Partial<Record<F, string>>; other: string[] } {
  const byField: Partial<Record<F, string>> = {};
  const other: string[] = [];
  for (const error of errors) {
    const { path, message } = splitError(error);
    const last = path.split(".").pop()?.replace(/\[\d+\]$/, "") as F | undefined;
    if (last && fields.includes(last)) byField[last] = byField[last] ? `${byField[last]} ${sentence(message)}` : sentence(message);
    else other.push(error);
  }
  return { fields: byField, other };
}

/** Errors for one input (a phrase, a switch): the schema's message, without the path of the field. */
export function inlineErrors(errors: readonly string[]): string {
  return errors.map((e) => sentence(splitError(e).message)).join(" ");
}
