// Preview entry point: the page creates the simulated document and the real Word port itself.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { PreviewPage } from "./components/PreviewPage/PreviewPage";
import { createPreviewSession } from "./previewSession";

createRoot(document.getElementById("root")!).render(<PreviewPage createSession={createPreviewSession} />);
