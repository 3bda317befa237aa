// Reading a user's playbook: a JSON file in the checklist schema. Validation
// reports every problem with its field path ("areas[3].fallbacks.licensee[1].text:
// required"), so the user can fix the file; an invalid playbook is never used.

import type { ChecklistDefinition } from "../engine/types";
import { checklistSchema, formatPath, SCHEMA_VERSION } from "./schema";

export type PlaybookResult = { ok: true; checklist: ChecklistDefinition } | { ok: false; errors: string[] };

/** Upgrades a playbook written by an older version of the add-in to the current schema. */
function migrate(json: unknown): unknown {
  if (typeof json !== "object" || json === null || Array.isArray(json)) return json;
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (version === SCHEMA_VERSION) return json;
  return json;
}

export function parsePlaybook(json: unknown): PlaybookResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, errors: ["(playbook): must be a JSON object"] };
  }
  const parsed = checklistSchema.safeParse(migrate(json));
  if (parsed.success) return { ok: true, checklist: parsed.data };
  return { ok: false, errors: parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`) };
}
