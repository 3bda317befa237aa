// Keeping the user's playbook between sessions: the add-in's own browser storage
// (localStorage of the add-in's origin), one key holding the playbook file text. That
// survives Word restarts and applies to every document the user opens. Never Office document
// settings or anything in the document: those travel with the file to the counterparty.
// The stored text is the export format (serializePlaybook), so it carries its schema version
// and goes through parsePlaybook and its migrations when read back, like an imported file.

import { serializePlaybook } from "../../checklist";
import type { ChecklistDefinition } from "../../engine/types";
import { PlaybookStorageError } from "./errors";
import { BUILTIN_STATE, importPlaybookText, type PlaybookState } from "./state";

export const PLAYBOOK_STORAGE_KEY = "ai-license-review.playbook";

/** How many validation errors a notice about a stored playbook quotes. */
const QUOTED_ERRORS = 3;

export interface LoadedPlaybook {
  state: PlaybookState;
  /** Why the stored playbook is not in use, or why changes will not be kept; absent when all is well. */
  problem?: string;
}

export interface PlaybookStore {
  /** The stored playbook, or the built-in checklist with the reason when the stored one cannot be used. Never throws. */
  load(): LoadedPlaybook;
  /** Keeps a custom playbook; throws PlaybookStorageError when storage refuses. */
  save(checklist: ChecklistDefinition): void;
  /** Forgets the stored playbook (back to the built-in); throws PlaybookStorageError when storage refuses. */
  clear(): void;
  /** Calls `listener` when another pane of the add-in changes the stored playbook; returns the unsubscribe. */
  watch(listener: (loaded: LoadedPlaybook) => void): () => void;
}

/** Where the store keeps its text: window.localStorage in the pane, a fake in tests. */
export type StorageAccess = () => Storage | null | undefined;

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** QuotaExceededError is named differently across engines (and code 22 / 1014 in older ones). */
function isQuotaError(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED" || code === 22 || code === 1014;
}

function unavailable(error: unknown): PlaybookStorageError {
  return new PlaybookStorageError(
    "unavailable",
    `This browser does not let the add-in keep data (${reason(error)}), so playbook changes last only until the pane is closed. Export the playbook to keep a copy.`,
  );
}

/** Opens storage; reading window.localStorage itself throws where storage is disabled. */
function open(access: StorageAccess): Storage {
  let storage: Storage | null | undefined;
  try {
    storage = access();
  } catch (error) {
    throw unavailable(error);
  }
  if (!storage) throw unavailable("no storage in this browser");
  return storage;
}

function writeError(error: unknown): PlaybookStorageError {
  if (error instanceof PlaybookStorageError) return error;
  if (isQuotaError(error)) {
    return new PlaybookStorageError(
      "quota",
      "The add-in's storage in this browser is full, so the playbook was not saved: it applies until the pane is closed. Export it to keep a copy.",
    );
  }
  return new PlaybookStorageError("failed", `The playbook could not be saved (${reason(error)}): it applies until the pane is closed. Export it to keep a copy.`);
}

function fromText(text: string | null): LoadedPlaybook {
  if (text === null) return { state: BUILTIN_STATE };
  const result = importPlaybookText(text);
  if (result.ok) return { state: result.state };
  const quoted = result.errors.slice(0, QUOTED_ERRORS).join("; ");
  const more = result.errors.length > QUOTED_ERRORS ? ` (and ${result.errors.length - QUOTED_ERRORS} more)` : "";
  return {
    state: BUILTIN_STATE,
    problem: `Your saved playbook could not be used, so the built-in checklist is in use: ${quoted}${more}. Import a corrected playbook, or reset to the built-in to discard the saved one.`,
  };
}

export function createPlaybookStore(access: StorageAccess, key: string = PLAYBOOK_STORAGE_KEY): PlaybookStore {
  return {
    load() {
      let text: string | null;
      try {
        text = open(access).getItem(key);
      } catch (error) {
        return { state: BUILTIN_STATE, problem: (error instanceof PlaybookStorageError ? error : unavailable(error)).message };
      }
      return fromText(text);
    },
    save(checklist) {
      try {
        open(access).setItem(key, serializePlaybook(checklist));
      } catch (error) {
        throw writeError(error);
      }
    },
    clear() {
      try {
        open(access).removeItem(key);
      } catch (error) {
        throw writeError(error);
      }
    },
    watch(listener) {
      // The storage event fires in the other documents of the origin (another open pane), not the writer.
      if (typeof window === "undefined") return () => undefined;
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener(fromText(event.key === null ? null : event.newValue));
      };
      window.addEventListener("storage", onStorage);
      return () => window.removeEventListener("storage", onStorage);
    },
  };
}

/** The pane's store over the add-in's own localStorage. */
export function browserPlaybookStore(key: string = PLAYBOOK_STORAGE_KEY): PlaybookStore {
  return createPlaybookStore(() => window.localStorage, key);
}
