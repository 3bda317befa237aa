// Round trips to Word per review and per insertion, counted by the strict Word simulation
// (src/preview/simulated-word) under the real adapter (src/word/adapter). In Word each
// round trip is a message to the host, tens to hundreds of milliseconds on the web, so
// their number, not the JavaScript around them, is what the user waits for.

import { generateAgreement } from "./generate";

export interface RoundTrips {
  roundTrips: number;
  /** Word.run batches the operation started. */
  batches: number;
  /** Wall time against the simulation with no latency: the adapter's and the simulation's own cost. */
  ms: number;
}

export type WordReport =
  | {
      available: true;
      wordApi: string;
      read1000: RoundTrips & { paragraphs: number };
      read5000: RoundTrips & { paragraphs: number };
      insertAtCursor: RoundTrips & { tracked: boolean; trackingRestored: boolean };
      capabilities: RoundTrips;
    }
  | { available: false; reason: string };

/** The read budget: 2 round trips up to 1,000 paragraphs, one more per further chunk of 1,000. */
export function readBudget(paragraphs: number): number {
  return 1 + Math.max(1, Math.ceil(paragraphs / 1000));
}

export const INSERT_BUDGET = 4;

function paragraphsOf(count: number): string[] {
  const source = generateAgreement(Math.ceil(count / 8) + 5, 3).paragraphs;
  if (source.length < count) throw new Error(`bench: generated ${source.length} paragraphs, need ${count}`);
  return source.slice(0, count);
}

export async function benchWord(): Promise<WordReport> {
  let sim: typeof import("../../src/preview/simulated-word");
  let adapter: typeof import("../../src/word/adapter");
  try {
    sim = await import("../../src/preview/simulated-word");
    adapter = await import("../../src/word/adapter");
  } catch (e) {
    return { available: false, reason: `the Word adapter or the simulation did not load: ${(e as Error).message}` };
  }
  if (typeof adapter.createWordPort !== "function") return { available: false, reason: "src/word/adapter exports no createWordPort" };
  const wordApi = "1.8";

  const setup = (paragraphs: string[]) => {
    const s = sim.createSimulation({ paragraphs, wordApi, changeTrackingMode: "Off", selection: { paragraph: Math.min(3, paragraphs.length - 1), start: 0 } });
    const port = adapter.createWordPort({ globals: () => s.globals as never });
    return { s, port };
  };

  const measure = async <T>(s: import("../../src/preview/simulated-word").Simulation, op: () => Promise<T>): Promise<RoundTrips & { value: T }> => {
    s.resetSyncCount();
    const runs = s.runCount;
    const t0 = performance.now();
    const value = await op();
    return { roundTrips: s.syncCount, batches: s.runCount - runs, ms: Number((performance.now() - t0).toFixed(2)), value };
  };

  try {
    const read = async (count: number) => {
      const { s, port } = setup(paragraphsOf(count));
      const r = await measure(s, () => port.read());
      if (r.value.paragraphs.length !== count) throw new Error(`read returned ${r.value.paragraphs.length} of ${count} paragraphs`);
      return { paragraphs: count, roundTrips: r.roundTrips, batches: r.batches, ms: r.ms };
    };
    const read1000 = await read(1000);
    const read5000 = await read(5000);

    const { s, port } = setup(paragraphsOf(40));
    const caps = await measure(s, () => port.capabilities());
    const before = s.edits.length;
    const clause = "Provider shall not use Customer Data, Input or Output to train any model without Customer's prior written consent.";
    const ins = await measure(s, () => port.insertAtCursor(clause));
    const edits = s.edits.slice(before);
    const inserted = edits.filter((e) => e.kind === "insert" || e.kind === "insert-paragraph");
    if (inserted.length === 0) throw new Error("insertAtCursor reported success but the simulation recorded no insertion");
    return {
      available: true,
      wordApi,
      read1000,
      read5000,
      insertAtCursor: {
        roundTrips: ins.roundTrips,
        batches: ins.batches,
        ms: ins.ms,
        tracked: inserted.every((e) => e.tracked),
        trackingRestored: s.trackingMode === "Off",
      },
      capabilities: { roundTrips: caps.roundTrips, batches: caps.batches, ms: caps.ms },
    };
  } catch (e) {
    return { available: false, reason: `the adapter failed against the simulation: ${(e as Error).message}` };
  }
}
