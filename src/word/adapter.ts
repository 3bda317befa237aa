// The Word adapter: the only code that touches the Office and Word globals. It implements
// DocumentPort over Office.js (in Word) or over the simulated Word API (preview, tests),
// reading the globals when a method is called, so the preview can install them first.
//
// Rules it keeps (see docs/word-api-notes.md):
// - nothing is ever inserted untracked: without WordApi 1.4 every text edit is refused;
// - every text edit runs: load changeTrackingMode → sync → set TrackAll → edit → sync →
//   restore the saved mode (on every path, also when the edit throws) → sync;
// - a finding is located inside its own paragraph with searches of at most 255
//   characters, the n-th occurrence counted from the paragraph's own text, and the found
//   text is compared with the finding before anything is changed;
// - round trips are fixed, not proportional to the document: read = 1 + one per chunk of
//   1,000 paragraphs; insert at cursor = 3; replace / insert after = 4 (5 when a sentence
//   longer than 255 characters repeats inside its paragraph); comment = 3 (4); go to = 3 (4);
// - every failure surfaces as a WordAdapterError with a message for the user.

import { READ_ONLY_MESSAGE, officeCode, toAdapterError } from "./errors";
import {
  type Capabilities,
  type DocumentPort,
  type DocumentSnapshot,
  type EditResult,
  type FindingLocation,
  WordAdapterError,
} from "./port";
import {
  clauseParagraphs,
  escapeSearch,
  occurrences,
  planSlices,
  sameText,
  stripParagraphMark,
} from "./text";

export interface OfficeGlobals {
  Word?: typeof Word;
  Office?: typeof Office;
}

export interface WordPortOptions {
  /** Where to find Word and Office; default: the globals, read at each call. */
  globals?: () => OfficeGlobals;
  /** Paragraphs read per round trip (default 1,000: large payloads per sync have hung Word, oj#719). */
  chunkSize?: number;
  /** Lets the pane repaint between chunks; default a zero-delay timer (a macrotask, so input and paint can run). */
  yieldToUi?: () => Promise<void>;
}

type TrackingMode = Word.ChangeTrackingMode | "Off" | "TrackAll" | "TrackMineOnly";

export const NO_TRACKED_INSERT_MESSAGE =
  "Inserting is turned off: this version of Word cannot switch on Track Changes from an add-in (it lacks WordApi 1.4, " +
  "as in volume-licensed Office 2019 and 2021), and this add-in never inserts untracked text. " +
  "Use Copy, then paste the clause yourself with Track Changes on.";

const NO_WORD_MESSAGE =
  "Word's JavaScript API is not available here (the add-in is not running inside Word). Open the add-in from Word's ribbon.";

const REVIEW_AGAIN = "Run the review again, then retry.";

const BLOCKED_BODY: Record<string, string> = {
  Header: "The cursor is in a header. Click in the body of the agreement where the clause should go, then try again.",
  Footer: "The cursor is in a footer. Click in the body of the agreement where the clause should go, then try again.",
  Footnote: "The cursor is in a footnote. Click in the body of the agreement where the clause should go, then try again.",
  Endnote: "The cursor is in an endnote. Click in the body of the agreement where the clause should go, then try again.",
  NoteItem: "The cursor is in a footnote or endnote. Click in the body of the agreement where the clause should go, then try again.",
  Unknown:
    "Word does not say where the cursor is (it may be in a text box or another frame). Click in the body of the agreement, then try again.",
};

