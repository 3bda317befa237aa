// The simulation must be as strict as Office where the adapter could go wrong:
// load-before-read, effects only at sync, requirement sets, protection, search limits,
// tracked versus untracked edits. If these fail, the adapter tests prove nothing.

import { strict as assert } from "node:assert";
import { createSimulation, type Simulation } from "../../src/preview/simulated-word";

/* eslint-disable @typescript-eslint/no-explicit-any -- the tests drive the fake globals untyped, as office.js would be */
type AnyCtx = any;

function run<T>(sim: Simulation, batch: (ctx: AnyCtx) => Promise<T>): Promise<T> {
  return sim.globals.Word.run(batch as (...a: unknown[]) => Promise<unknown>) as Promise<T>;
}

async function rejectsWithCode(p: Promise<unknown>, code: string): Promise<Error> {
  try {
    await p;
  } catch (e) {
    assert.equal((e as { code?: string }).code, code, `expected ${code}, got ${(e as Error).message}`);
    return e as Error;
  }
  assert.fail(`expected rejection with ${code}`);
}

describe("simulated Word: load and sync strictness", () => {
  it("throws PropertyNotLoaded when reading an unloaded property, even after a sync", async () => {
    const sim = createSimulation({ paragraphs: ["One.", "Two."] });
    await run(sim, async (ctx) => {
      const paras = ctx.document.body.paragraphs;
      assert.throws(() => paras.items, /PropertyNotLoaded|not available/);
      paras.load("items/text");
      assert.throws(() => paras.items, /not available/, "items are not there before sync");
      await ctx.sync();
      assert.deepEqual(
        paras.items.map((p: AnyCtx) => p.text),
        ["One.", "Two."],
      );
      assert.throws(() => paras.items[0].tableNestingLevel, (e: any) => e.code === "PropertyNotLoaded");
      const sel = ctx.document.getSelection();
      await ctx.sync();
      assert.throws(() => sel.text, (e: any) => e.code === "PropertyNotLoaded");
    });
  });

  it("refuses load() without property names (project rule)", async () => {
    const sim = createSimulation({ paragraphs: ["One."] });
    await run(sim, async (ctx) => {
      assert.throws(() => ctx.document.body.paragraphs.load(), /without property names/);
    });
  });

  it("makes ClientResult.value readable only after sync", async () => {
    const sim = createSimulation({ paragraphs: ["One."] });
    await run(sim, async (ctx) => {
      const r = ctx.document.body.getReviewedText("Current");
      assert.throws(() => r.value, (e: any) => e.code === "ValueNotLoaded");
      await ctx.sync();
      assert.equal(r.value, "One.");
    });
  });

  it("applies queued edits only at sync, and loaded values stay snapshots", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha."] });
    await run(sim, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.load("text");
      await ctx.sync();
      p.insertText(" Beta.", "End");
      assert.deepEqual(sim.text(), ["Alpha."], "nothing happens before sync");
      await ctx.sync();
      assert.deepEqual(sim.text(), ["Alpha. Beta."]);
      assert.equal(p.text, "Alpha.", "a loaded value is not refreshed by later edits");
    });
  });

  it("counts round trips, including Word.run's final flush", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha."] });
    await run(sim, async (ctx) => {
      ctx.document.body.paragraphs.load("items/text");
      await ctx.sync();
      ctx.document.body.paragraphs.getFirst().insertText("X", "Start");
    });
    assert.equal(sim.syncCount, 2);
    sim.resetSyncCount();
    assert.equal(sim.syncCount, 0);
  });

  it("stops a failing batch at the failing operation: earlier ones stay applied, later ones do not run", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha."] });
    sim.failNext("insertParagraph", { code: "GeneralException" });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        const p = ctx.document.body.paragraphs.getFirst();
        p.insertText("1", "Start");
        p.insertParagraph("new", "After");
        p.insertText("2", "End");
        await ctx.sync();
      }),
      "GeneralException",
    );
    assert.deepEqual(sim.text(), ["1Alpha."]);
  });

  it("refuses objects from a finished batch", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha."] });
    const leaked = await run(sim, async (ctx) => ctx.document.body.paragraphs.getFirst());
    assert.throws(() => (leaked as AnyCtx).insertText("x", "End"), (e: any) => e.code === "InvalidObjectPath");
  });

  it("requires the batch to return a promise", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha."] });
    await rejectsWithCode(sim.globals.Word.run((() => 1) as never), "RunMustReturnPromise");
  });
});

