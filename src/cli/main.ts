// The command line (docs/cli-contract.md). main(argv) parses the arguments, runs
// one command and returns the exit code; it never calls process.exit, so stdout
// is flushed and tests can run it in-process with their own streams.
//   0  a completed review, whatever it found
//   1  --fail-on risk|missing and some area of some file has that status
//   2  bad input: one line on stderr ("error: <reason>"), nothing on stdout,
//      nothing written
//   3  an internal error (a bug, not the input's fault): one line on stderr; the
//      stack only with AI_LICENSE_REVIEW_DEBUG=1
//
// scan over several files or a folder (batch): the folder's .docx, .txt and .md
// files (not its subfolders; hidden files and Word's "~$" lock files skipped),
// sorted by name. Every file is read and reviewed before anything is printed, so
// one bad file makes the run exit 2 with that file's reason and no partial
// report. The report is a summary table (file x area) then each file's report;
// with --format json it is a JSON array of the single-file objects, in the same
// order. A batch is any run with more than one file or with a folder argument,
// so the JSON's shape depends only on the command line, not on a folder's content.

import { Command, CommanderError, Option } from "commander";
import { constants as fsConstants, promises as fs } from "node:fs";
import * as path from "node:path";
import { builtinChecklist, parsePlaybook } from "../checklist";
import { PatternError, review as runReview, WorkLimitExceeded, type ChecklistDefinition, type Review, type Side, type Status } from "../engine";
import { FORMATS, formatReview, formatReviews, type Format } from "../report";
import { redline } from "./docx/redline";
import { InputError, reason } from "./errors";
import { checkExtension, decodeText, extensionOf, fsError, openDocx, readBytes, readDocument, SUPPORTED_EXTENSIONS } from "./read";
import { DEFAULT_LIMITS } from "./docx/package";
import { version } from "../../package.json";

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Progress lines are shown only on a terminal, so logs and pipelines stay clean. */
  stderrIsTTY: boolean;
}

export const processIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  get stderrIsTTY() {
    return process.stderr.isTTY === true;
  },
};

const SIDES_CHOICES: Side[] = ["licensee", "licensor"];
const MAX_PLAYBOOK_BYTES = 5 * 1024 * 1024;

/** The checklist to apply: the built-in one, or a user's playbook validated field by field. */
export async function loadChecklist(file: string | undefined): Promise<ChecklistDefinition> {
  if (file === undefined) return builtinChecklist;
  const text = decodeText(await readBytes(file, MAX_PLAYBOOK_BYTES), file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new InputError(`${file}: invalid playbook (not valid JSON: ${reason(err)})`);
  }
  const result = parsePlaybook(json);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : "";
    throw new InputError(`${file}: invalid playbook: ${result.errors[0] ?? "rejected"}${more}`);
  }
  return result.checklist;
}

/** Runs the engine; a pattern the playbook validation let through is still the playbook's fault, not ours. */
function reviewOrExplain(doc: Parameters<typeof runReview>[0], checklist: ChecklistDefinition, perspective: Side, playbook: string | undefined): Review {
  try {
    return runReview(doc, checklist, { perspective });
  } catch (err) {
    if (err instanceof PatternError && playbook !== undefined) throw new InputError(`${playbook}: invalid playbook: ${reason(err)}`);
    if (err instanceof WorkLimitExceeded) throw new InputError(`${doc.file ?? "document"}: ${reason(err)}`);
    throw err;
  }
}

/** The files a scan covers, in order (see the header for what a folder contributes). */
export async function expandInputs(args: string[]): Promise<{ files: string[]; batch: boolean }> {
  const files: string[] = [];
  let folder = false;
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (err) {
      throw fsError(arg, err);
    }
    if (!stat.isDirectory()) {
      checkExtension(arg);
      files.push(arg);
      continue;
    }
    folder = true;
    let names: string[];
    try {
      names = await fs.readdir(arg);
    } catch (err) {
      throw fsError(arg, err);
    }
    const found = names
      .filter((n) => !n.startsWith(".") && !n.startsWith("~$") && (SUPPORTED_EXTENSIONS as readonly string[]).includes(extensionOf(n)))
      .sort()
      .map((n) => path.join(arg, n));
    const regular: string[] = [];
    for (const f of found) if ((await fs.stat(f).catch(() => undefined))?.isFile()) regular.push(f);
    if (regular.length === 0) throw new InputError(`${arg}: no .docx, .txt or .md files in this folder`);
    files.push(...regular);
  }
  return { files, batch: folder || files.length > 1 };
}

interface ScanOptions {
  perspective: Side;
  format: Format;
  checklist?: string;
  failOn?: Status;
}

async function scan(args: string[], opts: ScanOptions, io: CliIo): Promise<number> {
  const checklist = await loadChecklist(opts.checklist);
  const { files, batch } = await expandInputs(args);
  const progress = io.stderrIsTTY && files.length > 1;
  const reviews: Review[] = [];
  try {
    for (const [i, file] of files.entries()) {
      // "\r" and erase-line: one progress line that updates in place on a terminal.
      if (progress) io.stderr(`\r\x1b[K[${i + 1}/${files.length}] ${file}`);
      const doc = await readDocument(file);
      reviews.push(reviewOrExplain(doc, checklist, opts.perspective, opts.checklist));
    }
  } finally {
    if (progress) io.stderr("\r\x1b[K");
  }
  io.stdout(batch ? formatReviews(reviews, opts.format) : formatReview(reviews[0], opts.format));
  const failing = opts.failOn;
  return failing && reviews.some((r) => r.areas.some((a) => a.status === failing)) ? 1 : 0;
}

