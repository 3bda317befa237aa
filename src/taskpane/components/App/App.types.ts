import type { DocumentPort } from "../../../word/port";
import type { PaneEnvironment } from "../../environment";
import type { PlaybookStore } from "../../playbook";

export interface AppProps {
  /** The only way the pane touches the document (Word, or the simulation in the preview). */
  port: DocumentPort;
  /** Where the user's playbook is kept: the add-in's localStorage in Word, a fake in tests. */
  playbookStore: PlaybookStore;
  /** Where the pane runs and the Office theme; defaults to Word with the light theme. */
  environment?: PaneEnvironment;
}
