// The simulated document: stories of paragraphs made of segments (normal text, tracked
// insertions, tracked deletions), live anchors that follow edits, comments, selection.
//
// Offsets are "markup offsets": every character of every segment counts, tracked
// deletions included, because a deleted word still occupies the page in All Markup.
// A tracked deletion therefore moves no offset; an insertion or an untracked
// deletion shifts the anchors after it.
//
// Limits (deliberate, to keep the model small): ranges that span paragraphs can be
// read, searched and joined with expandTo, but not edited; text with line breaks is
// not split into paragraphs; formatting is not modelled.

import { SimOfficeError, SimErrorCodes } from "./errors";
import type {
  EditRecord,
  ParagraphInit,
  Protection,
  SegmentKind,
  StoryKind,
  TrackingMode,
} from "./types";

export interface Segment {
  text: string;
  kind: SegmentKind;
  author?: string;
}

export interface ParaState {
  readonly uid: number;
  segments: Segment[];
  inTable: boolean;
  contentControl?: { title: string; tag: string; cannotEdit: boolean };
  /** The paragraph was inserted as a tracked change by this author. */
  insertedBy?: string;
}

export interface Story {
  kind: StoryKind;
  paragraphs: ParaState[];
}

export interface Pos {
  para: ParaState;
  offset: number;
}

/** A live range: positions follow later edits, as Word's ranges do within a batch. */
export interface Anchor {
  story: Story;
  start: Pos;
  end: Pos;
}

export interface CommentState {
  id: number;
  text: string;
  author: string;
  anchor: Anchor;
}

interface Ch {
  c: string;
  kind: SegmentKind;
  author?: string;
}

let nextUid = 1;

export function makeParagraph(init: string | ParagraphInit, defaultAuthor = "Counterparty"): ParaState {
  const spec: ParagraphInit = typeof init === "string" ? { text: init } : init;
  const segments: Segment[] = spec.segments
    ? spec.segments.map((s) => {
        const kind = s.kind ?? "normal";
        return kind === "normal" ? { text: s.text, kind } : { text: s.text, kind, author: s.author ?? defaultAuthor };
      })
    : [{ text: spec.text ?? "", kind: "normal" }];
  for (const s of segments) {
    if (/[\r\n]/.test(s.text)) throw new Error("simulation: a paragraph's text cannot contain line breaks; use separate paragraphs");
  }
  return {
    uid: nextUid++,
    segments: mergeSegments(segments),
    inTable: spec.inTable ?? false,
    contentControl: spec.contentControl
      ? {
          title: spec.contentControl.title ?? "",
          tag: spec.contentControl.tag ?? "",
          cannotEdit: spec.contentControl.cannotEdit ?? false,
        }
      : undefined,
  };
}

function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (s.text === "") continue;
    const last = out[out.length - 1];
    if (last && last.kind === s.kind && last.author === s.author) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

function explode(p: ParaState): Ch[] {
  const out: Ch[] = [];
  for (const s of p.segments) for (const c of s.text) out.push({ c, kind: s.kind, author: s.author });
  return out;
}

function implode(chs: Ch[]): Segment[] {
  return mergeSegments(chs.map((ch) => (ch.kind === "normal" ? { text: ch.c, kind: ch.kind } : { text: ch.c, kind: ch.kind, author: ch.author })));
}

export function markupLength(p: ParaState): number {
  let n = 0;
  for (const s of p.segments) n += s.text.length;
  return n;
}

/** Text of [start, end) of one paragraph in a given view. */
export function paragraphSlice(p: ParaState, start: number, end: number, view: "current" | "original" | "markup"): string {
  let out = "";
  let at = 0;
  for (const s of p.segments) {
    const segEnd = at + s.text.length;
    const from = Math.max(start, at);
    const to = Math.min(end, segEnd);
    if (from < to) {
      const keep = view === "markup" || (view === "current" ? s.kind !== "deleted" : s.kind !== "inserted");
      if (keep) out += s.text.slice(from - at, to - at);
    }
    at = segEnd;
  }
  return out;
}

export function paragraphText(p: ParaState, view: "current" | "original" | "markup"): string {
  return paragraphSlice(p, 0, markupLength(p), view);
}

