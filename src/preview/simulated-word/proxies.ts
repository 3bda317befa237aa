// Proxy objects with Office's load/sync semantics:
// - every method that changes or queries the document queues an operation; nothing
//   touches the document until `context.sync()`, which runs the queue in order;
// - a property can be read only after `load()` of it and a sync, else PropertyNotLoaded;
//   a ClientResult's `value` only after the sync that computed it, else ValueNotLoaded;
// - loaded values are snapshots: later edits do not refresh them (reload to see them);
// - an operation that fails stops the batch: the operations before it stay applied, the
//   ones after it are not run, and no loaded value of that sync is delivered;
// - APIs check the simulated requirement set when they run, failing with ApiNotFound.
// Only the members the adapter uses are modelled; anything else is simply absent, so
// code calling it fails loudly (TypeError) in the tests instead of passing silently.

import { SimErrorCodes, SimOfficeError, propertyNotLoaded } from "./errors";
import { type Anchor, type DocumentModel, type ParaState, type Story, markupLength } from "./model";
import type { FailPoint, InjectedFailure, StoryKind } from "./types";

/** What the proxies need from the simulation that owns them. */
export interface SimHost {
  readonly model: DocumentModel;
  supports(version: string): boolean;
  countSync(): void;
  takeFailure(point: FailPoint): InjectedFailure | undefined;
  changed(): void;
  readonly latencyMs: number;
}

interface Op {
  name: string;
  failPoint?: FailPoint;
  mutates?: boolean;
  /** Runs against the document; may return a delivery run once the whole sync succeeded. */
  exec(): void | (() => void);
}

type LoadSpec = string | string[] | Record<string, unknown> | undefined;

interface ParsedLoad {
  props: string[];
  top?: number;
  skip?: number;
}

function parseLoad(spec: LoadSpec, typeName: string): ParsedLoad {
  if (spec === undefined || spec === null) {
    // Word allows it, but it loads every scalar property: our rule is never to do it.
    throw new SimOfficeError(
      SimErrorCodes.invalidArgument,
      `simulation: ${typeName}.load() without property names is refused (project rule: name what you load)`,
    );
  }
  const split = (s: string | string[]) =>
    (Array.isArray(s) ? s : s.split(","))
      .map((x) => x.trim())
      .filter((x) => x !== "");
  if (typeof spec === "string" || Array.isArray(spec)) return { props: split(spec) };
  const o = spec as Record<string, unknown>;
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  if ("select" in o) {
    return { props: split(o.select as string | string[]), top: num(o.top ?? o.$top), skip: num(o.skip ?? o.$skip) };
  }
  const props = Object.keys(o).filter((k) => !k.startsWith("$") && o[k] === true);
  return { props, top: num(o.$top ?? o.top), skip: num(o.$skip ?? o.skip) };
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve();
}

export class SimTrackedObjects {
  constructor(private readonly ctx: SimRequestContext) {}
  add(obj: SimObject | SimObject[]): void {
    for (const o of Array.isArray(obj) ? obj : [obj]) o._setTracked(true);
  }
  remove(obj: SimObject | SimObject[]): void {
    for (const o of Array.isArray(obj) ? obj : [obj]) o._setTracked(false);
  }
  /** Number of objects currently tracked in this context (the simulation's own helper). */
  get count(): number {
    return this.ctx._tracked.size;
  }
}

export class SimRequestContext {
  readonly trackedObjects: SimTrackedObjects;
  readonly document: SimDocument;
  /** @internal */ _queue: Op[] = [];
  /** @internal */ _ended = false;
  /** @internal */ readonly _runAnchors = new Set<Anchor>();
  /** @internal */ readonly _tracked = new Set<SimObject>();

  constructor(readonly _host: SimHost) {
    this.trackedObjects = new SimTrackedObjects(this);
    this.document = new SimDocument(this);
  }

  /** context.load(obj, props): same as obj.load(props). */
  load<T extends SimObject>(obj: T, spec?: LoadSpec): T {
    obj.load(spec);
    return obj;
  }