describe("simulated Word: requirement sets", () => {
  it("reports sets up to the configured version", () => {
    const sim = createSimulation({ paragraphs: ["A."], wordApi: "1.3" });
    const req = (sim.globals.Office as AnyCtx).context.requirements;
    assert.equal(req.isSetSupported("WordApi", "1.3"), true);
    assert.equal(req.isSetSupported("WordApi", "1.4"), false);
    assert.equal(req.isSetSupported("ExcelApi", "1.1"), false);
  });

  it("fails setting changeTrackingMode, getReviewedText and insertComment without WordApi 1.4, at sync", async () => {
    const sim = createSimulation({ paragraphs: ["A."], wordApi: "1.3" });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.changeTrackingMode = "TrackAll";
        await ctx.sync();
      }),
      "ApiNotFound",
    );
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.getReviewedText("Current");
        await ctx.sync();
      }),
      "ApiNotFound",
    );
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().getRange("Whole").insertComment("c");
        await ctx.sync();
      }),
      "ApiNotFound",
    );
    assert.equal(sim.trackingMode, "Off");
    assert.equal(sim.view().comments.length, 0);
  });

  it("fails getTrackedChanges below WordApi 1.6", async () => {
    const sim = createSimulation({ paragraphs: ["A."], wordApi: "1.5" });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.getTrackedChanges().load("items/type");
        await ctx.sync();
      }),
      "ApiNotFound",
    );
  });
});

describe("simulated Word: tracked and untracked edits", () => {
  it("records Replace under TrackAll as a tracked deletion plus a tracked insertion", async () => {
    const sim = createSimulation({ paragraphs: ["Provider owns Output."], changeTrackingMode: "TrackAll" });
    await run(sim, async (ctx) => {
      const hits = ctx.document.body.search("owns");
      hits.load("items/text");
      await ctx.sync();
      hits.items[0].insertText("licenses", "Replace");
      await ctx.sync();
    });
    assert.deepEqual(
      sim.edits.map((e) => [e.kind, e.text, e.tracked, e.author]),
      [
        ["delete", "owns", true, "You"],
        ["insert", "licenses", true, "You"],
      ],
    );
    assert.deepEqual(sim.text("current"), ["Provider licenses Output."]);
    assert.deepEqual(sim.text("original"), ["Provider owns Output."]);
  });

  it("records edits under Off as untracked, so tests can catch them", async () => {
    const sim = createSimulation({ paragraphs: ["Provider owns Output."] });
    await run(sim, async (ctx) => {
      ctx.document.body.paragraphs.getFirst().insertText(" Extra.", "End");
      await ctx.sync();
    });
    assert.equal(sim.edits[0].tracked, false);
    assert.deepEqual(sim.text("original"), ["Provider owns Output. Extra."]);
  });

  it("refuses edits in a read-only document with AccessDenied and leaves it unchanged", async () => {
    const sim = createSimulation({ paragraphs: ["A."], protection: "readOnly", changeTrackingMode: "TrackAll" });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("x", "End");
        await ctx.sync();
      }),
      "AccessDenied",
    );
    assert.deepEqual(sim.text("markup"), ["A."]);
    assert.equal(sim.edits.length, 0);
  });

  it("allows comments but not text edits under comments-only protection", async () => {
    const sim = createSimulation({ paragraphs: ["A clause."], protection: "commentsOnly" });
    await run(sim, async (ctx) => {
      ctx.document.body.paragraphs.getFirst().getRange("Whole").insertComment("Look here");
      await ctx.sync();
    });
    assert.equal(sim.view().comments[0].anchoredText, "A clause.");
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("x", "End");
        await ctx.sync();
      }),
      "AccessDenied",
    );
  });

  it("rejects insertText locations Word rejects for paragraphs", async () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("x", "After");
        await ctx.sync();
      }),
      "InvalidArgument",
    );
  });
});

