import type { PlaybookStore } from "../../../taskpane/playbook";
import type { PreviewSession } from "../../previewSession";
import type { SampleId } from "../../samples";

export interface PreviewPageProps {
  /** Creates the simulated document and its port; called again when the sample changes. */
  createSession(sample: SampleId): PreviewSession;
  initialSample?: SampleId;
  /** The pane's playbook store; it outlives sample changes, as the add-in's storage outlives documents. */
  playbookStore: PlaybookStore;
}
