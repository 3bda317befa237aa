// Scores the built-in checklist against the labelled corpus in ../shared/corpus
// (not part of this repository), as ../shared/corpus/README.md defines:
//   status accuracy  share of (file, side, area) triples whose status matches
//   false ok         triples labelled risk or missing that the review calls ok
//   evidence recall  of triples labelled risk or ok, the share where a finding of
//                    that area points at a sentence containing a labelled evidence string
// Usage: npm run eval [-- --corpus DIR] [--json] [--details]

import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { builtinChecklist } from "../src/checklist";
import { readDocument } from "../src/cli/read";
import { analyze, reviewFor, SIDES, type Review, type Side, type Status } from "../src/engine";

interface Label {
  status: Status;
  evidence: string[];
  note?: string;
}
type Labels = Record<string, { parties: unknown } & Record<Side, Record<string, Label>>>;

interface Tally {
  total: number;
  correct: number;
  falseOk: number;
  falseOkHigh: number;
  evidenceTotal: number;
  evidenceHit: number;
}

const empty = (): Tally => ({ total: 0, correct: 0, falseOk: 0, falseOkHigh: 0, evidenceTotal: 0, evidenceHit: 0 });

function pct(n: number, d: number): string {
  return d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function args(argv: string[]) {
  const out = { corpus: path.resolve(__dirname, "..", "..", "shared", "corpus"), json: false, details: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--corpus") out.corpus = path.resolve(argv[++i] ?? "");
    else if (argv[i] === "--json") out.json = true;
    else if (argv[i] === "--details") out.details = true;
    else {
      process.stderr.write(`eval: unknown option ${argv[i]} (expected --corpus DIR, --json, --details)\n`);
      process.exit(2);
    }
  }
  return out;
}

async function main(): Promise<number> {
  const opts = args(process.argv.slice(2));
  const dev = path.join(opts.corpus, "dev");
  const labelsFile = path.join(dev, "labels.json");
  if (!existsSync(labelsFile)) {
    process.stderr.write(
      `eval: no labelled corpus at ${dev} (labels.json missing). The corpus lives outside this repository, in ../shared/corpus; ` +
        `pass --corpus DIR to point at a copy. Nothing was evaluated.\n`,
    );
    return 2;
  }
  const labels = JSON.parse(readFileSync(labelsFile, "utf8")) as Labels;
  const files = readdirSync(dev).filter((f) => labels[f]);
  const byArea = new Map<string, Record<Side, Tally>>();
  const byFile = new Map<string, Record<Side, Tally>>();
  const overall: Record<Side, Tally> = { licensee: empty(), licensor: empty() };
  const misses: string[] = [];
  const severityOf = new Map(builtinChecklist.areas.map((a) => [a.id, a.severity]));

  for (const file of files) {
    const doc = await readDocument(path.join(dev, file));
    const analysis = analyze(doc, builtinChecklist);
    for (const side of SIDES) {
      const review: Review = reviewFor(analysis, { perspective: side }, file);
      for (const area of review.areas) {
        const label = labels[file][side][area.id];
        if (!label) continue;
        const tallies = [overall[side], (byArea.get(area.id) ?? byArea.set(area.id, { licensee: empty(), licensor: empty() }).get(area.id)!)[side],
          (byFile.get(file) ?? byFile.set(file, { licensee: empty(), licensor: empty() }).get(file)!)[side]];
        const correct = label.status === area.status;
        const falseOk = area.status === "ok" && label.status !== "ok";
        let evidenceHit = false;
        if (label.status !== "missing") {
          evidenceHit = area.findings.some((f) => label.evidence.some((e) => f.text.includes(e)));
        }
        for (const t of tallies) {
          t.total++;
          if (correct) t.correct++;
          if (falseOk) {
            t.falseOk++;
            if (severityOf.get(area.id) === "high") t.falseOkHigh++;
          }
          if (label.status !== "missing") {
            t.evidenceTotal++;
            if (evidenceHit) t.evidenceHit++;
          }
        }
        if (!correct || (label.status !== "missing" && !evidenceHit)) {
          misses.push(
            `${file} ${side} ${area.id}: labelled ${label.status}, got ${area.status}` +
              (label.status !== "missing" && !evidenceHit ? " (evidence missed)" : "") +
              (opts.details ? `\n    label: ${label.note ?? ""}\n    evidence: ${label.evidence.join(" | ")}\n    findings: ${area.findings.map((f) => `[${f.kind} ${f.ruleId}] ${f.text.slice(0, 160)}`).join("\n              ")}` : ""),
          );
        }
      }
    }
  }

  if (opts.json) {
    const summarise = (t: Tally) => ({
      statusAccuracy: t.total ? t.correct / t.total : null,
      falseOk: t.falseOk,
      falseOkHighSeverity: t.falseOkHigh,
      evidenceRecall: t.evidenceTotal ? t.evidenceHit / t.evidenceTotal : null,
      triples: t.total,
    });
    const perSide = (m: Map<string, Record<Side, Tally>>) =>
      Object.fromEntries([...m].map(([k, v]) => [k, { licensee: summarise(v.licensee), licensor: summarise(v.licensor) }]));
    process.stdout.write(
      JSON.stringify({ overall: { licensee: summarise(overall.licensee), licensor: summarise(overall.licensor) }, areas: perSide(byArea), files: perSide(byFile) }, null, 2) + "\n",
    );
    return 0;
  }

  const row = (name: string, t: Record<Side, Tally>) =>
    `${name.padEnd(44)} ${pct(t.licensee.correct, t.licensee.total)} ${pct(t.licensor.correct, t.licensor.total)}  ${String(t.licensee.falseOk + t.licensor.falseOk).padStart(4)}  ${pct(t.licensee.evidenceHit + t.licensor.evidenceHit, t.licensee.evidenceTotal + t.licensor.evidenceTotal)}`;
  const header = `${"".padEnd(44)} ${"LE acc".padStart(6)} ${"LR acc".padStart(6)}  ${"f-ok".padStart(4)}  ${"evid.".padStart(6)}`;
  const out: string[] = [];
  out.push(`Corpus: ${dev} (${files.length} files)`, "", "Per area", header);
  for (const area of builtinChecklist.areas) if (byArea.has(area.id)) out.push(row(area.id, byArea.get(area.id)!));
  out.push("", "Per file", header);
  for (const [file, t] of byFile) out.push(row(file.slice(0, 44), t));
  out.push("", "Overall", header, row("all", overall));
  out.push(
    "",
    `Status accuracy: licensee ${pct(overall.licensee.correct, overall.licensee.total).trim()}, licensor ${pct(overall.licensor.correct, overall.licensor.total).trim()}`,
    `False ok: ${overall.licensee.falseOk + overall.licensor.falseOk} (on high-severity areas: ${overall.licensee.falseOkHigh + overall.licensor.falseOkHigh})`,
    `Evidence recall: ${pct(overall.licensee.evidenceHit + overall.licensor.evidenceHit, overall.licensee.evidenceTotal + overall.licensor.evidenceTotal).trim()}`,
  );
  if (misses.length) out.push("", `Mismatches (${misses.length}):`, ...misses.map((m) => `  ${m}`));
  process.stdout.write(out.join("\n") + "\n");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