describe("simulated Word: search and ranges", () => {
  it("throws beyond 255 characters", async () => {
    const sim = createSimulation({ paragraphs: ["x".repeat(300)] });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.body.search("x".repeat(256)).load("items/text");
        await ctx.sync();
      }),
      "SearchStringInvalidOrTooLong",
    );
    const n = await run(sim, async (ctx) => {
      const r = ctx.document.body.search("x".repeat(255));
      r.load("items/text");
      await ctx.sync();
      return r.items.length as number;
    });
    assert.equal(n, 1);
  });

  it("finds non-overlapping matches case-insensitively by default, and does not match across a tracked deletion", async () => {
    const sim = createSimulation({
      paragraphs: [
        "Data, data, DATA.",
        { segments: [{ text: "use the " }, { text: "Customer ", kind: "deleted" }, { text: "Data now" }] },
      ],
    });
    const counts = await run(sim, async (ctx) => {
      const a = ctx.document.body.search("data");
      const b = ctx.document.body.search("data", { matchCase: true });
      const c = ctx.document.body.search("the Data");
      const d = ctx.document.body.search("the Customer Data");
      for (const x of [a, b, c, d]) x.load("items/text");
      await ctx.sync();
      return [a, b, c, d].map((x) => x.items.length);
    });
    assert.deepEqual(counts, [4, 1, 0, 0]);
  });

  it("joins a start and an end range with expandTo", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha beta gamma delta."] });
    const text = await run(sim, async (ctx) => {
      const s = ctx.document.body.search("beta").getFirst();
      const e = ctx.document.body.search("delta").getFirst();
      const j = s.expandTo(e);
      j.load("text");
      await ctx.sync();
      return j.text as string;
    });
    assert.equal(text, "beta gamma delta");
  });

  it("reads Current and Original of a counterparty redline", async () => {
    const sim = createSimulation({
      paragraphs: [{ segments: [{ text: "Licensee " }, { text: "may", kind: "deleted" }, { text: "shall", kind: "inserted" }, { text: " pay." }] }],
      wordApi: "1.6",
    });
    const r = await run(sim, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      p.load("text");
      const cur = p.getReviewedText("Current");
      const org = p.getReviewedText("Original");
      const tc = p.getTrackedChanges();
      tc.load("items/type,items/author,items/text");
      await ctx.sync();
      return { text: p.text, cur: cur.value, org: org.value, tc: tc.items.map((t: AnyCtx) => [t.type, t.author, t.text]) };
    });
    assert.equal(r.cur, "Licensee shall pay.");
    assert.equal(r.org, "Licensee may pay.");
    assert.equal(r.text, "Licensee mayshall pay.", "default: .text includes deleted text (oj#2314)");
    assert.deepEqual(r.tc, [
      ["Deleted", "Counterparty", "may"],
      ["Added", "Counterparty", "shall"],
    ]);
  });

  it("reports where the selection is: header body type, table cell, content control", async () => {
    const sim = createSimulation({
      paragraphs: ["Main.", { text: "Cell.", inTable: true }, { text: "Form.", contentControl: { title: "Party" } }],
    });
    const probe = async () =>
      run(sim, async (ctx) => {
        const sel = ctx.document.getSelection();
        sel.load("parentBody/type");
        const cc = sel.parentContentControlOrNullObject;
        cc.load("title");
        await ctx.sync();
        return [sel.parentBody.type, cc.isNullObject];
      });
    assert.deepEqual(await probe(), ["MainDoc", true]);
    sim.select(0, 0, 0, "header");
    assert.deepEqual(await probe(), ["Header", true]);
    sim.select(1, 2);
    assert.deepEqual(await probe(), ["TableCell", true]);
    sim.select(2, 1);
    assert.deepEqual(await probe(), ["MainDoc", false]);
  });

  it("fails getSelection when the selection is lost", async () => {
    const sim = createSimulation({ paragraphs: ["A."], selection: null });
    await rejectsWithCode(
      run(sim, async (ctx) => {
        ctx.document.getSelection().load("text");
        await ctx.sync();
      }),
      "ItemNotFound",
    );
  });
});

