// The document port: everything the task pane asks of the open document. The Word
// adapter (./adapter.ts) implements it over Office.js; the preview runs the same
// adapter against the simulated Word API. The task pane receives a port by
// injection and never touches Office or Word itself.

/** Where a finding sits, as the engine reported it. */
export interface FindingLocation {
  paragraph: number;
  start: number;
  end: number;
  /** The sentence, verbatim as reviewed: compared with the document before any edit. */
  text: string;
}

export interface Capabilities {
  /** WordApi 1.4: change tracking can be set, so insertions can be tracked. Without it nothing is inserted. */
  trackedInsert: boolean;
  /** WordApi 1.4: Range.insertComment. */
  comments: boolean;
  /** WordApi 1.4: Range.getReviewedText, for reading the counterparty's redline. */
  reviewedText: boolean;
  /** WordApi 1.6: tracked changes can be listed. */
  trackedChangeList: boolean;
  /** Human-readable explanations of what is unavailable and why, for the pane to show. */
  limits: string[];
}

export interface DocumentSnapshot {
  /** The document as it now reads (the counterparty's tracked changes accepted where the API allows). */
  paragraphs: string[];
  /** The text before tracked changes ("Original"), when the API can read it. */
  original?: string[];
  /** Indexes of paragraphs that carry tracked changes (where the API can tell). */
  revisedParagraphs?: number[];
  /**
   * Every tracked change in the body, in document order, where Word can list them (WordApi 1.6).
   * `text` is empty for deletions on Mac (oj#5178); formatting changes have type "Formatted".
   */
  trackedChanges?: { type: string; author: string; text: string }[];
}

export type EditKind = "insert-at-cursor" | "replace" | "insert-after" | "comment";

export interface EditResult {
  kind: EditKind;
  /** True when the edit was recorded as a tracked change (always true for text edits: we never insert untracked). */
  tracked: boolean;
}

export type WordErrorCode =
  | "unsupported" // the Word build lacks the API the action needs
  | "read-only" // the document cannot be edited
  | "not-found" // the finding's text could not be located
  | "changed" // the text at the finding's place differs from what was reviewed
  | "bad-selection" // the cursor is somewhere the action cannot insert (header, footnote, content control ...)
  | "api-error"; // Word reported an error

/** Typed errors the task pane shows as they are: `message` is written for the user. */
export class WordAdapterError extends Error {
  constructor(
    readonly code: WordErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = "WordAdapterError";
  }
}

export interface DocumentPort {
  capabilities(): Promise<Capabilities>;
  /** Reads every paragraph's text; `onProgress(done, total)` is called between chunks of long documents. */
  read(onProgress?: (done: number, total: number) => void): Promise<DocumentSnapshot>;
  /** Selects the finding's sentence in the document. */
  goTo(location: FindingLocation): Promise<void>;
  /** Inserts the clause at the cursor (or replaces a non-empty selection), tracked. */
  insertAtCursor(text: string): Promise<EditResult>;
  /** Replaces the finding's sentence with the clause, tracked (deletion plus insertion). */
  replace(location: FindingLocation, text: string): Promise<EditResult>;
  /** Inserts the clause as a new paragraph after the finding's paragraph, tracked. */
  insertAfter(location: FindingLocation, text: string): Promise<EditResult>;
  /** Adds a comment carrying `text` on the finding's sentence. */
  comment(location: FindingLocation, text: string): Promise<EditResult>;
}
