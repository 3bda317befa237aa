import type { DocumentPort } from "../../../word/port";
import type { PaneEnvironment } from "../../environment";

export interface AppProps {
  /** The only way the pane touches the document (Word, or the simulation in the preview). */
  port: DocumentPort;
  /** Where the pane runs and the Office theme; defaults to Word with the light theme. */
  environment?: PaneEnvironment;
}
