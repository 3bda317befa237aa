// The Word adapter against the strict simulation: what a user relies on is that clauses
// go in as tracked changes at the right place, that their Track Changes setting comes
// back as it was, and that nothing is changed when anything is off.

import { strict as assert } from "node:assert";
import { createSimulation } from "../../src/preview/simulated-word";
import type { TrackingMode } from "../../src/preview/simulated-word";
import { NO_TRACKED_INSERT_MESSAGE, createWordPort } from "../../src/word/adapter";
import { finding, rejectsWith, setup } from "./helpers";

const USE = "The Provider may use Customer Data to train its models.";
const OWN = "The Provider owns all Output.";
const CLAUSE = "The Provider shall not use Customer Data to train any model.";

// A single sentence of 392 characters: longer than Word's 255-character search limit.
const LONG =
  "The Licensee acknowledges and agrees that the Provider may collect, store, analyse, aggregate and otherwise process " +
  "any prompts, inputs, files, feedback and usage information submitted through the Services, and may use the same " +
  "for the purposes of developing, training, fine-tuning, evaluating and improving its artificial intelligence models " +
  "without further notice or consent.";

const MODES: TrackingMode[] = ["Off", "TrackMineOnly", "TrackAll"];

describe("Word adapter: capabilities", () => {
  it("offers everything on WordApi 1.8", async () => {
    const { port } = setup({ paragraphs: [USE] });
    const c = await port.capabilities();
    assert.deepEqual([c.trackedInsert, c.comments, c.reviewedText, c.trackedChangeList], [true, true, true, true]);
  });

  it("turns insertion off without WordApi 1.4, says why, and lists what still works", async () => {
    const { port } = setup({ paragraphs: [USE], wordApi: "1.3" });
    const c = await port.capabilities();
    assert.equal(c.trackedInsert, false);
    assert.equal(c.comments, false);
    assert.ok(c.limits.includes(NO_TRACKED_INSERT_MESSAGE));
    assert.ok(c.limits.some((l) => /Copy/.test(l) && /Track Changes/.test(l)));
    assert.ok(c.limits.some((l) => /Still available/.test(l)));
  });

  it("says tracked changes cannot be listed below 1.6", async () => {
    const { port } = setup({ paragraphs: [USE], wordApi: "1.5" });
    const c = await port.capabilities();
    assert.equal(c.trackedInsert, true);
    assert.equal(c.trackedChangeList, false);
    assert.ok(c.limits.some((l) => /1\.6/.test(l)));
  });

  it("copes with Office or Word being undefined (outside Word)", async () => {
    for (const g of [{}, { Word: {} as never }, { Office: { context: {} } as never }]) {
      const port = createWordPort({ globals: () => g });
      const c = await port.capabilities();
      assert.equal(c.trackedInsert, false);
      assert.equal(c.limits.length, 1);
    }
    const port = createWordPort({ globals: () => ({}) });
    await rejectsWith(port.read(), "unsupported", /not running inside Word/);
  });

  it("reads the globals lazily, so the preview can install them after creating the port", async () => {
    const port = createWordPort();
    const sim = createSimulation({ paragraphs: [USE] });
    const restore = sim.installGlobals(globalThis);
    try {
      assert.deepEqual((await port.read()).paragraphs, [USE]);
    } finally {
      restore();
    }
    assert.equal((await port.capabilities()).trackedInsert, false);
  });
});