interface RedlineCliOptions {
  out: string;
  perspective: Side;
  checklist?: string;
  force?: boolean;
}

/** Refuses an --out we must not or cannot write, before any work is done. */
async function checkOutput(input: string, out: string, force: boolean): Promise<void> {
  if (extensionOf(out) !== ".docx") throw new InputError(`${out}: --out must be a .docx file`);
  if (path.resolve(out) === path.resolve(input)) throw new InputError(`${out}: --out must not be the input file`);
  const existing = await fs.stat(out).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return undefined;
    throw fsError(out, err);
  });
  if (existing?.isDirectory()) throw new InputError(`${out}: is a directory`);
  if (existing && !force) throw new InputError(`${out}: exists; use --force to overwrite`);
  const dir = path.dirname(path.resolve(out));
  try {
    await fs.access(dir, fsConstants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`${out}: cannot write (${code === "ENOENT" ? "folder does not exist" : "folder is not writable"})`);
  }
}

async function redlineCommand(input: string, opts: RedlineCliOptions, io: CliIo): Promise<number> {
  if (extensionOf(input) !== ".docx") {
    checkExtension(input); // unsupported types get their own reason
    throw new InputError(`${input}: redline needs a .docx file (a redline of ${extensionOf(input)} input has nowhere to keep tracked changes)`);
  }
  await checkOutput(input, opts.out, opts.force === true);
  const checklist = await loadChecklist(opts.checklist);
  const bytes = await readBytes(input, DEFAULT_LIMITS.maxFileBytes);
  const opened = await openDocx(bytes, input);
  const review = reviewOrExplain({ paragraphs: opened.paragraphs, file: path.basename(input) }, checklist, opts.perspective, opts.checklist);
  const result = await redline(opened, review);
  // Written beside the target then renamed: a failed write leaves no half-written .docx behind.
  const tmp = path.join(path.dirname(path.resolve(opts.out)), `.${path.basename(opts.out)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(tmp, result.bytes, { flag: "wx" });
    await fs.rename(tmp, opts.out);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw new InputError(`${opts.out}: cannot write (${reason(err)})`);
  }
  const anchors = result.paragraphAnchors ? ` (${result.paragraphAnchors} on a whole paragraph)` : "";
  io.stderr(
    `Wrote ${opts.out}: ${result.insertedParagraphs} tracked paragraph${result.insertedParagraphs === 1 ? "" : "s"} inserted, ` +
      `${result.comments} comment${result.comments === 1 ? "" : "s"}${anchors}; ${review.summary.risk} at risk, ${review.summary.missing} missing, ${review.summary.ok} ok.\n`,
  );
  return 0;
}

function perspectiveOption(): Option {
  return new Option("--perspective <side>", "the side you act for").choices(SIDES_CHOICES).default("licensee");
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  const program = new Command("ai-license-review")
    .description("Review AI licensing agreements against a checklist of AI-specific risk areas.")
    .version(version, "--version", "print the version")
    .exitOverride()
    // Commander prints its own errors; we print one line ourselves in the catch below.
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined })
    .showSuggestionAfterError(true);

  program
    .command("scan")
    .description("review files or folders and print a report on stdout")
    .argument("<files...>", ".docx, .txt or .md files, or folders of them")
    .addOption(perspectiveOption())
    .addOption(new Option("--format <format>", "report format").choices(FORMATS).default("text"))
    .option("--checklist <playbook>", "a playbook JSON file to use instead of the built-in checklist")
    .addOption(new Option("--fail-on <status>", "exit 1 when any area has this status").choices(["risk", "missing"]))
    .action(async (files: string[], opts: ScanOptions) => {
      code = await scan(files, opts, io);
    });

  program
    .command("redline")
    .description("write a copy of a .docx with fallback clauses as tracked insertions and comments on flagged sentences")
    .argument("<file>", "the .docx to redline")
    .requiredOption("--out <file>", "where to write the redlined .docx")
    .addOption(perspectiveOption())
    .option("--checklist <playbook>", "a playbook JSON file to use instead of the built-in checklist")
    .option("--force", "overwrite --out if it exists")
    .action(async (file: string, opts: RedlineCliOptions) => {
      code = await redlineCommand(file, opts, io);
    });

  if (argv.length === 0) {
    // Commander would print the whole help on stderr; the contract wants one line.
    io.stderr("error: missing command: scan or redline (see --help)\n");
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === "commander.helpDisplayed" || err.code === "commander.version" || err.exitCode === 0) return 0;
      const message = oneLine(err.message);
      io.stderr(`${message.startsWith("error:") ? message : `error: ${message}`}\n`);
      return 2;
    }
    if (err instanceof InputError) {
      io.stderr(`error: ${err.message}\n`);
      return 2;
    }
    io.stderr(`internal error: ${reason(err)} (please report this with the input that caused it)\n`);
    if (process.env.AI_LICENSE_REVIEW_DEBUG === "1" && err instanceof Error && err.stack) io.stderr(`${err.stack}\n`);
    return 3;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").trim();
}