export class DocumentModel {
  readonly body: Story;
  readonly stories: Map<StoryKind, Story> = new Map();
  trackingMode: TrackingMode;
  protection: Protection;
  protectionErrorCode: string;
  user: string;
  deletedTextInText: boolean;
  selection: Anchor | null = null;
  readonly comments: CommentState[] = [];
  readonly edits: EditRecord[] = [];
  /** Every value assigned to changeTrackingMode through the API, in order. */
  readonly modeChanges: TrackingMode[] = [];
  /** Anchors that must follow edits: selection, comments, and every range proxy of a running batch. */
  readonly liveAnchors = new Set<Anchor>();
  private nextCommentId = 1;
  /** Which story holds a paragraph (removed paragraphs are dropped), so lookups stay O(1) in long documents. */
  private readonly home = new WeakMap<ParaState, Story>();

  constructor(opts: {
    paragraphs: (string | ParagraphInit)[];
    stories: Record<Exclude<StoryKind, "body">, (string | ParagraphInit)[]>;
    trackingMode: TrackingMode;
    protection: Protection;
    protectionErrorCode: string;
    user: string;
    deletedTextInText: boolean;
  }) {
    this.body = { kind: "body", paragraphs: opts.paragraphs.map((p) => makeParagraph(p)) };
    if (this.body.paragraphs.length === 0) this.body.paragraphs.push(makeParagraph(""));
    this.stories.set("body", this.body);
    for (const p of this.body.paragraphs) this.home.set(p, this.body);
    for (const [kind, paras] of Object.entries(opts.stories) as [Exclude<StoryKind, "body">, (string | ParagraphInit)[]][]) {
      const story: Story = { kind, paragraphs: paras.map((p) => makeParagraph(p)) };
      if (story.paragraphs.length === 0) story.paragraphs.push(makeParagraph(""));
      for (const p of story.paragraphs) this.home.set(p, story);
      this.stories.set(kind, story);
    }
    this.trackingMode = opts.trackingMode;
    this.protection = opts.protection;
    this.protectionErrorCode = opts.protectionErrorCode;
    this.user = opts.user;
    this.deletedTextInText = opts.deletedTextInText;
  }

  story(kind: StoryKind): Story {
    const s = this.stories.get(kind);
    if (!s) throw new Error(`simulation: no story ${kind}`);
    return s;
  }

  paragraphIndex(p: ParaState, story: Story): number {
    return story.paragraphs.indexOf(p);
  }

  storyOf(p: ParaState): Story {
    const s = this.home.get(p);
    if (!s) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The paragraph no longer exists.");
    return s;
  }

  anchorFor(story: Story, p: ParaState, start: number, end: number): Anchor {
    return { story, start: { para: p, offset: start }, end: { para: p, offset: end } };
  }

  paragraphAnchor(p: ParaState): Anchor {
    return this.anchorFor(this.storyOf(p), p, 0, markupLength(p));
  }

  /** The paragraphs an anchor covers, in order. */
  anchorParagraphs(a: Anchor): ParaState[] {
    if (a.start.para === a.end.para) {
      if (this.home.get(a.start.para) !== a.story) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The range no longer exists.");
      return [a.start.para];
    }
    const i = a.story.paragraphs.indexOf(a.start.para);
    const j = a.story.paragraphs.indexOf(a.end.para);
    if (i < 0 || j < 0) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The range no longer exists.");
    return a.story.paragraphs.slice(i, j + 1);
  }

  /** Text of an anchor; paragraphs are joined with "\r" as Word's Range.text does. */
  anchorText(a: Anchor, view: "current" | "original" | "markup"): string {
    const paras = this.anchorParagraphs(a);
    return paras
      .map((p, k) => {
        const from = k === 0 ? a.start.offset : 0;
        const to = k === paras.length - 1 ? a.end.offset : markupLength(p);
        return paragraphSlice(p, from, to, view);
      })
      .join("\r");
  }

  /** What `.text` returns: platform-dependent with tracked deletions (oj#2314). */
  visibleText(a: Anchor): string {
    return this.anchorText(a, this.deletedTextInText ? "markup" : "current");
  }

