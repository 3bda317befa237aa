// Typed errors of the playbook module, so the pane can tell a refused edit or a storage
// failure (shown to the user as written) from a bug (shown as "Something went wrong").

/** An edit that cannot apply to this playbook (unknown area, duplicate phrase, no words); the message is for the user. */
export class PlaybookEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlaybookEditError";
  }
}

export type StorageProblem = "unavailable" | "quota" | "failed";

/** Browser storage refused a read or write; the message says what that means for the user's playbook. */
export class PlaybookStorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
    this.name = "PlaybookStorageError";
  }
}
