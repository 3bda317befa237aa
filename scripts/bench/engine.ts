// Engine timings on generated agreements: one side (analyze + reviewFor, what a click on
// Review costs) and both sides (analyze once, present it twice, what the CLI's batch and
// the side switch cost). Only the engine is timed: generating the text is not.

import { builtinChecklist } from "../../src/checklist";
import { analyze, reviewFor, type Review, type WorkCounter } from "../../src/engine";
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
  interface Case {
    pages: number;
    agreement: ReturnType<typeof generateAgreement>;
    oneSide: () => Review;
    bothSides: () => Review[];
    runs: number;
    one: number[];
    oneCpu: number[];
    both: number[];
    first: number;
    review: Review;
  }
  const cases: Case[] = sizes.map((pages) => {
    const agreement = generateAgreement(pages);
    const doc = { paragraphs: agreement.paragraphs };
    return {
      pages,
      agreement,
      oneSide: () => reviewFor(analyze(doc, builtinChecklist), { perspective: "licensee" }),
      bothSides: () => {
        const a = analyze(doc, builtinChecklist);
        return [reviewFor(a, { perspective: "licensee" }), reviewFor(a, { perspective: "licensor" })];
      },
      runs: runsFor(pages),
      one: [],
      oneCpu: [],
      both: [],
      first: 0,
      review: undefined as unknown as Review,
    };
  });
  // First runs in order of size: the first is the process's cold start.
  for (const c of cases) {
    const first = timed(c.oneSide);
    c.first = first.ms;
    c.review = first.value;
  }
  // Then the sizes take turns, run by run, so that a change in the machine's load while the
  // benchmark runs falls on every size alike and the growth factor stays fair.
  const rounds = Math.max(...cases.map((c) => c.runs));
  log(`engine: ${cases.map((c) => `${c.pages} pages x ${c.runs}`).join(", ")}, interleaved`);
  for (let r = 0; r < rounds; r++) {
    for (const c of cases) {
      if (r >= c.runs) continue;
      const a = timed(c.oneSide);
      c.one.push(a.ms);
      c.oneCpu.push(a.cpuMs);
      c.both.push(timed(c.bothSides).ms);
    }
  }
  const out: EngineSize[] = cases.map((c) => {
    const variety = distinctSentences(c.agreement.paragraphs);
    const work: WorkCounter = { tokens: 0, attempts: 0, steps: 0 };
    analyze({ paragraphs: c.agreement.paragraphs }, builtinChecklist, work);
    const s = summarize(c.one);
    return {
      pages: c.pages,
      words: c.agreement.words,
      bytes: c.agreement.bytes,
      paragraphs: c.agreement.paragraphs.length,
      sentences: variety.total,
      distinctSentenceShare: Number((variety.distinct / variety.total).toFixed(4)),
      firstRunMs: Number(c.first.toFixed(2)),
      oneSide: rounded(s),
      bothSides: rounded(summarize(c.both)),
      oneSideCpu: rounded(summarize(c.oneCpu)),
      msPerPage: Number((s.median / c.pages).toFixed(4)),
      mbPerSecond: Number((c.agreement.bytes / 1e6 / (s.median / 1000)).toFixed(2)),
      work,
      findings: c.review.areas.reduce((n, a) => n + a.findings.length, 0),
      statuses: c.review.summary,
    };
  });
  const at = (p: number) => out.find((s) => s.pages === p);
  const small = at(100);
  const large = at(1000);
  return {
    sizes: out,
    growth100to1000: small && large ? Number((large.oneSide.median / small.oneSide.median).toFixed(2)) : undefined,
    growth100to1000BothSides: small && large ? Number((large.bothSides.median / small.bothSides.median).toFixed(2)) : undefined,
  };
}