export function createWordPort(options: WordPortOptions = {}): DocumentPort {
  const globals =
    options.globals ??
    (() => {
      const g = globalThis as unknown as OfficeGlobals;
      return { Word: g.Word, Office: g.Office };
    });
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? 1000));
  const yieldToUi = options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

  function supports(version: string): boolean {
    const req = globals().Office?.context?.requirements;
    if (!req || typeof req.isSetSupported !== "function") return false;
    return req.isSetSupported("WordApi", version);
  }

  function word(): typeof Word {
    const W = globals().Word;
    if (!W || typeof W.run !== "function") throw new WordAdapterError("unsupported", NO_WORD_MESSAGE);
    return W;
  }

  /** Office says so up front on some hosts; desktop reports readWrite regardless (oj#5484), so edits also map AccessDenied. */
  function refuseIfReadOnly(): void {
    const mode = globals().Office?.context?.document?.mode as unknown;
    if (mode === "readOnly") throw new WordAdapterError("read-only", READ_ONLY_MESSAGE);
  }

  function requireTrackedEdits(): typeof Word {
    const W = word();
    if (!supports("1.4")) throw new WordAdapterError("unsupported", NO_TRACKED_INSERT_MESSAGE);
    refuseIfReadOnly();
    return W;
  }

  async function guard<T>(action: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw toAdapterError(e, action, true);
    }
  }

  // ---------------------------------------------------------------------------
  // Locating a finding.

  interface LocateOptions {
    /** Queued into the first round trip (e.g. loading changeTrackingMode) to save one. */
    first?: () => void;
    /** goTo only: without WordApi 1.3 a long sentence cannot be joined; select its start. */
    partialOk?: boolean;
  }

  function changed(loc: FindingLocation, why: string): WordAdapterError {
    return new WordAdapterError("changed", `The document has changed since it was reviewed: ${why} (paragraph ${loc.paragraph + 1}). ${REVIEW_AGAIN}`);
  }

  function notFound(loc: FindingLocation, why: string): WordAdapterError {
    return new WordAdapterError("not-found", `Word could not find the sentence in paragraph ${loc.paragraph + 1}: ${why}. ${REVIEW_AGAIN}`);
  }

  function checkLocation(loc: FindingLocation): void {
    const ok =
      Number.isInteger(loc.paragraph) &&
      loc.paragraph >= 0 &&
      Number.isInteger(loc.start) &&
      Number.isInteger(loc.end) &&
      loc.start >= 0 &&
      loc.end > loc.start &&
      loc.text.trim() !== "";
    if (!ok) throw new WordAdapterError("not-found", "This finding does not point at any text in the document. " + REVIEW_AGAIN);
  }

  /**
   * Loads the finding's paragraph and its current text, and checks that the finding still
   * reads the same at its offsets. Two round trips; `alsoQueue` adds work to the second.
   */
  async function loadParagraph(
    ctx: Word.RequestContext,
    loc: FindingLocation,
    opts: LocateOptions,
  ): Promise<{ para: Word.Paragraph; approxText: string }> {
    checkLocation(loc);
    const col = ctx.document.body.paragraphs;
    col.load({ select: "text", top: 1, skip: loc.paragraph });
    opts.first?.();
    await ctx.sync();
    if (col.items.length === 0) throw changed(loc, "it now has fewer paragraphs than when it was reviewed");
    const para = col.items[0];
    return { para, approxText: para.text };
  }

  /** The paragraph's text as the review saw it: "Current" where WordApi 1.4 exists, else `.text`. */
  function currentText(reviewed: OfficeExtension.ClientResult<string> | undefined, approxText: string): string {
    return reviewed ? stripParagraphMark(reviewed.value) : approxText;
  }

  async function locate(ctx: Word.RequestContext, loc: FindingLocation, opts: LocateOptions = {}): Promise<Word.Range> {
    const hasReviewed = supports("1.4");
    const has13 = supports("1.3");
    const { para, approxText } = await loadParagraph(ctx, loc, opts);
    const plan = planSlices(loc.text, loc.start);
    if (plan.start.text === "") throw notFound(loc, "the finding has no searchable text");

    // Round trip 2: the paragraph's reviewed text and the searches, all at once.
    const reviewed = hasReviewed ? para.getReviewedText("Current") : undefined;
    const startHits = para.search(escapeSearch(plan.start.text), { matchCase: true });
    startHits.load("items/text");
    let endHits: Word.RangeCollection | undefined;
    let speculative: { range: Word.Range; reviewed?: OfficeExtension.ClientResult<string> } | undefined;
    if (plan.end) {
      endHits = para.search(escapeSearch(plan.end.text), { matchCase: true });
      endHits.load("items/text");
      // When both slices occur once (the usual case for a long sentence), join them now
      // and save a round trip. `.text` may include tracked-deleted words (oj#2314): this is
      // only a guess, checked below against the reviewed text and the hit counts.
      if (has13 && occurrences(approxText, plan.start.text).length === 1 && occurrences(approxText, plan.end.text).length === 1) {
        const range = startHits.getFirst().expandTo(endHits.getFirst());
        range.load("text");
        speculative = { range, reviewed: hasReviewed ? range.getReviewedText("Current") : undefined };
      }
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (officeCode(e) !== "ItemNotFound") throw e;
      // The speculative join found no hit, and the failed sync delivered nothing. One more
      // round trip (on this failure path only) tells a changed sentence from an unsearchable one.
      const again = hasReviewed ? para.getReviewedText("Current") : undefined;
      await ctx.sync();
      if (!sameText(currentText(again, approxText).slice(loc.start, loc.end), loc.text)) {
        throw changed(loc, "the sentence no longer reads as reviewed");
      }
      throw notFound(loc, "Word's search did not find it (the text may run across tracked changes)");
    }

    const text = currentText(reviewed, approxText);
    if (!sameText(text.slice(loc.start, loc.end), loc.text)) throw changed(loc, "the sentence no longer reads as reviewed");

    // Word numbers the hits left to right without overlaps, as `occurrences` does. If the
    // counts differ, Word sees the paragraph differently (a tracked deletion inside an
    // occurrence, oj#5874; a field; hidden text) and the n-th hit could be another place.
    const pick = (hits: Word.RangeCollection, slice: { text: string; at: number }): Word.Range => {
      const occ = occurrences(text, slice.text);
      const n = occ.indexOf(slice.at);
      if (n < 0 || hits.items.length !== occ.length) {
        throw notFound(loc, "Word's search sees this paragraph differently (tracked changes inside it?), so the right occurrence cannot be told apart");
      }
      const hit = hits.items[n];
      if (!sameText(hit.text, slice.text)) throw changed(loc, "the text found differs from the review");
      return hit;
    };

    const start = pick(startHits, plan.start);
    if (!plan.end || !endHits) {
      if (!sameText(start.text, loc.text)) throw changed(loc, "the text found differs from the review");
      return start;
    }
    const end = pick(endHits, plan.end);
    const startIsFirst = occurrences(text, plan.start.text)[0] === plan.start.at;
    const endIsFirst = occurrences(text, plan.end.text)[0] === plan.end.at;
    if (speculative && startIsFirst && endIsFirst) {
      const got = speculative.reviewed ? stripParagraphMark(speculative.reviewed.value) : speculative.range.text;
      if (!sameText(got, loc.text)) throw changed(loc, "the text found differs from the review");
      return speculative.range;
    }
    if (!has13) {
      if (opts.partialOk) return start;
      throw new WordAdapterError("unsupported", "This version of Word cannot select a sentence longer than 255 characters (it lacks WordApi 1.3).");
    }
    // The sentence repeats in its paragraph: join the chosen hits and check them first.
    const joined = start.expandTo(end);
    joined.load("text");
    const joinedReviewed = hasReviewed ? joined.getReviewedText("Current") : undefined;
    await ctx.sync();
    const got = joinedReviewed ? stripParagraphMark(joinedReviewed.value) : joined.text;
    if (!sameText(got, loc.text)) throw changed(loc, "the text found differs from the review");
    return joined;
  }

  /** For insertAfter: the paragraph must still contain the finding where the review saw it. */
  async function verifyParagraph(ctx: Word.RequestContext, loc: FindingLocation, opts: LocateOptions): Promise<Word.Paragraph> {
    const { para, approxText } = await loadParagraph(ctx, loc, opts);
    const reviewed = supports("1.4") ? para.getReviewedText("Current") : undefined;
    await ctx.sync();
    const text = currentText(reviewed, approxText);
    if (!sameText(text.slice(loc.start, loc.end), loc.text)) throw changed(loc, "the sentence no longer reads as reviewed");
    return para;
  }

  // ---------------------------------------------------------------------------
  // The tracking sequence.

  /**
   * Sets TrackAll, queues the edit, syncs; then restores `saved` and syncs, on every path.
   * `saved` must have been loaded and synced before (the caller's first round trip).
   * `onFailure` runs before the restore when the edit's sync fails (e.g. to remove a
   * partly inserted clause while tracking is still on); it returns whether the document
   * is back as it was.
   */
  async function trackedEdit<T>(
    ctx: Word.RequestContext,
    saved: TrackingMode,
    edit: () => T,
    onFailure?: (e: unknown) => Promise<boolean>,
  ): Promise<T> {
    let editDone = false;
    let editError: unknown;
    let clean = true;
    try {
      ctx.document.changeTrackingMode = "TrackAll";
      const out = edit();
      await ctx.sync();
      editDone = true;
      return out;
    } catch (e) {
      editError = e;
      if (onFailure) clean = await onFailure(e);
      if (!clean) {
        throw new WordAdapterError(
          "api-error",
          "Word stopped part-way through the insertion, and part of the clause may be in the document as a tracked change. " +
            "Check Review > Tracked Changes and reject it.",
          e,
        );
      }
      throw e;
    } finally {
      try {
        ctx.document.changeTrackingMode = saved;
        await ctx.sync();
      } catch (restoreError) {
        // Throwing here replaces the edit's outcome on purpose: the user must hear about the mode.
        // eslint-disable-next-line no-unsafe-finally
        throw new WordAdapterError(
          "api-error",
          (editDone
            ? "The clause was inserted as a tracked change, but "
            : `The change failed (${officeCode(editError) ?? "error"}) and nothing was changed, but `) +
            `Word could not switch Track Changes back to "${saved}". Set it again under Review > Track Changes.`,
          restoreError,
        );
      }
    }
  }

  function singleParagraphText(text: string, action: string): string {
    const lines = clauseParagraphs(text);
    if (lines.length === 0) throw new WordAdapterError("unsupported", "There is no clause text to insert.");
    if (lines.length > 1) {
      throw new WordAdapterError(
        "unsupported",
        `This clause has ${lines.length} paragraphs, and Word can ${action} only one paragraph at a time. Use "Insert after" or Copy.`,
      );
    }
    return lines[0];
  }

  // ---------------------------------------------------------------------------

  return {
    async capabilities(): Promise<Capabilities> {
      const g = globals();
      if (!g.Word || !g.Office?.context?.requirements) {
        return { trackedInsert: false, comments: false, reviewedText: false, trackedChangeList: false, limits: [NO_WORD_MESSAGE] };
      }
      const v13 = supports("1.3");
      const v14 = supports("1.4");
      const v16 = supports("1.6");
      const limits: string[] = [];
      if (!v14) {
        limits.push(
          NO_TRACKED_INSERT_MESSAGE,
          "Comments need WordApi 1.4 and are not available.",
          "The counterparty's tracked changes cannot be read apart: the review reads the text as Word shows it, which may include deleted words.",
          "Still available: reading and reviewing the document, Go to a finding, and Copy of every fallback clause.",
        );
      } else {
        limits.push(
          "Word does not let an add-in recognise every place the cursor can be: a cursor in a text box may not be detected before inserting.",
        );
      }
      if (v14 && !v16) {
        limits.push("Word cannot list tracked changes here (WordApi 1.6): revised paragraphs are found by comparing the current and the original text.");
      }
      if (!v13) limits.push("Go to selects only the start of sentences longer than 255 characters (WordApi 1.3 is missing).");
      return { trackedInsert: v14, comments: v14, reviewedText: v14, trackedChangeList: v16, limits };
    },

    read(onProgress) {
      return guard("read the document", async () => {
        const W = word();
        const reviewed = supports("1.4");
        const v13 = supports("1.3");
        const v16 = supports("1.6");
        return W.run(async (ctx) => {
          // Round trip 1: the paragraph objects (with one small property, to learn how many
          // there are) and, where available, the list of tracked changes.
          const all = ctx.document.body.paragraphs;
          all.load(v13 ? "items/tableNestingLevel" : "items/alignment");
          const changes = v16 ? ctx.document.body.getTrackedChanges() : undefined;
          changes?.load("items/type,items/author,items/text");
          await ctx.sync();
          const items = all.items.slice();
          const total = items.length;
          const paragraphs: string[] = new Array(total);
          const original: string[] | undefined = reviewed ? new Array(total) : undefined;

          // One round trip per chunk: "Current" and "Original" of each paragraph (stable
          // whatever the markup view, oj#2314), or `.text` where WordApi 1.4 is missing.
          for (let from = 0; from < total; from += chunkSize) {
            const part = items.slice(from, from + chunkSize);
            const cur = reviewed ? part.map((p) => p.getReviewedText("Current")) : [];
            const org = reviewed ? part.map((p) => p.getReviewedText("Original")) : [];
            if (!reviewed) for (const p of part) p.load("text");
            await ctx.sync();
            part.forEach((p, k) => {
              paragraphs[from + k] = reviewed ? stripParagraphMark(cur[k].value) : p.text;
              if (original) original[from + k] = stripParagraphMark(org[k].value);
            });
            const done = Math.min(from + chunkSize, total);
            onProgress?.(done, total);
            if (done < total) await yieldToUi();
          }

          const snapshot: DocumentSnapshot = { paragraphs };
          if (original) {
            snapshot.original = original;
            // Insertions and deletions change Current or Original; formatting-only revisions do not and are not marked.
            snapshot.revisedParagraphs = paragraphs.flatMap((t, i) => (t !== original[i] ? [i] : []));
          }
          if (changes) {
            snapshot.trackedChanges = changes.items.map((c) => ({ type: String(c.type), author: c.author, text: c.text }));
          }
          return snapshot;
        });
      });
    },

    goTo(location) {
      return guard("go to the sentence", async () => {
        const W = word();
        await W.run(async (ctx) => {
          const range = await locate(ctx, location, { partialOk: true });
          range.select();
          await ctx.sync();
        });
      });
    },

    insertAtCursor(text): Promise<EditResult> {
      return guard("insert the clause", async () => {
        const W = requireTrackedEdits();
        const line = singleParagraphText(text, "insert at the cursor");
        return W.run(async (ctx) => {
          // Round trip 1: the user's tracking mode and where the cursor is.
          ctx.document.load("changeTrackingMode");
          const sel = ctx.document.getSelection();
          const body = sel.parentBody;
          body.load("type");
          const cc = sel.parentContentControlOrNullObject;
          cc.load("title,cannotEdit");
          try {
            await ctx.sync();
          } catch (e) {
            const code = officeCode(e);
            if (code === "ApiNotFound" || code === "AccessDenied") throw e;
            throw new WordAdapterError(
              "bad-selection",
              "Word did not report where the cursor is (the selection may have been lost). Click in the document where the clause should go, then try again.",
              e,
            );
          }
          const blocked = BLOCKED_BODY[String(body.type)];
          if (blocked) throw new WordAdapterError("bad-selection", blocked);
          if (!cc.isNullObject) {
            const name = cc.title ? ` ("${cc.title}")` : "";
            throw new WordAdapterError(
              "bad-selection",
              `The cursor is inside a content control${name}, such as a form field; inserting there could break it. Click outside it, then try again.`,
            );
          }
          // Rounds 2 and 3. The selection is fetched again after tracking is switched on: Word
          // on the web can insert at a stale position otherwise (oj#3913). "Replace" inserts at
          // a collapsed cursor and replaces a non-empty selection (tracked deletion + insertion).
          await trackedEdit(ctx, ctx.document.changeTrackingMode, () => {
            ctx.document.getSelection().insertText(line, "Replace");
          });
          return { kind: "insert-at-cursor", tracked: true } satisfies EditResult;
        });
      });
    },

    replace(location, text): Promise<EditResult> {
      return guard("replace the sentence", async () => {
        const W = requireTrackedEdits();
        const line = singleParagraphText(text, "replace a sentence with");
        return W.run(async (ctx) => {
          const range = await locate(ctx, location, { first: () => ctx.document.load("changeTrackingMode") });
          await trackedEdit(ctx, ctx.document.changeTrackingMode, () => {
            range.insertText(line, "Replace");
          });
          return { kind: "replace", tracked: true } satisfies EditResult;
        });
      });
    },

    insertAfter(location, text): Promise<EditResult> {
      return guard("insert the clause", async () => {
        const W = requireTrackedEdits();
        const lines = clauseParagraphs(text);
        if (lines.length === 0) throw new WordAdapterError("unsupported", "There is no clause text to insert.");
        return W.run(async (ctx) => {
          const para = await verifyParagraph(ctx, location, { first: () => ctx.document.load("changeTrackingMode") });
          const created: Word.Paragraph[] = [];
          // insertParagraph takes the formatting of the paragraph it follows (never OOXML: oj#5381).
          await trackedEdit(
            ctx,
            ctx.document.changeTrackingMode,
            () => {
              let prev = para;
              for (const line of lines) {
                prev = prev.insertParagraph(line, "After");
                created.push(prev);
              }
            },
            async () => {
              if (created.length < 2) return true;
              // Word runs a batch up to the failing operation: the paragraphs before it are in.
              // Deleting our own tracked insertions removes them; the first paragraph that was
              // never created stops this batch with ItemNotFound, which is expected.
              for (const p of created) p.delete();
              try {
                await ctx.sync();
                return true;
              } catch (e) {
                return officeCode(e) === "ItemNotFound";
              }
            },
          );
          return { kind: "insert-after", tracked: true } satisfies EditResult;
        });
      });
    },

    comment(location, text): Promise<EditResult> {
      return guard("add the comment", async () => {
        const W = word();
        if (!supports("1.4")) {
          throw new WordAdapterError("unsupported", "This version of Word cannot add comments from an add-in (it lacks WordApi 1.4). Use Copy and add the comment yourself.");
        }
        refuseIfReadOnly();
        if (text.trim() === "") throw new WordAdapterError("unsupported", "There is no comment text to add.");
        return W.run(async (ctx) => {
          const range = await locate(ctx, location);
          range.insertComment(text);
          await ctx.sync();
          // A comment is not a tracked change; it changes no text.
          return { kind: "comment", tracked: false } satisfies EditResult;
        });
      });
    },
  };
}