  compare(a: Pos, b: Pos, story: Story): number {
    if (a.para !== b.para) return story.paragraphs.indexOf(a.para) - story.paragraphs.indexOf(b.para);
    return a.offset - b.offset;
  }

  /** Union of two anchors of the same story (Range.expandTo). */
  union(a: Anchor, b: Anchor): Anchor {
    if (a.story !== b.story) throw new SimOfficeError(SimErrorCodes.invalidArgument, "The ranges are in different stories.");
    const start = this.compare(a.start, b.start, a.story) <= 0 ? a.start : b.start;
    const end = this.compare(a.end, b.end, a.story) >= 0 ? a.end : b.end;
    return { story: a.story, start: { ...start }, end: { ...end } };
  }

  /**
   * Word's search over one anchor: matches the current text (tracked deletions skipped),
   * left to right, non-overlapping; a match may not straddle a tracked deletion, the way
   * Word's search fails across deleted revisions (oj#5874). Matches never span paragraphs.
   */
  search(a: Anchor, needle: string, matchCase: boolean): Anchor[] {
    const out: Anchor[] = [];
    const paras = this.anchorParagraphs(a);
    const norm = (s: string) => (matchCase ? s : s.toLowerCase());
    const target = norm(needle);
    paras.forEach((p, k) => {
      const from = k === 0 ? a.start.offset : 0;
      const to = k === paras.length - 1 ? a.end.offset : markupLength(p);
      let current = "";
      const map: number[] = [];
      let at = 0;
      for (const s of p.segments) {
        for (let i = 0; i < s.text.length; i++, at++) {
          if (s.kind === "deleted" || at < from || at >= to) continue;
          current += s.text[i];
          map.push(at);
        }
      }
      const hay = norm(current);
      let i = hay.indexOf(target);
      while (i >= 0 && target.length > 0) {
        const mStart = map[i];
        const mEnd = map[i + target.length - 1] + 1;
        if (mEnd - mStart === target.length) out.push(this.anchorFor(a.story, p, mStart, mEnd));
        i = hay.indexOf(target, i + target.length);
      }
    });
    return out;
  }

  // ---------------------------------------------------------------------------
  // Edits. Each checks protection first and records itself in `edits`.
  // ---------------------------------------------------------------------------

  private get tracking(): boolean {
    return this.trackingMode !== "Off";
  }

  checkEditable(kind: "text" | "comment", a: Anchor | null): void {
    if (this.protection === "readOnly" || (this.protection === "commentsOnly" && kind === "text")) {
      throw new SimOfficeError(this.protectionErrorCode);
    }
    if (kind === "text" && a) {
      for (const p of this.anchorParagraphs(a)) {
        if (p.contentControl?.cannotEdit) {
          throw new SimOfficeError(SimErrorCodes.accessDenied, undefined, "ContentControl (cannotEdit)");
        }
      }
    }
  }

  private singleParagraph(a: Anchor, via: string): ParaState {
    if (a.start.para !== a.end.para) {
      throw new SimOfficeError(SimErrorCodes.notImplemented, `simulation: ${via} on a range spanning paragraphs is not modelled`);
    }
    return a.start.para;
  }

  private shiftAnchors(p: ParaState, remap: (offset: number, isStart: boolean, collapsed: boolean, anchor: Anchor) => number): void {
    for (const an of this.liveAnchors) {
      const collapsed = an.start.para === an.end.para && an.start.offset === an.end.offset;
      if (an.start.para === p) an.start.offset = remap(an.start.offset, true, collapsed, an);
      if (an.end.para === p) an.end.offset = remap(an.end.offset, false, collapsed, an);
    }
  }

