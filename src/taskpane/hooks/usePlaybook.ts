import * as React from "react";
import { serializePlaybook } from "../../checklist";
import {
  applyEdit,
  BUILTIN_STATE,
  importPlaybookText,
  newFromBuiltin,
  PlaybookStorageError,
  playbookName,
  type PlaybookChange,
  type PlaybookEdit,
  type PlaybookState,
  type PlaybookStore,
} from "../playbook";

export type PlaybookOutcome = { ok: true } | { ok: false; errors: string[] };

export interface PlaybookApi {
  state: PlaybookState;
  /** "AI licensing checklist (built-in)" or "<title> (custom)". */
  name: string;
  /** Why the stored playbook is not in use (corrupt, invalid, storage disabled); cleared when the user replaces or resets it. */
  loadProblem?: string;
  /** Why the last change could not be kept in storage; the change still applies in this pane. */
  saveProblem?: string;
  /** Validates and applies an edit; a refused edit changes nothing and returns the reasons. */
  edit(edit: PlaybookEdit): PlaybookOutcome;
  /** Replaces the playbook with a file's text; an invalid file changes nothing and returns the reasons. */
  importText(text: string): PlaybookOutcome;
  /** Starts a custom playbook as a copy of the built-in checklist. */
  newFromBuiltin(): void;
  /** Forgets the custom playbook and uses the built-in checklist. */
  resetToBuiltin(): void;
  /** The playbook file text of the playbook in use. */
  exportText(): string;
}

/**
 * The playbook in use, loaded once from the store and kept there after every accepted
 * change. Changes are computed from a ref of the current state, not inside a state updater,
 * so their validation result can be returned to the control that asked (updaters run later,
 * and twice under StrictMode).
 */
export function usePlaybook(store: PlaybookStore): PlaybookApi {
  const [initial] = React.useState(() => store.load());
  const [state, setState] = React.useState<PlaybookState>(initial.state);
  const [loadProblem, setLoadProblem] = React.useState<string | undefined>(initial.problem);
  const [saveProblem, setSaveProblem] = React.useState<string | undefined>();
  const current = React.useRef(state);

  // Another open pane (another document) saved or reset the playbook: follow it.
  React.useEffect(
    () =>
      store.watch((loaded) => {
        current.current = loaded.state;
        setState(loaded.state);
        setLoadProblem(loaded.problem);
      }),
    [store],
  );

  const take = React.useCallback(
    (next: PlaybookState) => {
      current.current = next;
      setState(next);
      // The user has replaced the playbook that could not be loaded; whether this one is kept is said below.
      setLoadProblem(undefined);
      try {
        if (next.custom) store.save(next.checklist);
        else store.clear();
        setSaveProblem(undefined);
      } catch (error) {
        // A storage refusal is shown and the change stays in this pane; anything else is a bug.
        if (!(error instanceof PlaybookStorageError)) throw error;
        setSaveProblem(error.message);
      }
    },
    [store],
  );

  const settle = React.useCallback(
    (change: PlaybookChange): PlaybookOutcome => {
      if (!change.ok) return change;
      take(change.state);
      return { ok: true };
    },
    [take],
  );

  return {
    state,
    name: playbookName(state),
    loadProblem,
    saveProblem,
    edit: React.useCallback((edit: PlaybookEdit) => settle(applyEdit(current.current, edit)), [settle]),
    importText: React.useCallback((text: string) => settle(importPlaybookText(text)), [settle]),
    newFromBuiltin: React.useCallback(() => take(newFromBuiltin()), [take]),
    resetToBuiltin: React.useCallback(() => take(BUILTIN_STATE), [take]),
    exportText: React.useCallback(() => serializePlaybook(current.current.checklist), []),
  };
}
