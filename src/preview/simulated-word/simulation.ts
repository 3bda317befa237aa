// The simulation object: owns the document model, builds the fake `Word`, `Office` and
// `OfficeExtension` globals, counts round trips, injects failures, and gives the
// preview a view model with change notifications. No DOM, React or Node API here.

import { SimErrorCodes, SimOfficeError } from "./errors";
import { DocumentModel, markupLength, paragraphText, type Anchor, type ParaState } from "./model";
import { SimRequestContext, type SimHost } from "./proxies";
import type {
  EditRecord,
  FailPoint,
  InjectedFailure,
  Protection,
  SimulationOptions,
  SimView,
  StoryKind,
  TrackingMode,
  ViewParagraph,
} from "./types";

const DEFAULT_STORIES: Record<Exclude<StoryKind, "body">, string[]> = {
  header: ["CONFIDENTIAL"],
  footer: ["Page 1"],
  footnote: ["See clause 4."],
  endnote: ["Endnote."],
  textBox: ["Text box"],
};

function parseVersion(v: string): [number, number] {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  if (!m) throw new Error(`simulation: bad requirement-set version '${v}' (use e.g. "1.4")`);
  return [Number(m[1]), Number(m[2])];
}

function versionAtMost(v: string, max: string): boolean {
  const [a, b] = parseVersion(v);
  const [c, d] = parseVersion(max);
  return a < c || (a === c && b <= d);
}

export interface SimGlobals {
  Word: Record<string, unknown> & { run: (...args: unknown[]) => Promise<unknown> };
  Office: Record<string, unknown>;
  OfficeExtension: Record<string, unknown>;
}

export class Simulation implements SimHost {
  readonly model: DocumentModel;
  private _wordApi: string;
  private _documentMode?: "readOnly" | "readWrite";
  private _syncCount = 0;
  private _runCount = 0;
  private readonly _failures = new Map<FailPoint, InjectedFailure[]>();
  private readonly _listeners = new Set<(view: SimView) => void>();
  readonly latencyMs: number;
  readonly platform: string;
  /** The fake globals; `installGlobals` puts them on a target object. */
  readonly globals: SimGlobals;

  constructor(options: SimulationOptions) {
    this._wordApi = options.wordApi ?? "1.8";
    parseVersion(this._wordApi);
    this._documentMode = options.documentMode;
    this.latencyMs = options.latencyMs ?? 0;
    this.platform = options.platform ?? "OfficeOnline";
    this.model = new DocumentModel({
      paragraphs: options.paragraphs,
      stories: { ...DEFAULT_STORIES, ...(options.stories ?? {}) },
      trackingMode: options.changeTrackingMode ?? "Off",
      protection: options.protection ?? "none",
      protectionErrorCode: options.protectionErrorCode ?? SimErrorCodes.accessDenied,
      user: options.user ?? "You",
      deletedTextInText: options.deletedTextInText ?? true,
    });
    if (options.selection !== null) {
      const s = options.selection ?? { paragraph: 0, start: 0 };
      this._setSelection(s.paragraph, s.start, s.end ?? s.start, s.story ?? "body");
    }
    this.globals = this._buildGlobals();
  }

  // --- SimHost -------------------------------------------------------------

  supports(version: string): boolean {
    return versionAtMost(version, this._wordApi);
  }

  countSync(): void {
    this._syncCount++;
  }

  takeFailure(point: FailPoint): InjectedFailure | undefined {
    const list = this._failures.get(point);
    if (!list || list.length === 0) return undefined;
    const head = list[0];
    if (head.skip && head.skip > 0) {
      list[0] = { ...head, skip: head.skip - 1 };
      return undefined;
    }
    return list.shift();
  }

  changed(): void {
    if (this._listeners.size === 0) return;
    const v = this.view();
    for (const fn of this._listeners) fn(v);
  }

  // --- Test and preview controls -------------------------------------------

  /** Round trips (context.sync calls, including Word.run's final flush) since creation or the last reset. */
  get syncCount(): number {
    return this._syncCount;
  }

  resetSyncCount(): void {
    this._syncCount = 0;
  }

  /** Number of Word.run batches started. */
  get runCount(): number {
    return this._runCount;
  }

  /** Makes the next execution of `point` fail at sync with an Office-shaped error. Failures queue up per point. */
  failNext(point: FailPoint, failure: InjectedFailure = {}): void {
    this._failures.set(point, [...(this._failures.get(point) ?? []), failure]);
  }

