// Times the hostile inputs (scripts/bench/hostile.ts): one review each, one side, as the
// pane would run it on a pasted 1 MB of junk. The budget is one second per input.

import { builtinChecklist } from "../../src/checklist";
import { analyze, reviewFor, type WorkCounter } from "../../src/engine";
import { collect } from "./gc";
import { hostileInputs } from "./hostile";
import { rounded, summarize, type Summary } from "./stats";

export interface HostileResult {
  id: string;
  title: string;
  bytes: number;
  ms: Summary;
  sentences: number;
  terms: number;
  work: WorkCounter;
  attemptsPerToken: number;
  stepsPerToken: number;
}

export function benchHostile(runs: number, log: (s: string) => void): HostileResult[] {
  const out: HostileResult[] = [];
  for (const input of hostileInputs()) {
    log(`hostile: ${input.id}, ${runs} runs`);
    const doc = { paragraphs: input.paragraphs };
    const times: number[] = [];
    const work: WorkCounter = { tokens: 0, attempts: 0, steps: 0 };
    let sentences = 0;
    let terms = 0;
    for (let r = 0; r < runs; r++) {
      collect();
      const t0 = performance.now();
      const analysis = analyze(doc, builtinChecklist, r === 0 ? work : undefined);
      reviewFor(analysis, { perspective: "licensee" });
      times.push(performance.now() - t0);
      sentences = analysis.document.segments.length;
      terms = analysis.document.terms.terms.length;
    }
    out.push({
      id: input.id,
      title: input.title,
      bytes: input.bytes,
      ms: rounded(summarize(times), 1),
      sentences,
      terms,
      work,
      attemptsPerToken: Number((work.attempts / Math.max(1, work.tokens)).toFixed(2)),
      stepsPerToken: Number((work.steps / Math.max(1, work.tokens)).toFixed(2)),
    });
  }
  return out;
}
