// Preview entry point: the page creates the simulated document and the real Word port itself.
// The playbook is kept under a key of its own: the preview can be served from the same origin
// as a development task pane (https://localhost:3000), whose playbook it must not overwrite.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { browserPlaybookStore } from "../taskpane/playbook";
import { PreviewPage } from "./components/PreviewPage/PreviewPage";
import { createPreviewSession } from "./previewSession";

const playbookStore = browserPlaybookStore("ai-license-review.preview.playbook");

createRoot(document.getElementById("root")!).render(<PreviewPage createSession={createPreviewSession} playbookStore={playbookStore} />);