  /** Forgets injected failures that have not fired yet. */
  clearFailures(): void {
    this._failures.clear();
  }

  get wordApi(): string {
    return this._wordApi;
  }

  setWordApi(version: string): void {
    parseVersion(version);
    this._wordApi = version;
    this.changed();
  }

  get trackingMode(): TrackingMode {
    return this.model.trackingMode;
  }

  setTrackingMode(mode: TrackingMode): void {
    this.model.trackingMode = mode;
    this.changed();
  }

  get protection(): Protection {
    return this.model.protection;
  }

  setProtection(p: Protection): void {
    this.model.protection = p;
    this.changed();
  }

  /** Office.context.document.mode as Office reports it (see SimulationOptions.documentMode). */
  get documentMode(): "readOnly" | "readWrite" {
    return this._documentMode ?? (this.model.protection === "readOnly" ? "readOnly" : "readWrite");
  }

  /** Every value the add-in assigned to changeTrackingMode, in order (the simulation's own setters are not included). */
  get trackingModeChanges(): readonly TrackingMode[] {
    return this.model.modeChanges.slice();
  }

  /** Every text edit and comment applied so far, in order. */
  get edits(): readonly EditRecord[] {
    return this.model.edits.slice();
  }

  /** Body paragraphs' text: "current" (tracked deletions left out), "original" (tracked insertions left out) or "markup" (everything). */
  text(view: "current" | "original" | "markup" = "current"): string[] {
    return this.model.body.paragraphs.map((p) => paragraphText(p, view));
  }

  /** Places the cursor (start === end) or selects [start, end), in markup offsets of a paragraph of a story. */
  select(paragraph: number, start: number, end: number = start, story: StoryKind = "body"): void {
    this._setSelection(paragraph, start, end, story);
    this.changed();
  }

  /** No selection at all: getSelection() then fails, as when Word has lost it. */
  clearSelection(): void {
    this.model.setSelection(null);
    this.changed();
  }

  private _setSelection(paragraph: number, start: number, end: number, storyKind: StoryKind): void {
    const story = this.model.story(storyKind);
    const p = story.paragraphs[paragraph];
    if (!p) throw new Error(`simulation: no paragraph ${paragraph} in ${storyKind}`);
    const len = markupLength(p);
    if (start < 0 || end < start || end > len) throw new Error(`simulation: selection ${start}..${end} outside paragraph of length ${len}`);
    this.model.setSelection(this.model.anchorFor(story, p, start, end));
  }

  /** Subscribes to changes (each sync that changed the document or selection, and each control call). Returns the unsubscribe function. */
  onChange(fn: (view: SimView) => void): () => void {
    this._listeners.add(fn);
    return () => this._listeners.delete(fn);
  }

  view(): SimView {
    const m = this.model;
    const body = m.body;
    const commentIds = new Map<ParaState, number[]>();
    for (const c of m.comments) {
      if (c.anchor.story !== body) continue;
      commentIds.set(c.anchor.start.para, [...(commentIds.get(c.anchor.start.para) ?? []), c.id]);
    }
    const paragraphs: ViewParagraph[] = body.paragraphs.map((p, index) => {
      let at = 0;
      const segments = p.segments.map((s) => {
        const seg = s.kind === "normal" ? { text: s.text, kind: s.kind, start: at } : { text: s.text, kind: s.kind, author: s.author, start: at };
        at += s.text.length;
        return seg;
      });
      return {
        index,
        segments,
        inTable: p.inTable,
        contentControl: p.contentControl ? { title: p.contentControl.title, cannotEdit: p.contentControl.cannotEdit } : undefined,
        insertedBy: p.insertedBy,
        commentIds: commentIds.get(p) ?? [],
      };
    });
    const sel = m.selection;
    return {
      paragraphs,
      comments: m.comments.map((c) => ({
        id: c.id,
        text: c.text,
        author: c.author,
        anchoredText: m.anchorText(c.anchor, "current"),
        paragraph: c.anchor.story === body ? body.paragraphs.indexOf(c.anchor.start.para) : -1,
        start: c.anchor.start.offset,
        end: c.anchor.end.offset,
      })),
      selection: sel
        ? { story: sel.story.kind, paragraph: sel.story.paragraphs.indexOf(sel.start.para), start: sel.start.offset, end: sel.end.offset }
        : null,
      trackingMode: m.trackingMode,
      protection: m.protection,
      wordApi: this._wordApi,
    };
  }