  async sync(): Promise<void> {
    this._assertAlive("context.sync");
    const ops = this._queue;
    this._queue = [];
    this._host.countSync();
    await delay(this._host.latencyMs);
    const deliveries: (() => void)[] = [];
    let changed = false;
    try {
      const f = this._host.takeFailure("sync");
      if (f) throw new SimOfficeError(f.code ?? SimErrorCodes.generalException, f.message, "context.sync");
      for (const op of ops) {
        if (op.failPoint) {
          const inj = this._host.takeFailure(op.failPoint);
          if (inj) throw new SimOfficeError(inj.code ?? SimErrorCodes.generalException, inj.message, op.name);
        }
        let d: void | (() => void);
        try {
          d = op.exec();
        } catch (e) {
          if (e instanceof SimOfficeError && !e.debugInfo.errorLocation) {
            throw new SimOfficeError(e.code, e.message, op.name);
          }
          throw e;
        }
        if (op.mutates) changed = true;
        if (d) deliveries.push(d);
      }
    } finally {
      if (changed) this._host.changed();
    }
    for (const d of deliveries) d();
  }

  /** @internal */
  _enqueue(op: Op): void {
    this._assertAlive(op.name);
    this._queue.push(op);
  }

  /** @internal */
  _assertAlive(what: string): void {
    if (this._ended) {
      throw new SimOfficeError(
        SimErrorCodes.invalidObjectPath,
        `${what}: the Word.run batch that created this object has finished; objects cannot be used after their batch ends (the simulation does not model Word.run(trackedObject, ...))`,
      );
    }
  }

  /** @internal Requirement-set check, run when the operation runs in the host. */
  _require(version: string, api: string): void {
    if (!this._host.supports(version)) {
      throw new SimOfficeError(
        SimErrorCodes.apiNotFound,
        `The API you are trying to use could not be found (${api} needs WordApi ${version}). It may be available in a newer version of Word.`,
        api,
      );
    }
  }

  /** @internal A live anchor for this batch: it follows edits until the batch ends. */
  _liveAnchor(a: Anchor): Anchor {
    const copy: Anchor = { story: a.story, start: { ...a.start }, end: { ...a.end } };
    this._runAnchors.add(copy);
    this._host.model.liveAnchors.add(copy);
    return copy;
  }

  /** @internal Called by Word.run when the batch ends. */
  _end(): void {
    this._ended = true;
    for (const a of this._runAnchors) this._host.model.liveAnchors.delete(a);
    this._runAnchors.clear();
  }

  get _model(): DocumentModel {
    return this._host.model;
  }
}

// ---------------------------------------------------------------------------

export abstract class SimObject {
  /** @internal */ protected readonly _values = new Map<string, unknown>();
  /** @internal */ private _cached: unknown;
  /** @internal */ private _hasCached = false;

  constructor(
    readonly context: SimRequestContext,
    /** @internal */ readonly _typeName: string,
    /** @internal */ private readonly _resolver: () => unknown,
  ) {}

  /** @internal Resolves the object in the host once, like Word resolving an object path. */
  protected _ref<T>(): T {
    if (!this._hasCached) {
      this._cached = this._resolver();
      this._hasCached = true;
    }
    return this._cached as T;
  }

