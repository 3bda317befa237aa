// Summaries of repeated timings. Medians and percentiles by the nearest-rank method on the
// sorted samples: with the few runs a short benchmark can afford, interpolation would
// only pretend to a precision the samples do not have.

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  p10: number;
  p90: number;
}

function rank(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new Error("summarize: no samples");
  const sorted = samples.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: sorted.length, median, min: sorted[0], max: sorted[sorted.length - 1], p10: rank(sorted, 0.1), p90: rank(sorted, 0.9) };
}

/** Rounds every number of a summary for printing and JSON (timings to 0.01 ms). */
export function rounded(s: Summary, digits = 2): Summary {
  const r = (x: number) => Number(x.toFixed(digits));
  return { runs: s.runs, median: r(s.median), min: r(s.min), max: r(s.max), p10: r(s.p10), p90: r(s.p90) };
}