describe("Word adapter: the tracking sequence", () => {
  for (const start of MODES) {
    describe(`starting from ${start}`, () => {
      it("inserts at the cursor as a tracked insertion under TrackAll and restores the mode", async () => {
        const { sim, port } = setup({ paragraphs: [OWN], changeTrackingMode: start, selection: { paragraph: 0, start: OWN.length } });
        const r = await port.insertAtCursor(" " + CLAUSE);
        assert.deepEqual(r, { kind: "insert-at-cursor", tracked: true });
        assert.deepEqual(sim.trackingModeChanges, ["TrackAll", start]);
        assert.equal(sim.trackingMode, start);
        assert.deepEqual(
          sim.edits.map((e) => [e.kind, e.tracked, e.mode]),
          [["insert", true, "TrackAll"]],
        );
        assert.deepEqual(sim.text(), [`${OWN} ${CLAUSE}`]);
        assert.deepEqual(sim.text("original"), [OWN], "the original is untouched: the insertion is a revision");
      });

      it("replaces a finding as a tracked deletion plus insertion and restores the mode", async () => {
        const paras = [OWN, `Data. ${USE} More.`];
        const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: start });
        await port.replace(finding(paras, 1, USE), CLAUSE);
        assert.deepEqual(sim.trackingModeChanges, ["TrackAll", start]);
        assert.equal(sim.trackingMode, start);
        assert.deepEqual(
          sim.edits.map((e) => [e.kind, e.text, e.tracked, e.mode]),
          [
            ["delete", USE, true, "TrackAll"],
            ["insert", CLAUSE, true, "TrackAll"],
          ],
        );
        assert.deepEqual(sim.text(), [OWN, `Data. ${CLAUSE} More.`]);
      });

      it("inserts a paragraph after the finding's paragraph, tracked, and restores the mode", async () => {
        const paras = [USE, OWN];
        const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: start });
        await port.insertAfter(finding(paras, 0, USE), CLAUSE);
        assert.deepEqual(sim.trackingModeChanges, ["TrackAll", start]);
        assert.equal(sim.trackingMode, start);
        assert.deepEqual(sim.text(), [USE, CLAUSE, OWN]);
        assert.equal(sim.view().paragraphs[1].insertedBy, "You");
        assert.deepEqual(
          sim.edits.map((e) => [e.kind, e.tracked, e.mode]),
          [["insert-paragraph", true, "TrackAll"]],
        );
      });

      it("restores the mode when the insertion throws, and changes nothing", async () => {
        const paras = [USE];
        const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: start });
        sim.failNext("insertText", { code: "GeneralException" });
        const e = await rejectsWith(port.replace(finding(paras, 0, USE), CLAUSE), "api-error", /Nothing was changed/);
        assert.equal((e.cause as { code?: string }).code, "GeneralException");
        assert.equal(sim.trackingMode, start);
        assert.deepEqual(sim.trackingModeChanges, ["TrackAll", start]);
        assert.deepEqual(sim.edits, []);
        assert.deepEqual(sim.text("markup"), paras);
      });
    });
  }

  it("restores the mode when inserting at the cursor throws", async () => {
    const { sim, port } = setup({ paragraphs: [OWN], changeTrackingMode: "TrackMineOnly" });
    sim.failNext("insertText");
    await rejectsWith(port.insertAtCursor(CLAUSE), "api-error");
    assert.equal(sim.trackingMode, "TrackMineOnly");
    assert.deepEqual(sim.edits, []);
  });

  it("tells the user when Word cannot switch their mode back", async () => {
    const { sim, port } = setup({ paragraphs: [OWN], changeTrackingMode: "Off" });
    sim.failNext("setChangeTrackingMode", { skip: 1 });
    await rejectsWith(port.insertAtCursor(CLAUSE), "api-error", /inserted as a tracked change, but Word could not switch Track Changes back to "Off"/);
    assert.equal(sim.edits[0].tracked, true);
  });

  it("fetches the selection afresh for the edit (oj#3913)", async () => {
    const { sim, port } = setup({ paragraphs: [OWN] });
    let calls = 0;
    const W = sim.globals.Word;
    const run = W.run;
    W.run = (batch: unknown) =>
      run((ctx: { document: { getSelection: () => unknown } }) => {
        const orig = ctx.document.getSelection.bind(ctx.document);
        ctx.document.getSelection = () => {
          calls++;
          return orig();
        };
        return (batch as (c: unknown) => Promise<unknown>)(ctx);
      });
    await port.insertAtCursor(CLAUSE);
    assert.equal(calls, 2, "once to check where the cursor is, once after switching tracking on");
  });
});

describe("Word adapter: never untracked", () => {
  it("inserts nothing at all without WordApi 1.4, not even a round trip", async () => {
    const paras = [USE];
    const { sim, port } = setup({ paragraphs: paras, wordApi: "1.3" });
    const loc = finding(paras, 0, USE);
    await rejectsWith(port.insertAtCursor(CLAUSE), "unsupported", /Copy/);
    await rejectsWith(port.replace(loc, CLAUSE), "unsupported", /never inserts untracked/);
    await rejectsWith(port.insertAfter(loc, CLAUSE), "unsupported");
    await rejectsWith(port.comment(loc, "Why?"), "unsupported", /comments/);
    assert.equal(sim.syncCount, 0);
    assert.deepEqual(sim.edits, []);
  });

  it("still reads and goes to findings without WordApi 1.4", async () => {
    const paras = [OWN, USE];
    const { sim, port } = setup({ paragraphs: paras, wordApi: "1.3" });
    const snap = await port.read();
    assert.deepEqual(snap.paragraphs, paras);
    assert.equal(snap.original, undefined);
    assert.equal(snap.revisedParagraphs, undefined);
    await port.goTo(finding(paras, 1, USE));
    assert.deepEqual(sim.view().selection, { story: "body", paragraph: 1, start: 0, end: USE.length });
  });
});

