// Bad input is an expected outcome of a command-line run, not a crash: every
// reader and writer throws InputError with a message written for the user, and
// main() prints it as one line and exits 2. Anything else that escapes is a bug
// and is reported as such (still one line, but labelled "internal error").

export class InputError extends Error {
  constructor(message: string) {
    // One line by contract: whatever a lower layer put in the message (an XML
    // parser's multi-line report, a path with a newline) is folded here.
    super(message.replace(/\s*[\r\n]+\s*/g, " ").trim());
    this.name = "InputError";
  }
}

/** The first line of an unknown thrown value, for wrapping a library's error into an InputError. */
export function reason(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.split(/\r?\n/)[0].trim();
}