describe("simulated Word: globals and controls", () => {
  it("pages collections with top/skip, as Word's load options do", async () => {
    const sim = createSimulation({ paragraphs: ["p0", "p1", "p2", "p3"] });
    const texts = await run(sim, async (ctx) => {
      const a = ctx.document.body.paragraphs;
      a.load({ select: "text", top: 2, skip: 1 });
      await ctx.sync();
      return a.items.map((p: AnyCtx) => p.text);
    });
    assert.deepEqual(texts, ["p1", "p2"]);
  });

  it("resolves Office.onReady with the Word host", async () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    const O = sim.globals.Office as AnyCtx;
    let seen: unknown;
    const info = await O.onReady((i: unknown) => (seen = i));
    assert.equal(info.host, O.HostType.Word);
    assert.deepEqual(seen, info);
  });

  it("records trackedObjects.add and remove", async () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    await run(sim, async (ctx) => {
      const p = ctx.document.body.paragraphs.getFirst();
      ctx.trackedObjects.add(p);
      assert.equal(ctx.trackedObjects.count, 1);
      ctx.trackedObjects.remove(p);
      assert.equal(ctx.trackedObjects.count, 0);
    });
  });

  it("lets injected failures skip executions and fire once", async () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    sim.failNext("insertText", { skip: 1, code: "AccessDenied" });
    const insert = () =>
      run(sim, async (ctx) => {
        ctx.document.body.paragraphs.getFirst().insertText("x", "End");
        await ctx.sync();
      });
    await insert();
    await rejectsWithCode(insert(), "AccessDenied");
    await insert();
    assert.deepEqual(sim.text(), ["A.xx"]);
  });

  it("records each changeTrackingMode the add-in sets, and the mode of each edit", async () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    await run(sim, async (ctx) => {
      ctx.document.changeTrackingMode = "TrackAll";
      ctx.document.body.paragraphs.getFirst().insertText("x", "End");
      ctx.document.changeTrackingMode = "Off";
      await ctx.sync();
    });
    assert.deepEqual(sim.trackingModeChanges, ["TrackAll", "Off"]);
    assert.equal(sim.edits[0].mode, "TrackAll");
    assert.equal(sim.edits[0].tracked, true);
  });
});

describe("simulated Word: preview surface", () => {
  it("gives a view model with segments, comments, selection, and notifies changes", async () => {
    const sim = createSimulation({ paragraphs: ["Alpha beta."], changeTrackingMode: "TrackAll" });
    const seen: number[] = [];
    const off = sim.onChange((v) => seen.push(v.paragraphs[0].segments.length));
    sim.select(0, 6, 10);
    await run(sim, async (ctx) => {
      const sel = ctx.document.getSelection();
      sel.insertText("gamma", "Replace");
      sel.insertComment("why");
      await ctx.sync();
    });
    off();
    const v = sim.view();
    assert.deepEqual(
      v.paragraphs[0].segments.map((s) => [s.text, s.kind, s.author ?? ""]),
      [
        ["Alpha ", "normal", ""],
        ["beta", "deleted", "You"],
        ["gamma", "inserted", "You"],
        [".", "normal", ""],
      ],
    );
    assert.equal(v.comments.length, 1);
    assert.equal(v.trackingMode, "TrackAll");
    assert.ok(seen.length >= 2, "select() and the sync both notified");
  });

  it("installs and restores globals on a target", () => {
    const sim = createSimulation({ paragraphs: ["A."] });
    const target: Record<string, unknown> = { Word: "old" };
    const restore = sim.installGlobals(target);
    assert.equal(target.Word, sim.globals.Word);
    assert.ok(target.Office);
    restore();
    assert.equal(target.Word, "old");
    assert.ok(!("Office" in target));
  });
});
