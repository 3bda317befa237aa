// Engine timings on generated agreements: one side (analyze + reviewFor, what a click on
// Review costs) and both sides (analyze once, present it twice, what the CLI's batch and
// the side switch cost). Only the engine is timed: generating the text is not.

import { builtinChecklist } from "../../src/checklist";
import { analyze, reviewFor, type WorkCounter } from "../../src/engine";
import { collect } from "./gc";
import { distinctSentences, generateAgreement } from "./generate";
import { rounded, summarize, type Summary } from "./stats";

export interface EngineSize {
  pages: number;
  words: number;
  bytes: number;
  paragraphs: number;
  sentences: number;
  /** Share of sentences (clause numbers removed) that occur once: the generator's variety. */
  distinctSentenceShare: number;
  /** The first review of this size in the process (includes what the JIT had not yet compiled). */
  firstRunMs: number;
  oneSide: Summary;
  bothSides: Summary;
  /** CPU time of the process (all threads) per one-side review: less sensitive than wall time to other load on the machine. */
  oneSideCpu: Summary;
  msPerPage: number;
  mbPerSecond: number;
  work: WorkCounter;
  findings: number;
  statuses: { risk: number; missing: number; ok: number };
}

export interface EngineReport {
  sizes: EngineSize[];
  /** median(1,000 pages) / median(100 pages), one side; undefined unless both sizes ran. */
  growth100to1000?: number;
  growth100to1000BothSides?: number;
}

/** Default runs per size: enough for a median, few enough to stay short on a shared machine. */
export function defaultRuns(pages: number): number {
  return pages <= 10 ? 25 : pages <= 100 ? 15 : 7;
}

function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  collect();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(cpu);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

export function benchEngine(sizes: number[], runsFor: (pages: number) => number = defaultRuns, log: (s: string) => void = () => {}): EngineReport {
  const out: EngineSize[] = [];
  for (const pages of sizes) {
    const agreement = generateAgreement(pages);
    const doc = { paragraphs: agreement.paragraphs };
    const variety = distinctSentences(agreement.paragraphs);
    const oneSide = () => reviewFor(analyze(doc, builtinChecklist), { perspective: "licensee" });
    const bothSides = () => {
      const a = analyze(doc, builtinChecklist);
      return [reviewFor(a, { perspective: "licensee" }), reviewFor(a, { perspective: "licensor" })];
    };
    const first = timed(oneSide);
    const work: WorkCounter = { tokens: 0, attempts: 0, steps: 0 };
    analyze(doc, builtinChecklist, work);
    const one: number[] = [];
    const oneCpu: number[] = [];
    const both: number[] = [];
    const runs = runsFor(pages);
    log(`engine: ${pages} pages, ${runs} runs`);
    for (let r = 0; r < runs; r++) {
      const a = timed(oneSide);
      one.push(a.ms);
      oneCpu.push(a.cpuMs);
      both.push(timed(bothSides).ms);
    }
    const review = first.value;
    const s = summarize(one);
    out.push({
      pages,
      words: agreement.words,
      bytes: agreement.bytes,
      paragraphs: agreement.paragraphs.length,
      sentences: variety.total,
      distinctSentenceShare: Number((variety.distinct / variety.total).toFixed(4)),
      firstRunMs: Number(first.ms.toFixed(2)),
      oneSide: rounded(s),
      bothSides: rounded(summarize(both)),
      oneSideCpu: rounded(summarize(oneCpu)),
      msPerPage: Number((s.median / pages).toFixed(4)),
      mbPerSecond: Number((agreement.bytes / 1e6 / (s.median / 1000)).toFixed(2)),
      work,
      findings: review.areas.reduce((n, a) => n + a.findings.length, 0),
      statuses: review.summary,
    });
  }
  const at = (p: number) => out.find((s) => s.pages === p);
  const small = at(100);
  const large = at(1000);
  return {
    sizes: out,
    growth100to1000: small && large ? Number((large.oneSide.median / small.oneSide.median).toFixed(2)) : undefined,
    growth100to1000BothSides: small && large ? Number((large.bothSides.median / small.bothSides.median).toFixed(2)) : undefined,
  };
}
