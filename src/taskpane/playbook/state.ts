// The playbook in use and the ways it changes. Every change is validated by the
// checklist schema (parsePlaybook) before it is taken, so the pane can never hold, store or
// review with a playbook the CLI would reject; a rejected change leaves the state as it was.

import { builtinChecklist, parsePlaybook, parsePlaybookText } from "../../checklist";
import type { ChecklistDefinition } from "../../engine/types";
import { PlaybookEditError } from "./errors";
import type { PlaybookEdit } from "./edits";

export interface PlaybookState {
  /** The checklist the review applies. */
  checklist: ChecklistDefinition;
  /** The user's own playbook (kept in storage), or false for the built-in checklist. */
  custom: boolean;
}

export type PlaybookChange = { ok: true; state: PlaybookState } | { ok: false; errors: string[] };

/** Files larger than this are refused before parsing (the CLI's limit too); the built-in file is about 0.3 MB. */
export const MAX_PLAYBOOK_FILE_BYTES = 5 * 1024 * 1024;

export const BUILTIN_STATE: PlaybookState = { checklist: builtinChecklist, custom: false };

/** "AI licensing checklist (built-in)" or "Firm playbook (custom)". */
export function playbookName(state: PlaybookState): string {
  return `${state.checklist.title} (${state.custom ? "custom" : "built-in"})`;
}

/**
 * A custom playbook that starts as a copy of the built-in checklist. Its id differs so that
 * a review's summary ("against ai-licensing-custom 1.0.0") does not claim the built-in was used.
 */
export function newFromBuiltin(): PlaybookState {
  return { checklist: { ...builtinChecklist, id: `${builtinChecklist.id}-custom` }, custom: true };
}

function validated(candidate: ChecklistDefinition): PlaybookChange {
  const result = parsePlaybook(candidate);
  return result.ok ? { ok: true, state: { checklist: result.checklist, custom: true } } : { ok: false, errors: result.errors };
}

/**
 * Applies an edit. Editing the built-in checklist starts a custom playbook from it (the
 * built-in itself never changes). Refused edits and invalid results come back as errors.
 */
export function applyEdit(state: PlaybookState, edit: PlaybookEdit): PlaybookChange {
  const base = state.custom ? state.checklist : newFromBuiltin().checklist;
  let candidate: ChecklistDefinition;
  try {
    candidate = edit(base);
  } catch (error) {
    // Only refusals meant for the user become messages; anything else is a bug and propagates.
    if (error instanceof PlaybookEditError) return { ok: false, errors: [error.message] };
    throw error;
  }
  return validated(candidate);
}

/** Reads a playbook file's text; an invalid file changes nothing and is reported field by field. */
export function importPlaybookText(text: string): PlaybookChange {
  const result = parsePlaybookText(text);
  return result.ok ? { ok: true, state: { checklist: result.checklist, custom: true } } : { ok: false, errors: result.errors };
}
