// Runs the timed reviews of one hostile input in a worker thread, so that the benchmark can
// stop an engine that takes far longer than its budget (a synchronous review cannot be
// interrupted otherwise) and still report how long it had run. Started by
// hostile-timing.ts with tsx's require hook; posts one message per run, then "done".

import { parentPort, workerData } from "node:worker_threads";
import { builtinChecklist } from "../../src/checklist";
import { analyze, reviewFor, type WorkCounter } from "../../src/engine";
import { collect } from "./gc";
import { generateAgreement } from "./generate";
import { hostileInput, type HostileId } from "./hostile";

export interface WorkerJob {
  id: HostileId;
  runs: number;
}

export type WorkerMessage =
  | { type: "input"; title: string; bytes: number }
  | { type: "run"; ms: number; cpuMs: number; work?: WorkCounter; sentences: number; terms: number }
  | { type: "done" };

const { id, runs } = workerData as WorkerJob;
const post = (m: WorkerMessage) => parentPort!.postMessage(m);
const review = (paragraphs: string[], work?: WorkCounter) => {
  const analysis = analyze({ paragraphs }, builtinChecklist, work);
  reviewFor(analysis, { perspective: "licensee" });
  return analysis;
};

// Warm up as the benchmark's engine section does: the checklist compiled, the code optimised
// on an ordinary agreement and on a small piece of the same input.
review(generateAgreement(10).paragraphs);
review(hostileInput(id, 1 / 64).paragraphs);

const input = hostileInput(id);
post({ type: "input", title: input.title, bytes: input.bytes });
for (let r = 0; r < runs; r++) {
  collect();
  const work: WorkCounter | undefined = r === 0 ? { tokens: 0, attempts: 0, steps: 0 } : undefined;
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const analysis = review(input.paragraphs, work);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(cpu);
  post({ type: "run", ms, cpuMs: (c.user + c.system) / 1000, work, sentences: analysis.sentences, terms: analysis.document.terms.terms.length });
}
post({ type: "done" });