  /** Inserts text at a markup offset; returns the anchor of the inserted text. */
  insertAt(story: Story, p: ParaState, offset: number, text: string, via: string): Anchor {
    if (/[\r\n]/.test(text)) {
      throw new SimOfficeError(SimErrorCodes.notImplemented, "simulation: inserting line breaks is not modelled; insert paragraphs instead");
    }
    const chs = explode(p);
    const tracked = this.tracking;
    const ins: Ch[] = [...text].map((c) => (tracked ? { c, kind: "inserted", author: this.user } : { c, kind: "normal" }));
    chs.splice(offset, 0, ...ins);
    p.segments = implode(chs);
    const len = ins.length;
    // Anchors after the point move right. A collapsed cursor at the point (the selection we
    // just typed into) ends up after the new text, as a typing cursor does.
    this.shiftAnchors(p, (o, _isStart, collapsed, an) => (o > offset || (o === offset && collapsed && an === this.selection) ? o + len : o));
    this.edits.push({ kind: "insert", story: story.kind, paragraph: this.paragraphIndex(p, story), text, tracked, author: this.user, via, mode: this.trackingMode });
    return this.anchorFor(story, p, offset, offset + len);
  }

  /** Deletes [start, end) of one paragraph: tracked deletion or removal. Returns the markup offset where an insertion replacing it goes. */
  deleteRange(story: Story, p: ParaState, start: number, end: number, via: string): number {
    if (start >= end) return start;
    const chs = explode(p);
    const removed: boolean[] = new Array(chs.length).fill(false);
    const deletedText = paragraphSlice(p, start, end, "current");
    const tracked = this.tracking;
    for (let i = start; i < end; i++) {
      const ch = chs[i];
      if (!tracked) removed[i] = true;
      else if (ch.kind === "normal") chs[i] = { c: ch.c, kind: "deleted", author: this.user };
      // Deleting your own tracked insertion removes it, as in Word.
      else if (ch.kind === "inserted" && ch.author === this.user) removed[i] = true;
      // Someone else's insertion becomes a deletion by you (the view loses that it was an insertion: a simulation limit).
      else if (ch.kind === "inserted") chs[i] = { c: ch.c, kind: "deleted", author: this.user };
    }
    const before: number[] = [0];
    for (let i = 0; i < chs.length; i++) before.push(before[i] + (removed[i] ? 1 : 0));
    p.segments = implode(chs.filter((_, i) => !removed[i]));
    this.shiftAnchors(p, (o) => o - before[Math.min(o, chs.length)]);
    if (deletedText !== "") {
      this.edits.push({ kind: "delete", story: story.kind, paragraph: this.paragraphIndex(p, story), text: deletedText, tracked, author: this.user, via, mode: this.trackingMode });
    }
    return end - before[end];
  }

  /** Range.insertText / Paragraph.insertText semantics. */
  insertText(a: Anchor, text: string, location: string, via: string): Anchor {
    this.checkEditable("text", a);
    const story = a.story;
    switch (location) {
      case "Replace": {
        const p = this.singleParagraph(a, via);
        const at = this.deleteRange(story, p, a.start.offset, a.end.offset, via);
        return this.insertAt(story, p, at, text, via);
      }
      case "Start":
      case "Before":
        return this.insertAt(story, a.start.para, a.start.offset, text, via);
      case "End":
      case "After":
        return this.insertAt(story, a.end.para, a.end.offset, text, via);
      default:
        throw new SimOfficeError(SimErrorCodes.invalidArgument, `Invalid insertLocation '${location}'.`);
    }
  }

  insertParagraph(a: Anchor, text: string, location: string, via: string): ParaState {
    this.checkEditable("text", null);
    if (/[\r\n]/.test(text)) {
      throw new SimOfficeError(SimErrorCodes.notImplemented, "simulation: line breaks inside insertParagraph text are not modelled");
    }
    const story = a.story;
    let index: number;
    let like: ParaState;
    if (location === "Before" || location === "Start") {
      like = location === "Start" ? story.paragraphs[0] : a.start.para;
      index = story.paragraphs.indexOf(like);
    } else if (location === "After" || location === "End") {
      like = location === "End" ? story.paragraphs[story.paragraphs.length - 1] : a.end.para;
      index = story.paragraphs.indexOf(like) + 1;
    } else {
      throw new SimOfficeError(SimErrorCodes.invalidArgument, `Invalid insertLocation '${location}'.`);
    }
    if (index < 0) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The paragraph no longer exists.");
    const tracked = this.tracking;
    // Like Word, the new paragraph takes the formatting (here: the table cell) of its neighbour.
    const p: ParaState = {
      uid: nextUid++,
      segments: text === "" ? [] : [tracked ? { text, kind: "inserted", author: this.user } : { text, kind: "normal" }],
      inTable: like.inTable,
      insertedBy: tracked ? this.user : undefined,
    };
    story.paragraphs.splice(index, 0, p);
    this.home.set(p, story);
    this.edits.push({ kind: "insert-paragraph", story: story.kind, paragraph: index, text, tracked, author: this.user, via, mode: this.trackingMode });
    return p;
  }