  /** The selection's anchor, for tests that need it directly. */
  get selectionAnchor(): Anchor | null {
    return this.model.selection;
  }

  /**
   * Puts Word, Office and OfficeExtension on `target` (window in the preview, globalThis in
   * tests). Returns a function that restores what was there before.
   */
  installGlobals(target: object = globalThis): () => void {
    const t = target as Record<string, unknown>;
    const keys = ["Word", "Office", "OfficeExtension"] as const;
    const before = keys.map((k) => [k, Object.prototype.hasOwnProperty.call(t, k), t[k]] as const);
    t.Word = this.globals.Word;
    t.Office = this.globals.Office;
    t.OfficeExtension = this.globals.OfficeExtension;
    return () => {
      for (const [k, had, v] of before) {
        if (had) t[k] = v;
        else delete t[k];
      }
    };
  }

  // --- Globals ---------------------------------------------------------------

  private _buildGlobals(): SimGlobals {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const sim = this;
    const run = async (...args: unknown[]): Promise<unknown> => {
      const batch = args[args.length - 1];
      if (typeof batch !== "function") {
        throw new SimOfficeError(SimErrorCodes.invalidArgument, "Word.run needs a batch function.");
      }
      if (args.length > 1) {
        throw new SimOfficeError(SimErrorCodes.notImplemented, "simulation: only Word.run(batch) is modelled");
      }
      sim._runCount++;
      const ctx = new SimRequestContext(sim);
      try {
        const p = (batch as (c: SimRequestContext) => unknown)(ctx);
        if (!p || typeof (p as Promise<unknown>).then !== "function") {
          throw new SimOfficeError(
            SimErrorCodes.runMustReturnPromise,
            'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation.',
          );
        }
        const result = await p;
        // Word.run sends whatever is still queued when the batch's promise resolves.
        if (ctx._queue.length > 0) await ctx.sync();
        return result;
      } finally {
        ctx._end();
      }
    };

    const Word = {
      run,
      RequestContext: SimRequestContext,
      ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
      ChangeTrackingVersion: { original: "Original", current: "Current" },
      InsertLocation: { before: "Before", after: "After", start: "Start", end: "End", replace: "Replace" },
      RangeLocation: { whole: "Whole", start: "Start", end: "End", before: "Before", after: "After", content: "Content" },
      SelectionMode: { select: "Select", start: "Start", end: "End" },
      BodyType: {
        unknown: "Unknown",
        mainDoc: "MainDoc",
        section: "Section",
        header: "Header",
        footer: "Footer",
        tableCell: "TableCell",
        footnote: "Footnote",
        endnote: "Endnote",
        noteItem: "NoteItem",
      },
      ErrorCodes: {
        accessDenied: "AccessDenied",
        generalException: "GeneralException",
        invalidArgument: "InvalidArgument",
        itemNotFound: "ItemNotFound",
        notAllowed: "NotAllowed",
        notImplemented: "NotImplemented",
        searchDialogIsOpen: "SearchDialogIsOpen",
        searchStringInvalidOrTooLong: "SearchStringInvalidOrTooLong",
      },
    };

    const info = () => ({ host: "Word", platform: sim.platform });
    const Office = {
      HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
      PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
      DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
      onReady(callback?: (i: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
        return Promise.resolve().then(() => {
          const i = info();
          callback?.(i);
          return i;
        });
      },
      context: {
        host: "Word",
        get platform() {
          return sim.platform;
        },
        requirements: {
          isSetSupported(name: string, minVersion?: string | number): boolean {
            if (name !== "WordApi") return false;
            if (minVersion === undefined) return true;
            const v = typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion;
            return sim.supports(v);
          },
        },
        document: {
          get mode() {
            return sim.documentMode;
          },
        },
        diagnostics: { host: "Word", version: "16.0 (simulated)", get platform() { return sim.platform; } },
      },
    };

    const OfficeExtension = {
      Error: SimOfficeError,
      ErrorCodes: { ...SimErrorCodes },
      ClientRequestContext: SimRequestContext,
    };

    return { Word, Office, OfficeExtension };
  }
}

export function createSimulation(options: SimulationOptions): Simulation {
  return new Simulation(options);
}
