import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Textarea,
} from "@fluentui/react-components";
import { copyText } from "../../clipboard";
import { canDownload, downloadText } from "../../download";
import { describeError } from "../../errors";
import { MAX_PLAYBOOK_FILE_BYTES, slugOf } from "../../playbook";
import type { PlaybookFileProps } from "./PlaybookFile.types";
import { usePlaybookFileStyles } from "./usePlaybookFileStyles";

/** How many of an invalid file's errors are listed; the rest are counted. */
const LISTED_ERRORS = 10;

type Notice = { intent: "success" | "info" | "error"; title: string; message: string; offerText?: boolean };
type Confirm = "new" | "reset";

/**
 * Starting, resetting, importing and exporting the playbook. An invalid file changes nothing
 * and its errors are listed with their field paths. Replacing a custom playbook asks first:
 * it exists only in this browser unless it was exported.
 */
export const PlaybookFile: React.FC<PlaybookFileProps> = ({ playbook, downloadsBlocked }) => {
  const styles = usePlaybookFileStyles();
  const [confirm, setConfirm] = React.useState<Confirm | null>(null);
  const [importFailure, setImportFailure] = React.useState<{ file: string; errors: string[] } | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [exportText, setExportText] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState<Notice | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const importErrorBar = React.useRef<HTMLDivElement>(null);
  const confirmButton = React.useRef<HTMLButtonElement>(null);
  const exportArea = React.useRef<HTMLTextAreaElement>(null);
  const exportButton = React.useRef<HTMLButtonElement>(null);
  const { custom } = playbook.state;

  React.useEffect(() => {
    if (importFailure) importErrorBar.current?.focus();
  }, [importFailure]);
  React.useEffect(() => {
    if (confirm) confirmButton.current?.focus();
  }, [confirm]);
  React.useEffect(() => {
    if (exportText !== null) exportArea.current?.focus();
  }, [exportText]);

  const clear = () => {
    setImportFailure(null);
    setNotice(null);
    setConfirm(null);
  };

  const run = (action: Confirm) => {
    clear();
    if (action === "new") {
      playbook.newFromBuiltin();
      setNotice({ intent: "success", title: "New playbook", message: "Your custom playbook starts as a copy of the built-in checklist." });
    } else {
      playbook.resetToBuiltin();
      setNotice({ intent: "success", title: "Reset", message: "Reviews use the built-in checklist again." });
    }
  };
  // Only a custom playbook is lost by these; the built-in one cannot be.
  const ask = (action: Confirm) => {
    if (!custom) {
      run(action);
      return;
    }
    clear();
    setConfirm(action);
  };

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires a change.
    input.value = "";
    if (!file) return;
    clear();
    if (file.size > MAX_PLAYBOOK_FILE_BYTES) {
      setImportFailure({ file: file.name, errors: [`(playbook): the file is ${(file.size / 1048576).toFixed(1)} MB; a playbook may be at most ${MAX_PLAYBOOK_FILE_BYTES / 1048576} MB`] });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setImportFailure({ file: file.name, errors: [`(playbook): the file could not be read (${describeError(error).message})`] });
      return;
    }
    const outcome = playbook.importText(text);
    if (!outcome.ok) {
      setImportFailure({ file: file.name, errors: outcome.errors });
      return;
    }
    setNotice({ intent: "success", title: "Imported", message: `${file.name} is now the playbook in use.` });
  };

  const onExport = () => {
    clear();
    const text = playbook.exportText();
    if (downloadsBlocked || !canDownload()) {
      setExportText(text);
      return;
    }
    const name = `${slugOf(playbook.state.checklist.title, 60)}.json`;
    try {
      downloadText(name, text);
    } catch (error) {
      setNotice({ intent: "error", title: "The file could not be saved", message: `${describeError(error).message} The playbook is shown below to copy.` });
      setExportText(text);
      return;
    }
    setNotice({
      intent: "info",
      title: "Exported",
      message: `${name} was offered to your downloads folder. If no file appears (Word on some platforms blocks downloads), show the playbook as text and copy it.`,
      offerText: true,
    });
  };

  const onCopy = async () => {
    if (exportText === null) return;
    try {
      await copyText(exportText);
      setCopied({ intent: "success", title: "Copied", message: "Paste it into a file ending in .json." });
    } catch (error) {
      setCopied({ intent: "error", title: "Not copied", message: describeError(error).message });
    }
  };

  const listed = importFailure?.errors.slice(0, LISTED_ERRORS) ?? [];
  const unlisted = (importFailure?.errors.length ?? 0) - listed.length;

  return (
    <div className={styles.root}>
      <div className={styles.buttons}>
        <Button onClick={() => ask("new")}>New from built-in</Button>
        {/* Also offered when a stored playbook could not be loaded: resetting discards it. */}
        <Button onClick={() => ask("reset")} disabled={!custom && !playbook.loadProblem}>
          Reset to built-in
        </Button>
        <Button onClick={() => fileInput.current?.click()}>Import…</Button>
        <Button ref={exportButton} onClick={onExport}>
          Export
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="playbook-file-input"
          onChange={(event) => void onFile(event)}
        />
      </div>

      {confirm && (
        <MessageBar intent="warning" layout="multiline" data-testid="playbook-confirm">
          <MessageBarBody>
            <MessageBarTitle>{confirm === "new" ? "Start again from the built-in?" : "Go back to the built-in checklist?"}</MessageBarTitle>
            {`This discards ${playbook.name}, which is kept only in this browser. Export it first to keep a copy.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button ref={confirmButton} appearance="primary" size="small" onClick={() => run(confirm)}>
              {confirm === "new" ? "Start again" : "Reset"}
            </Button>
            <Button size="small" onClick={() => setConfirm(null)}>
              Cancel
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      {importFailure && (
        <MessageBar
          intent="error"
          layout="multiline"
          politeness="assertive"
          ref={importErrorBar}
          tabIndex={-1}
          data-testid="playbook-import-error"
        >
          <MessageBarBody>
            <MessageBarTitle>{`${importFailure.file} was not imported; the playbook in use is unchanged`}</MessageBarTitle>
            <ul className={styles.errors}>
              {listed.map((error, i) => (
                <li key={i}>{error}</li>
              ))}
              {unlisted > 0 && <li>{`and ${unlisted} more`}</li>}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" data-testid="playbook-notice">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.message}
          </MessageBarBody>
          {notice.offerText && (
            <MessageBarActions>
              <Button size="small" onClick={() => setExportText(playbook.exportText())}>
                Show as text
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}

      {exportText !== null && (
        <>
          <Field label="Playbook file (JSON)" hint="Copy it into a file ending in .json to keep it or share it with colleagues.">
            <Textarea ref={exportArea} className={styles.exportText} value={exportText} readOnly resize="vertical" rows={8} data-testid="playbook-export-text" />
          </Field>
          <div className={styles.buttons}>
            <Button size="small" onClick={() => void onCopy()}>
              Copy
            </Button>
            <Button
              size="small"
              onClick={() => {
                setExportText(null);
                setCopied(null);
                exportButton.current?.focus();
              }}
            >
              Close
            </Button>
          </div>
          {copied && (
            <MessageBar intent={copied.intent}>
              <MessageBarBody>
                <MessageBarTitle>{copied.title}</MessageBarTitle>
                {copied.message}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </div>
  );
};
