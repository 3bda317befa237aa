// Times the hostile inputs (scripts/bench/hostile.ts): one review each, one side, as the
// pane would run it on a pasted 1 MB of junk. The budget is one second per input. Each
// input runs in a worker thread that is stopped after RUN_CAP_MS per run, so an engine that
// has become quadratic fails the budget with a lower bound instead of hanging the benchmark.

import path from "node:path";
import { Worker } from "node:worker_threads";
import type { WorkCounter } from "../../src/engine";
import { HOSTILE_IDS, type HostileId } from "./hostile";
import type { WorkerJob, WorkerMessage } from "./hostile-worker";
import { rounded, summarize, type Summary } from "./stats";

/** A run is stopped after this long: ten times the budget is enough to know it is missed. */
export const RUN_CAP_MS = 10_000;

export interface HostileResult {
  id: HostileId;
  title: string;
  bytes: number;
  /** Completed runs; absent when the first run was stopped. */
  ms?: Summary;
  cpuMs?: Summary;
  /** Set when a run was stopped: how long it had run. The budget is then failed with this lower bound. */
  stoppedAfterMs?: number;
  sentences?: number;
  terms?: number;
  work?: WorkCounter;
  attemptsPerToken?: number;
  stepsPerToken?: number;
}

function runWorker(id: HostileId, runs: number): Promise<HostileResult> {
  return new Promise((resolve, reject) => {
    const job: WorkerJob = { id, runs };
    // The benchmark runs under tsx; the worker needs its hook to load TypeScript too.
    const worker = new Worker(path.join(__dirname, "hostile-worker.ts"), { workerData: job, execArgv: ["--require", "tsx/cjs"] });
    const result: HostileResult = { id, title: id, bytes: 0 };
    const times: number[] = [];
    const cpu: number[] = [];
    let runStarted = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      runStarted = performance.now();
      timer = setTimeout(() => {
        result.stoppedAfterMs = Math.round(performance.now() - runStarted);
        void worker.terminate();
      }, RUN_CAP_MS);
    };
    const finish = () => {
      clearTimeout(timer);
      if (times.length > 0) {
        result.ms = rounded(summarize(times), 1);
        result.cpuMs = rounded(summarize(cpu), 1);
      }
      resolve(result);
    };
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "input") {
        result.title = m.title;
        result.bytes = m.bytes;
        arm();
      } else if (m.type === "run") {
        times.push(m.ms);
        cpu.push(m.cpuMs);
        result.sentences = m.sentences;
        result.terms = m.terms;
        if (m.work) {
          result.work = m.work;
          result.attemptsPerToken = Number((m.work.attempts / Math.max(1, m.work.tokens)).toFixed(2));
          result.stepsPerToken = Number((m.work.steps / Math.max(1, m.work.tokens)).toFixed(2));
        }
        arm();
      } else {
        void worker.terminate();
      }
    });
    worker.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    worker.on("exit", finish);
  });
}

export async function benchHostile(runs: number, log: (s: string) => void): Promise<HostileResult[]> {
  const out: HostileResult[] = [];
  for (const id of HOSTILE_IDS) {
    log(`hostile: ${id}, ${runs} runs (each stopped after ${RUN_CAP_MS / 1000} s)`);
    out.push(await runWorker(id, runs));
  }
  return out;
}