  /** @internal */
  protected _prop<T>(name: string): T {
    if (!this._values.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this._values.get(name) as T;
  }

  /** @internal Reads a scalar property in the host, or returns the navigation object for "a/b" paths. */
  protected abstract _readProp(name: string): unknown;

  /** @internal */
  protected _nav(_name: string): SimObject | undefined {
    return undefined;
  }

  /** @internal Computes the load at sync; returns the delivery. */
  _read(props: string[]): () => void {
    const scalars: [string, unknown][] = [];
    const nested = new Map<string, string[]>();
    for (const p of props) {
      const slash = p.indexOf("/");
      if (slash > 0) {
        const head = p.slice(0, slash);
        nested.set(head, [...(nested.get(head) ?? []), p.slice(slash + 1)]);
      } else if (this._nav(p)) {
        nested.set(p, nested.get(p) ?? []);
      } else {
        scalars.push([p, this._readProp(p)]);
      }
    }
    const subs: (() => void)[] = [];
    for (const [head, rest] of nested) {
      const nav = this._nav(head);
      if (!nav) throw new SimOfficeError(SimErrorCodes.invalidArgument, `${this._typeName} has no navigation property '${head}'.`);
      subs.push(nav._read(rest));
    }
    return () => {
      for (const [k, v] of scalars) this._values.set(k, v);
      for (const s of subs) s();
    };
  }

  load(spec?: LoadSpec): this {
    const parsed = parseLoad(spec, this._typeName);
    this.context._enqueue({
      name: `${this._typeName}.load`,
      failPoint: "load",
      exec: () => this._read(parsed.props),
    });
    return this;
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }

  /** @internal */
  _setTracked(on: boolean): void {
    if (on) this.context._tracked.add(this);
    else this.context._tracked.delete(this);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._values);
  }
}

/** Objects that may be "null objects" (the ...OrNullObject navigation properties). */
abstract class SimNullable extends SimObject {
  get isNullObject(): boolean {
    return this._prop<boolean>("isNullObject");
  }

  override _read(props: string[]): () => void {
    const isNull = this._ref<unknown>() === null;
    const inner = isNull ? () => undefined : super._read(props);
    return () => {
      this._values.set("isNullObject", isNull);
      inner();
    };
  }
}

export class SimClientResult<T> {
  private _set = false;
  private _value: T | undefined;