describe("Word adapter: round trips", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} of the agreement.`);

  it("reads 1,000 paragraphs in at most 2 round trips", async () => {
    const { sim, port } = setup({ paragraphs: many(1000) });
    const snap = await port.read();
    assert.equal(snap.paragraphs.length, 1000);
    assert.equal(snap.paragraphs[999], "Paragraph 999 of the agreement.");
    assert.ok(sim.syncCount <= 2, `read took ${sim.syncCount} round trips`);
  });

  it("reads 5,000 paragraphs in chunks: at most 2 + 5 round trips, with progress, yielding between chunks", async () => {
    const { sim, port } = setup({ paragraphs: many(5000) });
    const progress: [number, number][] = [];
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    let firedBeforeEnd = false;
    const snap = await port.read((done, total) => {
      progress.push([done, total]);
      if (done === total) firedBeforeEnd = timerFired;
    });
    assert.equal(snap.paragraphs.length, 5000);
    assert.equal(snap.paragraphs[4321], "Paragraph 4321 of the agreement.");
    assert.ok(sim.syncCount <= 7, `read took ${sim.syncCount} round trips`);
    assert.deepEqual(progress, [
      [1000, 5000],
      [2000, 5000],
      [3000, 5000],
      [4000, 5000],
      [5000, 5000],
    ]);
    assert.ok(firedBeforeEnd, "a timer queued before the read ran before it ended: the read yields to the event loop");
  });

  it("inserts at the cursor in at most 4 round trips", async () => {
    const { sim, port } = setup({ paragraphs: [OWN] });
    await port.insertAtCursor(CLAUSE);
    assert.ok(sim.syncCount <= 4, `${sim.syncCount} round trips`);
  });

  it("replaces and inserts after in at most 4 round trips, long sentences included", async () => {
    const paras = [OWN, USE, `Also: ${LONG} End.`];
    const { sim, port } = setup({ paragraphs: paras });
    await port.replace(finding(paras, 1, USE), CLAUSE);
    assert.ok(sim.syncCount <= 4, `replace: ${sim.syncCount}`);
    sim.resetSyncCount();
    await port.replace(finding(paras, 2, LONG), CLAUSE);
    assert.ok(sim.syncCount <= 4, `replace of a long sentence: ${sim.syncCount}`);
    sim.resetSyncCount();
    await port.insertAfter(finding(paras, 0, OWN), CLAUSE);
    assert.ok(sim.syncCount <= 4, `insertAfter: ${sim.syncCount}`);
  });
});

describe("Word adapter: locating findings", () => {
  it("replaces a sentence longer than 255 characters (start and end searches joined)", async () => {
    const paras = [`Recitals. ${LONG} Signed.`];
    assert.ok(LONG.length > 255);
    const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: "TrackAll" });
    await port.replace(finding(paras, 0, LONG), CLAUSE);
    assert.deepEqual(sim.text(), [`Recitals. ${CLAUSE} Signed.`]);
    assert.equal(sim.edits[0].text, LONG, "exactly the long sentence was deleted");
  });

  it("picks the n-th occurrence of a repeated sentence, counted from the paragraph's own text", async () => {
    const para = `${USE} ${OWN} ${USE} ${OWN}`;
    const { sim, port } = setup({ paragraphs: [para] });
    await port.replace(finding([para], 0, USE, 1), CLAUSE);
    assert.deepEqual(sim.text(), [`${USE} ${OWN} ${CLAUSE} ${OWN}`]);
  });

  it("picks the right one of a repeated long sentence", async () => {
    const para = `${LONG} Between. ${LONG} After.`;
    const { sim, port } = setup({ paragraphs: [para] });
    await port.replace(finding([para], 0, LONG, 1), CLAUSE);
    assert.deepEqual(sim.text(), [`${LONG} Between. ${CLAUSE} After.`]);
    assert.ok(sim.syncCount <= 5, `${sim.syncCount} round trips (one more to join the repeated slices)`);
  });

  it("picks the occurrence case-sensitively, as the review counted it", async () => {
    const para = "DATA is shared. Data is shared. Data is shared.";
    const { sim, port } = setup({ paragraphs: [para] });
    await port.replace(finding([para], 0, "Data is shared.", 1), "Data is kept.");
    assert.deepEqual(sim.text(), ["DATA is shared. Data is shared. Data is kept."]);
  });

  it("works in table paragraphs, and a paragraph inserted after one stays in the table", async () => {
    const paras = [OWN, USE, "Closing."];
    const { sim, port } = setup({ paragraphs: [OWN, { text: USE, inTable: true }, "Closing."] });
    await port.replace(finding(paras, 1, "Customer Data"), "Aggregated Data");
    assert.equal(sim.text()[1], USE.replace("Customer Data", "Aggregated Data"));
    await port.insertAfter(finding(sim.text(), 1, "The Provider"), CLAUSE);
    const v = sim.view();
    assert.equal(v.paragraphs[2].inTable, true);
    assert.deepEqual(sim.text()[2], CLAUSE);
  });

  it("handles carets in the text (Word's search escape character)", async () => {
    const paras = ["Fees rise by 2^3 percent per year."];
    const { sim, port } = setup({ paragraphs: paras });
    await port.replace(finding(paras, 0, "2^3 percent"), "3 percent");
    assert.deepEqual(sim.text(), ["Fees rise by 3 percent per year."]);
  });

  it("refuses with 'changed' and edits nothing when the sentence changed since the review", async () => {
    const paras = [OWN, USE];
    const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: "Off" });
    const loc = finding(paras, 1, USE);
    // The user edits the sentence after the review.
    await sim.globals.Word.run(async (ctx: any) => {
      ctx.document.body.paragraphs.getLast().insertText("Indeed, ", "Start");
      await ctx.sync();
    });
    const before = sim.edits.length;
    sim.resetSyncCount();
    await rejectsWith(port.replace(loc, CLAUSE), "changed", /review again/i);
    await rejectsWith(port.insertAfter(loc, CLAUSE), "changed");
    await rejectsWith(port.comment(loc, "Why?"), "changed");
    await rejectsWith(port.goTo(loc), "changed");
    assert.equal(sim.edits.length, before, "no edit");
    assert.deepEqual(sim.trackingModeChanges, [], "tracking was never touched");
  });

  it("refuses with 'changed' when a long sentence changed since the review", async () => {
    const paras = [`${LONG} Next.`];
    const { sim, port } = setup({ paragraphs: [`${LONG.replace("The Licensee", "Each Licensee")} Next.`] });
    await rejectsWith(port.replace(finding(paras, 0, LONG), CLAUSE), "changed");
    assert.deepEqual(sim.edits, []);
    assert.deepEqual(sim.trackingModeChanges, []);
  });

  it("refuses with 'changed' when the paragraph is gone", async () => {
    const paras = [OWN, USE];
    const { sim, port } = setup({ paragraphs: [OWN] });
    await rejectsWith(port.replace(finding(paras, 1, USE), CLAUSE), "changed", /fewer paragraphs/);
    assert.deepEqual(sim.edits, []);
  });

  it("refuses with 'changed' when the sentence was deleted as a tracked change after the review", async () => {
    const paras = [USE];
    const { sim, port } = setup({ paragraphs: [{ segments: [{ text: USE, kind: "deleted", author: "Counterparty" }] }] });
    await rejectsWith(port.insertAfter(finding(paras, 0, USE), CLAUSE), "changed");
    assert.deepEqual(sim.edits, []);
  });

  it("refuses rather than guess when a tracked deletion splits the sentence in Word's search (oj#5874)", async () => {
    const current = "The Provider may use Data.";
    const { sim, port } = setup({
      paragraphs: [{ segments: [{ text: "The Provider may use " }, { text: "Customer ", kind: "deleted" }, { text: "Data." }] }],
    });
    await rejectsWith(port.replace(finding([current], 0, current), CLAUSE), "not-found");
    assert.deepEqual(sim.edits, []);
    assert.equal(sim.trackingMode, "Off");
  });

  it("goes to a finding by selecting exactly its sentence", async () => {
    const para = `${OWN} ${USE}`;
    const { sim, port } = setup({ paragraphs: ["Title", para] });
    await port.goTo(finding(["Title", para], 1, USE));
    assert.deepEqual(sim.view().selection, { story: "body", paragraph: 1, start: OWN.length + 1, end: para.length });
    assert.deepEqual(sim.edits, []);
  });
});

describe("Word adapter: comments", () => {
  it("adds a comment on the finding's sentence without touching the text or the mode", async () => {
    const paras = [`${OWN} ${USE}`];
    const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: "TrackMineOnly" });
    const r = await port.comment(finding(paras, 0, USE), "Ask for a no-training clause.");
    assert.deepEqual(r, { kind: "comment", tracked: false });
    const v = sim.view();
    assert.equal(v.comments.length, 1);
    assert.equal(v.comments[0].anchoredText, USE);
    assert.equal(v.comments[0].text, "Ask for a no-training clause.");
    assert.deepEqual(sim.text("markup"), paras);
    assert.deepEqual(sim.trackingModeChanges, []);
    assert.ok(sim.syncCount <= 3);
  });
});

describe("Word adapter: reading a counterparty redline", () => {
  const redline = [
    "Definitions.",
    {
      segments: [
        { text: "The Provider " },
        { text: "shall not", kind: "deleted" as const },
        { text: "may", kind: "inserted" as const },
        { text: " use Customer Data to train its models." },
      ],
    },
    { segments: [{ text: "New clause from the other side.", kind: "inserted" as const, author: "Counterparty" }] },
    "Unchanged.",
  ];

  it("reads Current and Original and marks the revised paragraphs", async () => {
    const { port } = setup({ paragraphs: redline });
    const snap = await port.read();
    assert.deepEqual(snap.paragraphs, [
      "Definitions.",
      "The Provider may use Customer Data to train its models.",
      "New clause from the other side.",
      "Unchanged.",
    ]);
    assert.deepEqual(snap.original, ["Definitions.", "The Provider shall not use Customer Data to train its models.", "", "Unchanged."]);
    assert.deepEqual(snap.revisedParagraphs, [1, 2]);
    assert.deepEqual(snap.trackedChanges, [
      { type: "Deleted", author: "Counterparty", text: "shall not" },
      { type: "Added", author: "Counterparty", text: "may" },
      { type: "Added", author: "Counterparty", text: "New clause from the other side." },
    ]);
  });

  it("does not list tracked changes below 1.6 but still marks revised paragraphs", async () => {
    const { port } = setup({ paragraphs: redline, wordApi: "1.5" });
    const snap = await port.read();
    assert.equal(snap.trackedChanges, undefined);
    assert.deepEqual(snap.revisedParagraphs, [1, 2]);
  });

  it("replaces a sentence the counterparty revised (found in its current wording)", async () => {
    const { sim, port } = setup({ paragraphs: redline });
    const snap = await port.read();
    await port.replace(finding(snap.paragraphs, 1, "Customer Data"), "Aggregated Data");
    assert.equal(sim.text()[1], "The Provider may use Aggregated Data to train its models.");
  });
});

describe("Word adapter: faults", () => {
  it("refuses to edit a read-only document and leaves it unchanged", async () => {
    const paras = [USE];
    const { sim, port } = setup({ paragraphs: paras, protection: "readOnly" });
    const loc = finding(paras, 0, USE);
    await rejectsWith(port.insertAtCursor(CLAUSE), "read-only", /read-only or protected/);
    await rejectsWith(port.replace(loc, CLAUSE), "read-only");
    await rejectsWith(port.insertAfter(loc, CLAUSE), "read-only");
    await rejectsWith(port.comment(loc, "x"), "read-only");
    assert.deepEqual(sim.text("markup"), paras);
    assert.deepEqual(sim.edits, []);
  });

  it("maps Word's AccessDenied on a protected document that Office reports as writable (desktop, oj#5484)", async () => {
    const paras = [USE];
    const { sim, port } = setup({ paragraphs: paras, protection: "readOnly", documentMode: "readWrite", changeTrackingMode: "TrackMineOnly" });
    await rejectsWith(port.replace(finding(paras, 0, USE), CLAUSE), "read-only", /Nothing was changed/);
    assert.deepEqual(sim.text("markup"), paras);
    assert.equal(sim.trackingMode, "TrackMineOnly");
  });

  it("adds comments under comments-only protection but refuses text edits", async () => {
    const paras = [USE];
    const { sim, port } = setup({ paragraphs: paras, protection: "commentsOnly" });
    await port.comment(finding(paras, 0, USE), "Note");
    await rejectsWith(port.replace(finding(paras, 0, USE), CLAUSE), "read-only");
    assert.equal(sim.view().comments.length, 1);
    assert.deepEqual(sim.text("markup"), paras);
  });

  for (const [story, pattern] of [
    ["header", /header/],
    ["footer", /footer/],
    ["footnote", /footnote/],
    ["endnote", /endnote/],
    ["textBox", /text box/],
  ] as const) {
    it(`refuses to insert with the cursor in a ${story}, before touching tracking`, async () => {
      const { sim, port } = setup({ paragraphs: [OWN], selection: { paragraph: 0, start: 0, story } });
      await rejectsWith(port.insertAtCursor(CLAUSE), "bad-selection", pattern);
      assert.deepEqual(sim.edits, []);
      assert.deepEqual(sim.trackingModeChanges, []);
    });
  }

  it("refuses to insert inside a content control", async () => {
    const { sim, port } = setup({
      paragraphs: [OWN, { text: "Licensee name", contentControl: { title: "Licensee" } }],
      selection: { paragraph: 1, start: 3 },
    });
    await rejectsWith(port.insertAtCursor(CLAUSE), "bad-selection", /content control \("Licensee"\)/);
    assert.deepEqual(sim.edits, []);
  });

  it("inserts in a table cell (not a fault)", async () => {
    const { sim, port } = setup({ paragraphs: [{ text: "Cell text.", inTable: true }], selection: { paragraph: 0, start: 10 } });
    await port.insertAtCursor(" More.");
    assert.deepEqual(sim.text(), ["Cell text. More."]);
  });

  it("reports a lost selection plainly", async () => {
    const { sim, port } = setup({ paragraphs: [OWN], selection: null });
    await rejectsWith(port.insertAtCursor(CLAUSE), "bad-selection", /Click in the document/);
    assert.deepEqual(sim.edits, []);
    assert.deepEqual(sim.trackingModeChanges, []);
  });

  it("replaces a non-empty selection: tracked deletion plus insertion", async () => {
    const { sim, port } = setup({ paragraphs: [OWN], selection: { paragraph: 0, start: 13, end: 17 } });
    await port.insertAtCursor("licenses");
    assert.deepEqual(sim.text(), ["The Provider licenses all Output."]);
    assert.deepEqual(
      sim.edits.map((e) => [e.kind, e.text, e.tracked]),
      [
        ["delete", "owns", true],
        ["insert", "licenses", true],
      ],
    );
  });

  it("inserts at a collapsed cursor, inline, where it is", async () => {
    const { sim, port } = setup({ paragraphs: [OWN], selection: { paragraph: 0, start: 13 } });
    await port.insertAtCursor("solely ");
    assert.deepEqual(sim.text(), ["The Provider solely owns all Output."]);
  });

  it("removes the part already inserted when Word fails mid-way through a multi-paragraph clause", async () => {
    const paras = [USE, OWN];
    const { sim, port } = setup({ paragraphs: paras, changeTrackingMode: "Off" });
    sim.failNext("insertParagraph", { skip: 1, code: "GeneralException" });
    await rejectsWith(port.insertAfter(finding(paras, 0, USE), "First part.\nSecond part.\nThird part."), "api-error", /Nothing was changed/);
    assert.deepEqual(sim.text("markup"), paras);
    assert.equal(sim.trackingMode, "Off");
  });

  it("inserts a multi-paragraph clause after a finding as several tracked paragraphs", async () => {
    const paras = [USE, OWN];
    const { sim, port } = setup({ paragraphs: paras });
    await port.insertAfter(finding(paras, 0, USE), "First part.\r\n\r\nSecond part.");
    assert.deepEqual(sim.text(), [USE, "First part.", "Second part.", OWN]);
    assert.ok(sim.edits.every((e) => e.tracked));
  });

  it("refuses a multi-paragraph clause at the cursor before doing anything", async () => {
    const { sim, port } = setup({ paragraphs: [OWN] });
    await rejectsWith(port.insertAtCursor("One.\nTwo."), "unsupported", /2 paragraphs/);
    assert.equal(sim.syncCount, 0);
  });

  it("maps an API error while reading", async () => {
    const { sim, port } = setup({ paragraphs: [OWN] });
    sim.failNext("getReviewedText", { code: "GeneralException" });
    await rejectsWith(port.read(), "api-error", /could not read the document/);
  });

  it("rejects a finding with no valid place", async () => {
    const { port } = setup({ paragraphs: [OWN] });
    await rejectsWith(port.replace({ paragraph: -1, start: 0, end: 3, text: "The" }, CLAUSE), "not-found");
    await rejectsWith(port.replace({ paragraph: 0, start: 3, end: 3, text: "" }, CLAUSE), "not-found");
  });
});
