// Public vocabulary of the simulated Word API. The simulation is plain TypeScript
// (no DOM, no React, no Node API) so the unit tests and the in-browser preview share it.

export type TrackingMode = "Off" | "TrackAll" | "TrackMineOnly";
export type SegmentKind = "normal" | "inserted" | "deleted";
/** Where a piece of text lives. Only "body" paragraphs are reviewed; the others exist to put the cursor somewhere Word would refuse or misplace an insertion. */
export type StoryKind = "body" | "header" | "footer" | "footnote" | "endnote" | "textBox";
/**
 * readOnly: every edit fails (Word's "Restrict editing: no changes" or a file opened read-only).
 * commentsOnly: text edits fail, comments are allowed (Word's "Comments" protection).
 */
export type Protection = "none" | "readOnly" | "commentsOnly";

export interface SegmentInit {
  text: string;
  /** Default "normal". "inserted"/"deleted" pre-load a tracked change (e.g. the counterparty's redline). */
  kind?: SegmentKind;
  /** Author of a tracked change; default "Counterparty" for pre-loaded revisions. */
  author?: string;
}

export interface ParagraphInit {
  /** Shorthand for a single normal segment. Ignored when `segments` is given. */
  text?: string;
  segments?: SegmentInit[];
  /** The paragraph sits in a table cell (tableNestingLevel 1, parentBody.type "TableCell"). */
  inTable?: boolean;
  /** The whole paragraph is wrapped in a content control. */
  contentControl?: { title?: string; tag?: string; cannotEdit?: boolean };
}

export interface SelectionInit {
  /** Paragraph index in the story. */
  paragraph: number;
  /** Markup offsets: count every character shown in the view, tracked deletions included. */
  start: number;
  /** Default: `start` (a collapsed cursor). */
  end?: number;
  /** Default "body". */
  story?: StoryKind;
}

export interface SimulationOptions {
  paragraphs: (string | ParagraphInit)[];
  /** Highest WordApi requirement set the simulated Word supports, "1.1" .. "1.8". Default "1.8". */
  wordApi?: string;
  changeTrackingMode?: TrackingMode;
  protection?: Protection;
  /**
   * The error code an edit of a protected document fails with. Word is not consistent here:
   * "AccessDenied" on some builds, "GeneralException" in Viewing mode on desktop (oj#5484).
   */
  protectionErrorCode?: string;
  /** Office.context.document.mode; default follows `protection` ("readOnly" when readOnly). Desktop reports "readWrite" regardless (oj#5484): set it to test that. */
  documentMode?: "readOnly" | "readWrite";
  /** Author recorded for edits made through the API. Default "You". */
  user?: string;
  /**
   * Whether Range/Paragraph `.text` includes tracked-deleted text. It does on some platforms
   * and markup views and not on others (oj#2314, oj#1267). Default true, the harsher case:
   * code that reads `.text` of a redlined paragraph gets the deleted words too.
   */
  deletedTextInText?: boolean;
  /** Initial cursor; `null` simulates a lost selection. Default: collapsed at the start of paragraph 0. */
  selection?: SelectionInit | null;
  /** Paragraphs of the other stories; each defaults to one short paragraph so the cursor can be put there. */
  stories?: Partial<Record<Exclude<StoryKind, "body">, (string | ParagraphInit)[]>>;
  /** Delay of each simulated round trip in ms (0: resolve on the next microtask). */
  latencyMs?: number;
  /** Office.context.platform; default "OfficeOnline". */
  platform?: string;
}

export interface ViewSegment {
  text: string;
  kind: SegmentKind;
  /** Set for inserted/deleted segments. */
  author?: string;
  /** Markup offset of the segment's first character in its paragraph (what `select()` takes). */
  start: number;
}

export interface ViewParagraph {
  index: number;
  segments: ViewSegment[];
  inTable: boolean;
  contentControl?: { title: string; cannotEdit: boolean };
  /** The paragraph itself was inserted as a tracked change (by this author). */
  insertedBy?: string;
  /** Ids of comments anchored in this paragraph. */
  commentIds: number[];
}

export interface ViewComment {
  id: number;
  text: string;
  author: string;
  /** The anchored text as it now reads (tracked deletions left out). */
  anchoredText: string;
  /** Index of the body paragraph where the anchor starts; -1 if anchored in another story. */
  paragraph: number;
  start: number;
  end: number;
}

export interface ViewSelection {
  story: StoryKind;
  paragraph: number;
  start: number;
  end: number;
}

export interface SimView {
  paragraphs: ViewParagraph[];
  comments: ViewComment[];
  selection: ViewSelection | null;
  trackingMode: TrackingMode;
  protection: Protection;
  wordApi: string;
}

/** One change to the document's text, as the simulation applied it: tests assert `tracked`. */
export interface EditRecord {
  kind: "insert" | "delete" | "insert-paragraph" | "comment";
  story: StoryKind;
  /** Paragraph index at the time of the edit. */
  paragraph: number;
  text: string;
  tracked: boolean;
  author: string;
  /** The method that made it, e.g. "Range.insertText". */
  via: string;
  /** changeTrackingMode when the edit was applied. */
  mode: TrackingMode;
}

/** Operations a test can make fail on their next execution at sync. */
export type FailPoint =
  | "insertText"
  | "insertParagraph"
  | "insertComment"
  | "search"
  | "select"
  | "getSelection"
  | "setChangeTrackingMode"
  | "getReviewedText"
  | "load"
  | "sync";

export interface InjectedFailure {
  /** Office error code, default "GeneralException". */
  code?: string;
  message?: string;
  /** Let this many executions of the operation succeed first (e.g. 1: fail the second one). */
  skip?: number;
}
