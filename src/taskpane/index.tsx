// Task pane entry point: wait for Office (bounded), then render the pane over the Word port
// and the playbook kept in the add-in's own browser storage.
import * as React from "react";
import { createRoot } from "react-dom/client";
import { createWordPort } from "../word/adapter";
import { App } from "./components/App/App";
import { waitForOffice } from "./environment";
import { browserPlaybookStore } from "./playbook";

void waitForOffice().then((environment) => {
  createRoot(document.getElementById("root")!).render(<App port={createWordPort()} playbookStore={browserPlaybookStore()} environment={environment} />);
});