  /** Range.delete / Paragraph.delete. Deleting a whole paragraph you inserted under tracking removes it, as in Word. */
  deleteAnchor(a: Anchor, wholeParagraph: boolean, via: string): void {
    this.checkEditable("text", a);
    const story = a.story;
    if (wholeParagraph) {
      const p = this.singleParagraph(a, via);
      const ownInsertion = p.insertedBy === this.user && p.segments.every((s) => s.kind === "inserted" && s.author === this.user);
      if (!this.tracking || ownInsertion) {
        const index = story.paragraphs.indexOf(p);
        if (story.paragraphs.length === 1) {
          this.deleteRange(story, p, 0, markupLength(p), via);
          return;
        }
        story.paragraphs.splice(index, 1);
        this.home.delete(p);
        for (const an of [...this.liveAnchors]) {
          if (an.start.para === p || an.end.para === p) {
            const next = story.paragraphs[Math.min(index, story.paragraphs.length - 1)];
            an.start = { para: next, offset: 0 };
            an.end = { para: next, offset: 0 };
          }
        }
        this.edits.push({ kind: "delete", story: story.kind, paragraph: index, text: paragraphText(p, "current"), tracked: this.tracking, author: this.user, via, mode: this.trackingMode });
        return;
      }
      // Someone else's text: a tracked deletion of the characters (the paragraph mark is not modelled).
      this.deleteRange(story, p, 0, markupLength(p), via);
      return;
    }
    const p = this.singleParagraph(a, via);
    this.deleteRange(story, p, a.start.offset, a.end.offset, via);
  }

  insertComment(a: Anchor, text: string): CommentState {
    this.checkEditable("comment", a);
    const anchor: Anchor = { story: a.story, start: { ...a.start }, end: { ...a.end } };
    this.liveAnchors.add(anchor);
    const c: CommentState = { id: this.nextCommentId++, text, author: this.user, anchor };
    this.comments.push(c);
    this.edits.push({
      kind: "comment",
      story: a.story.kind,
      paragraph: this.paragraphIndex(a.start.para, a.story),
      text,
      tracked: false,
      author: this.user,
      via: "Range.insertComment",
      mode: this.trackingMode,
    });
    return c;
  }

  setSelection(a: Anchor | null): void {
    if (this.selection) this.liveAnchors.delete(this.selection);
    this.selection = a ? { story: a.story, start: { ...a.start }, end: { ...a.end } } : null;
    if (this.selection) this.liveAnchors.add(this.selection);
  }

  /** Tracked changes overlapping an anchor, in document order (Word 1.6 getTrackedChanges). */
  trackedChanges(a: Anchor): { type: "Added" | "Deleted"; author: string; text: string }[] {
    const out: { type: "Added" | "Deleted"; author: string; text: string }[] = [];
    const paras = this.anchorParagraphs(a);
    paras.forEach((p, k) => {
      const from = k === 0 ? a.start.offset : 0;
      const to = k === paras.length - 1 ? a.end.offset : markupLength(p);
      let at = 0;
      for (const s of p.segments) {
        const segEnd = at + s.text.length;
        const lo = Math.max(from, at);
        const hi = Math.min(to, segEnd);
        if (s.kind !== "normal" && (lo < hi || (from === to && from > at && from < segEnd))) {
          out.push({ type: s.kind === "inserted" ? "Added" : "Deleted", author: s.author ?? "", text: s.text.slice(lo - at, hi - at) });
        }
        at = segEnd;
      }
    });
    return out;
  }
}
