// Reading a user's playbook: a JSON file in the checklist schema. Validation
// reports every problem with its field path ("areas[3].fallbacks.licensee[1].text:
// required"), so the user can fix the file; an invalid playbook is never used.

import type { ChecklistDefinition } from "../engine/types";
import { checklistSchema, formatPath, SCHEMA_VERSION } from "./schema";

export type PlaybookResult = { ok: true; checklist: ChecklistDefinition } | { ok: false; errors: string[] };

/**
 * Upgrades a playbook written by an older version to the current schema. Each
 * step takes version N to N + 1, so a file from any older version loads. Version 1
 * is the first published format; a file without a version is read as version 1
 * (hand-written playbooks often leave it out).
 */
const MIGRATIONS: Record<number, (playbook: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(json: Record<string, unknown>): { ok: true; value: Record<string, unknown> } | { ok: false; error: string } {
  let version = json.schemaVersion === undefined ? 1 : json.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: "schemaVersion: must be a whole number from 1" };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, error: `schemaVersion: ${version} was written by a newer version of AI License Review (this one reads up to ${SCHEMA_VERSION}); update the add-in` };
  }
  let value = { ...json, schemaVersion: version };
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: `schemaVersion: no upgrade from version ${version}` };
    value = { ...step(value), schemaVersion: ++version };
  }
  return { ok: true, value };
}

/** Validates a parsed JSON value as a playbook. An invalid playbook is reported field by field and never used. */
export function parsePlaybook(json: unknown): PlaybookResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, errors: ["(playbook): must be a JSON object"] };
  }
  const migrated = migrate(json as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const parsed = checklistSchema.safeParse(migrated.value);
  if (parsed.success) return { ok: true, checklist: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
}

/** Parses playbook file text: JSON syntax errors are reported like schema errors, with where they are. */
export function parsePlaybookText(text: string): PlaybookResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, errors: [`(playbook): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parsePlaybook(json);
}

/** The playbook file for a checklist: what "export" writes and "import" reads back. */
export function serializePlaybook(checklist: ChecklistDefinition): string {
  return JSON.stringify({ ...checklist, schemaVersion: SCHEMA_VERSION }, null, 2) + "\n";
}