  get value(): T {
    if (!this._set) {
      throw new SimOfficeError(
        SimErrorCodes.valueNotLoaded,
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this._value as T;
  }

  /** @internal */
  _deliver(v: T): void {
    this._value = v;
    this._set = true;
  }
}

// ---------------------------------------------------------------------------

export class SimDocument extends SimObject {
  private _body?: SimBody;

  constructor(ctx: SimRequestContext) {
    super(ctx, "Document", () => ctx._model);
  }

  get body(): SimBody {
    return (this._body ??= new SimBody(this.context, () => ({ story: this.context._model.body })));
  }

  /** WordApi 1.4. Setting queues the change; it takes effect at sync. */
  get changeTrackingMode(): string {
    return this._prop<string>("changeTrackingMode");
  }

  set changeTrackingMode(mode: string) {
    this.context._enqueue({
      name: "Document.changeTrackingMode",
      failPoint: "setChangeTrackingMode",
      mutates: true,
      exec: () => {
        this.context._require("1.4", "Document.changeTrackingMode");
        if (mode !== "Off" && mode !== "TrackAll" && mode !== "TrackMineOnly") {
          throw new SimOfficeError(SimErrorCodes.invalidArgument, `Invalid changeTrackingMode '${String(mode)}'.`);
        }
        this.context._model.trackingMode = mode;
        this.context._model.modeChanges.push(mode);
      },
    });
  }

  protected _readProp(name: string): unknown {
    if (name === "changeTrackingMode") {
      this.context._require("1.4", "Document.changeTrackingMode");
      return this.context._model.trackingMode;
    }
    throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: Document.${name} is not modelled`);
  }

  protected override _nav(name: string): SimObject | undefined {
    return name === "body" ? this.body : undefined;
  }

  /** The cursor or selection as a range, resolved when the operation runs. No selection: ItemNotFound. */
  getSelection(): SimRange {
    const r = new SimRange(this.context, () => {
      const sel = this.context._model.selection;
      if (!sel) throw new SimOfficeError(SimErrorCodes.itemNotFound, "There is no selection in the document.", "Document.getSelection");
      return this.context._liveAnchor(sel);
    });
    this.context._enqueue({ name: "Document.getSelection", failPoint: "getSelection", exec: () => void r._instantiate() });
    return r;
  }
}

// ---------------------------------------------------------------------------

interface BodyRef {
  story: Story;
  /** Set for the body of a table cell (parentBody of a paragraph in a table). */
  cell?: ParaState;
}

const BODY_TYPES: Record<StoryKind, string> = {
  body: "MainDoc",
  header: "Header",
  footer: "Footer",
  footnote: "Footnote",
  endnote: "Endnote",
  // Assumption: Word's BodyType enum has no value for text boxes; "Unknown" is what we model.
  textBox: "Unknown",
};

/** Shared by Body, Paragraph and Range: the text operations over an anchor. */
abstract class SimTextObject extends SimObject {
  /** @internal The anchor this object covers, evaluated when an operation runs. */
  abstract _anchor(): Anchor;

  /** @internal */
  protected _textProp(name: string): unknown {
    const m = this.context._model;
    if (name === "text") return m.visibleText(this._anchor());
    if (name === "isEmpty") {
      this.context._require("1.3", `${this._typeName}.isEmpty`);
      return m.anchorText(this._anchor(), "markup") === "";
    }
    throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: ${this._typeName}.${name} is not modelled`);
  }

  get text(): string {
    return this._prop<string>("text");
  }

  search(text: string, options?: { matchCase?: boolean; matchWildcards?: boolean; [k: string]: unknown }): SimRangeCollection {
    const col = new SimRangeCollection(this.context, () => {
      // Word's limit (oj#168, oj#31); the length counts the search string as passed, escapes included.
      if (text.length > 255) {
        throw new SimOfficeError(SimErrorCodes.searchStringInvalidOrTooLong, `The search string is invalid or too long (${text.length} characters; the limit is 255).`);
      }
      if (options?.matchWildcards) throw new SimOfficeError(SimErrorCodes.notImplemented, "simulation: wildcard search is not modelled");
      // In Word's search "^" starts a special character (^p, ^t ...): "^^" is a literal caret.
      // Only "^^" is modelled; any other "^x" is refused rather than guessed.
      let needle = "";
      for (let i = 0; i < text.length; i++) {
        if (text[i] !== "^") needle += text[i];
        else if (text[i + 1] === "^") {
          needle += "^";
          i++;
        } else throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: special character '^${text[i + 1] ?? ""}' in search text is not modelled`);
      }
      if (needle === "") throw new SimOfficeError(SimErrorCodes.invalidArgument, "The search string is empty.");
      return this.context._model.search(this._anchor(), needle, options?.matchCase ?? false).map((a) => this.context._liveAnchor(a));
    });
    this.context._enqueue({ name: `${this._typeName}.search`, failPoint: "search", exec: () => void col._instantiate() });
    return col;
  }

  /** WordApi 1.4. */
  getReviewedText(version?: "Original" | "Current"): SimClientResult<string> {
    const result = new SimClientResult<string>();
    this.context._enqueue({
      name: `${this._typeName}.getReviewedText`,
      failPoint: "getReviewedText",
      exec: () => {
        this.context._require("1.4", `${this._typeName}.getReviewedText`);
        const v = this.context._model.anchorText(this._anchor(), version === "Original" ? "original" : "current");
        return () => result._deliver(v);
      },
    });
    return result;
  }

  /** WordApi 1.6. */
  getTrackedChanges(): SimTrackedChangeCollection {
    const col = new SimTrackedChangeCollection(this.context, () => {
      this.context._require("1.6", `${this._typeName}.getTrackedChanges`);
      return this.context._model.trackedChanges(this._anchor());
    });
    this.context._enqueue({ name: `${this._typeName}.getTrackedChanges`, exec: () => void col._instantiate() });
    return col;
  }

  /** WordApi 1.3. */
  getRange(location: "Whole" | "Start" | "End" | "After" | "Content" = "Whole"): SimRange {
    const r = new SimRange(this.context, () => {
      this.context._require("1.3", `${this._typeName}.getRange`);
      const a = this._anchor();
      switch (location) {
        case "Whole":
        case "Content":
          return this.context._liveAnchor(a);
        case "Start":
          return this.context._liveAnchor({ story: a.story, start: { ...a.start }, end: { ...a.start } });
        case "End":
        case "After":
          return this.context._liveAnchor({ story: a.story, start: { ...a.end }, end: { ...a.end } });
        default:
          throw new SimOfficeError(SimErrorCodes.invalidArgument, `Invalid rangeLocation '${String(location)}'.`);
      }
    });
    this.context._enqueue({ name: `${this._typeName}.getRange`, exec: () => void r._instantiate() });
    return r;
  }

  /** @internal Locations this object's insertText accepts (Word differs per type). */
  protected abstract readonly _insertLocations: readonly string[];

  insertText(text: string, location: string): SimRange {
    let inserted: Anchor | undefined;
    const r = new SimRange(this.context, () => {
      if (!inserted) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The inserted range does not exist (the insertion failed).");
      return inserted;
    });
    this.context._enqueue({
      name: `${this._typeName}.insertText`,
      failPoint: "insertText",
      mutates: true,
      exec: () => {
        if (!this._insertLocations.includes(location)) {
          throw new SimOfficeError(SimErrorCodes.invalidArgument, `${this._typeName}.insertText does not accept insertLocation '${location}'.`);
        }
        inserted = this.context._liveAnchor(this.context._model.insertText(this._anchor(), text, location, `${this._typeName}.insertText`));
        r._instantiate();
      },
    });
    return r;
  }

  /** @internal Locations this object's insertParagraph accepts. */
  protected readonly _paragraphLocations: readonly string[] = ["Before", "After"];

  insertParagraph(text: string, location: string): SimParagraph {
    let created: ParaState | undefined;
    const p = new SimParagraph(this.context, () => {
      if (!created) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The inserted paragraph does not exist (the insertion failed).");
      return created;
    });
    this.context._enqueue({
      name: `${this._typeName}.insertParagraph`,
      failPoint: "insertParagraph",
      mutates: true,
      exec: () => {
        if (!this._paragraphLocations.includes(location)) {
          throw new SimOfficeError(SimErrorCodes.invalidArgument, `${this._typeName}.insertParagraph does not accept insertLocation '${location}'.`);
        }
        created = this.context._model.insertParagraph(this._anchor(), text, location, `${this._typeName}.insertParagraph`);
        p._instantiate();
      },
    });
    return p;
  }

  delete(): void {
    this.context._enqueue({
      name: `${this._typeName}.delete`,
      mutates: true,
      exec: () => this.context._model.deleteAnchor(this._anchor(), this._typeName === "Paragraph", `${this._typeName}.delete`),
    });
  }

  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context._enqueue({
      name: `${this._typeName}.select`,
      failPoint: "select",
      mutates: true,
      exec: () => {
        const a = this._anchor();
        const m = this.context._model;
        if (mode === "Start") m.setSelection({ story: a.story, start: a.start, end: a.start });
        else if (mode === "End") m.setSelection({ story: a.story, start: a.end, end: a.end });
        else m.setSelection(a);
      },
    });
  }

  /** @internal */
  _instantiate(): void {
    this._ref<unknown>();
  }
}

export class SimBody extends SimTextObject {
  private _paragraphs?: SimParagraphCollection;
  protected readonly _insertLocations = ["Replace", "Start", "End"] as const;
  protected override readonly _paragraphLocations = ["Start", "End"] as const;

  constructor(ctx: SimRequestContext, resolver: () => BodyRef) {
    super(ctx, "Body", resolver);
  }

  _anchor(): Anchor {
    const ref = this._ref<BodyRef>();
    const paras = ref.cell ? [ref.cell] : ref.story.paragraphs;
    const last = paras[paras.length - 1];
    return { story: ref.story, start: { para: paras[0], offset: 0 }, end: { para: last, offset: markupLength(last) } };
  }

  get paragraphs(): SimParagraphCollection {
    return (this._paragraphs ??= new SimParagraphCollection(this.context, () => {
      const ref = this._ref<BodyRef>();
      return ref.cell ? [ref.cell] : ref.story.paragraphs.slice();
    }));
  }

  /** WordApi 1.3. */
  get type(): string {
    return this._prop<string>("type");
  }

  protected _readProp(name: string): unknown {
    if (name === "type") {
      this.context._require("1.3", "Body.type");
      const ref = this._ref<BodyRef>();
      if (ref.cell) return "TableCell";
      const t = BODY_TYPES[ref.story.kind];
      // Footnote/Endnote body types arrived with WordApi 1.5.
      return (t === "Footnote" || t === "Endnote") && !this.context._host.supports("1.5") ? "Unknown" : t;
    }
    return this._textProp(name);
  }

  protected override _nav(name: string): SimObject | undefined {
    return name === "paragraphs" ? this.paragraphs : undefined;
  }

  /** WordApi 1.4. */
  getComments(): SimCommentCollection {
    const col = new SimCommentCollection(this.context, () => {
      this.context._require("1.4", "Body.getComments");
      const story = this._ref<BodyRef>().story;
      return this.context._model.comments.filter((c) => c.anchor.story === story);
    });
    this.context._enqueue({ name: "Body.getComments", exec: () => void col._instantiate() });
    return col;
  }
}

export class SimParagraph extends SimTextObject {
  private _parentBody?: SimBody;
  private _parentCc?: SimContentControl;
  protected readonly _insertLocations = ["Replace", "Start", "End"] as const;

  constructor(ctx: SimRequestContext, resolver: () => ParaState) {
    super(ctx, "Paragraph", resolver);
  }

  _anchor(): Anchor {
    return this.context._model.paragraphAnchor(this._ref<ParaState>());
  }

  get tableNestingLevel(): number {
    return this._prop<number>("tableNestingLevel");
  }

  /** WordApi 1.3. */
  get parentBody(): SimBody {
    return (this._parentBody ??= parentBodyOf(this.context, () => this._anchor()));
  }

  /** WordApi 1.3. */
  get parentContentControlOrNullObject(): SimContentControl {
    return (this._parentCc ??= new SimContentControl(this.context, () => contentControlOf(this.context, () => this._anchor(), "Paragraph")));
  }

  protected _readProp(name: string): unknown {
    if (name === "tableNestingLevel") {
      this.context._require("1.3", "Paragraph.tableNestingLevel");
      return this._ref<ParaState>().inTable ? 1 : 0;
    }
    // Formatting is not modelled; alignment exists as a cheap 1.1 property to load items by.
    if (name === "alignment") return "Left";
    return this._textProp(name);
  }

  protected override _nav(name: string): SimObject | undefined {
    if (name === "parentBody") return this.parentBody;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }
}

export class SimRange extends SimTextObject {
  private _parentBody?: SimBody;
  private _parentCc?: SimContentControl;
  protected readonly _insertLocations = ["Replace", "Start", "End", "Before", "After"] as const;

  constructor(ctx: SimRequestContext, resolver: () => Anchor) {
    super(ctx, "Range", resolver);
  }

  _anchor(): Anchor {
    return this._ref<Anchor>();
  }

  get isEmpty(): boolean {
    return this._prop<boolean>("isEmpty");
  }

  /** WordApi 1.3. */
  get parentBody(): SimBody {
    return (this._parentBody ??= parentBodyOf(this.context, () => this._anchor()));
  }

  /** WordApi 1.3. */
  get parentContentControlOrNullObject(): SimContentControl {
    return (this._parentCc ??= new SimContentControl(this.context, () => contentControlOf(this.context, () => this._anchor(), "Range")));
  }

  protected _readProp(name: string): unknown {
    return this._textProp(name);
  }

  protected override _nav(name: string): SimObject | undefined {
    if (name === "parentBody") return this.parentBody;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return undefined;
  }

  /** WordApi 1.3: the smallest range covering this one and `other`. */
  expandTo(other: SimRange): SimRange {
    const r = new SimRange(this.context, () => {
      this.context._require("1.3", "Range.expandTo");
      if (!(other instanceof SimRange)) throw new SimOfficeError(SimErrorCodes.invalidArgument, "expandTo needs a Range.");
      return this.context._liveAnchor(this.context._model.union(this._anchor(), other._anchor()));
    });
    this.context._enqueue({ name: "Range.expandTo", exec: () => void r._instantiate() });
    return r;
  }

  /** WordApi 1.4. */
  insertComment(text: string): SimComment {
    let created: import("./model").CommentState | undefined;
    const c = new SimComment(this.context, () => {
      if (!created) throw new SimOfficeError(SimErrorCodes.itemNotFound, "The comment does not exist (the insertion failed).");
      return created;
    });
    this.context._enqueue({
      name: "Range.insertComment",
      failPoint: "insertComment",
      mutates: true,
      exec: () => {
        this.context._require("1.4", "Range.insertComment");
        created = this.context._model.insertComment(this._anchor(), text);
      },
    });
    return c;
  }
}

function parentBodyOf(ctx: SimRequestContext, anchor: () => Anchor): SimBody {
  return new SimBody(ctx, () => {
    ctx._require("1.3", "parentBody");
    const a = anchor();
    return a.start.para.inTable && a.story.kind === "body" ? { story: a.story, cell: a.start.para } : { story: a.story };
  });
}

function contentControlOf(ctx: SimRequestContext, anchor: () => Anchor, owner: string): ParaState["contentControl"] | null {
  ctx._require("1.3", `${owner}.parentContentControlOrNullObject`);
  const a = anchor();
  return a.start.para.contentControl ?? null;
}

export class SimContentControl extends SimNullable {
  constructor(ctx: SimRequestContext, resolver: () => ParaState["contentControl"] | null) {
    super(ctx, "ContentControl", resolver);
  }

  get title(): string {
    return this._prop<string>("title");
  }
  get tag(): string {
    return this._prop<string>("tag");
  }
  get cannotEdit(): boolean {
    return this._prop<boolean>("cannotEdit");
  }
  get type(): string {
    return this._prop<string>("type");
  }

  protected _readProp(name: string): unknown {
    const cc = this._ref<NonNullable<ParaState["contentControl"]>>();
    switch (name) {
      case "title":
        return cc.title;
      case "tag":
        return cc.tag;
      case "cannotEdit":
        return cc.cannotEdit;
      case "type":
        return "RichText";
      case "id":
        return 1;
      default:
        throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: ContentControl.${name} is not modelled`);
    }
  }
}

// ---------------------------------------------------------------------------
// Collections: `items` exists only after load + sync.

abstract class SimCollection<TItem extends SimObject, TRef> extends SimObject {
  /** @internal */ protected _items?: TItem[];

  get items(): TItem[] {
    if (!this._items) throw propertyNotLoaded(this._typeName, "items");
    return this._items;
  }

  /** @internal */
  protected abstract _makeItem(ref: TRef): TItem;

  protected _readProp(name: string): unknown {
    throw new SimOfficeError(SimErrorCodes.invalidArgument, `${this._typeName} has no property '${name}'.`);
  }

  override load(spec?: LoadSpec): this {
    const parsed = parseLoad(spec, this._typeName);
    // "items/text" and "text" both mean: the items, with their text.
    const props = parsed.props.map((p) => (p.startsWith("items/") ? p.slice("items/".length) : p)).filter((p) => p !== "items");
    this.context._enqueue({
      name: `${this._typeName}.load`,
      failPoint: "load",
      exec: () => {
        let refs = this._ref<TRef[]>();
        const skip = parsed.skip ?? 0;
        refs = refs.slice(skip, parsed.top !== undefined ? skip + parsed.top : undefined);
        const items = refs.map((r) => this._makeItem(r));
        const deliveries = items.map((it) => it._read(props));
        return () => {
          for (const d of deliveries) d();
          this._items = items;
        };
      },
    });
    return this;
  }

  /** @internal */
  _instantiate(): void {
    this._ref<unknown>();
  }
}

export class SimParagraphCollection extends SimCollection<SimParagraph, ParaState> {
  constructor(ctx: SimRequestContext, resolver: () => ParaState[]) {
    super(ctx, "ParagraphCollection", resolver);
  }

  protected _makeItem(ref: ParaState): SimParagraph {
    return new SimParagraph(this.context, () => ref);
  }

  /** WordApi 1.3. */
  getFirst(): SimParagraph {
    return this._pick("getFirst", (l) => l[0]);
  }

  /** WordApi 1.3. */
  getLast(): SimParagraph {
    return this._pick("getLast", (l) => l[l.length - 1]);
  }

  private _pick(name: string, f: (l: ParaState[]) => ParaState | undefined): SimParagraph {
    const p = new SimParagraph(this.context, () => {
      this.context._require("1.3", `ParagraphCollection.${name}`);
      const it = f(this._ref<ParaState[]>());
      if (!it) throw new SimOfficeError(SimErrorCodes.itemNotFound);
      return it;
    });
    this.context._enqueue({ name: `ParagraphCollection.${name}`, exec: () => void p._instantiate() });
    return p;
  }
}

export class SimRangeCollection extends SimCollection<SimRange, Anchor> {
  constructor(ctx: SimRequestContext, resolver: () => Anchor[]) {
    super(ctx, "RangeCollection", resolver);
  }

  protected _makeItem(ref: Anchor): SimRange {
    return new SimRange(this.context, () => ref);
  }

  /** WordApi 1.3. */
  getFirst(): SimRange {
    const r = new SimRange(this.context, () => {
      this.context._require("1.3", "RangeCollection.getFirst");
      const it = this._ref<Anchor[]>()[0];
      if (!it) throw new SimOfficeError(SimErrorCodes.itemNotFound);
      return it;
    });
    this.context._enqueue({ name: "RangeCollection.getFirst", exec: () => void r._instantiate() });
    return r;
  }
}

interface TrackedChangeRef {
  type: string;
  author: string;
  text: string;
}

export class SimTrackedChange extends SimObject {
  constructor(ctx: SimRequestContext, ref: TrackedChangeRef) {
    super(ctx, "TrackedChange", () => ref);
  }
  get type(): string {
    return this._prop<string>("type");
  }
  get author(): string {
    return this._prop<string>("author");
  }
  get text(): string {
    return this._prop<string>("text");
  }
  protected _readProp(name: string): unknown {
    const r = this._ref<TrackedChangeRef>();
    if (name === "type" || name === "author" || name === "text") return r[name];
    if (name === "date") return new Date(0);
    throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: TrackedChange.${name} is not modelled`);
  }
}

export class SimTrackedChangeCollection extends SimCollection<SimTrackedChange, TrackedChangeRef> {
  constructor(ctx: SimRequestContext, resolver: () => TrackedChangeRef[]) {
    super(ctx, "TrackedChangeCollection", resolver);
  }
  protected _makeItem(ref: TrackedChangeRef): SimTrackedChange {
    return new SimTrackedChange(this.context, ref);
  }
}

export class SimComment extends SimObject {
  constructor(ctx: SimRequestContext, resolver: () => import("./model").CommentState) {
    super(ctx, "Comment", resolver);
  }
  get content(): string {
    return this._prop<string>("content");
  }
  get authorName(): string {
    return this._prop<string>("authorName");
  }
  protected _readProp(name: string): unknown {
    const c = this._ref<import("./model").CommentState>();
    if (name === "content") return c.text;
    if (name === "authorName") return c.author;
    if (name === "id") return String(c.id);
    throw new SimOfficeError(SimErrorCodes.invalidArgument, `simulation: Comment.${name} is not modelled`);
  }
}

export class SimCommentCollection extends SimCollection<SimComment, import("./model").CommentState> {
  constructor(ctx: SimRequestContext, resolver: () => import("./model").CommentState[]) {
    super(ctx, "CommentCollection", resolver);
  }
  protected _makeItem(ref: import("./model").CommentState): SimComment {
    return new SimComment(this.context, () => ref);
  }
}
