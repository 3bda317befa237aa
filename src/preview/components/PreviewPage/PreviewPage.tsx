import * as React from "react";
import { Badge, Caption1, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import { App } from "../../../taskpane/components/App/App";
import type { PaneEnvironment } from "../../../taskpane/environment";
import { useSimView } from "../../hooks/useSimView";
import type { SampleId } from "../../samples";
import { SimulatedDocument } from "../SimulatedDocument/SimulatedDocument";
import { SimulationControls } from "../SimulationControls/SimulationControls";
import type { PreviewPageProps } from "./PreviewPage.types";
import { usePreviewPageStyles } from "./usePreviewPageStyles";

const PREVIEW_ENVIRONMENT: PaneEnvironment = { host: "simulated", theme: "light" };

export const PreviewPage: React.FC<PreviewPageProps> = ({ createSession, initialSample = "clean", playbookStore }) => {
  const styles = usePreviewPageStyles();
  // Created once here rather than in an effect: the pane needs its port on first render.
  const [session, setSession] = React.useState(() => createSession(initialSample));
  const view = useSimView(session.sim);

  const changeSample = (sample: SampleId) => {
    session.dispose();
    setSession(createSession(sample));
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.root}>
        <header className={styles.banner}>
          <div className={styles.titleRow}>
            <Badge appearance="filled" color="warning" size="large">
              PREVIEW
            </Badge>
            <Title3 as="h1" className={styles.title}>
              Simulated Word document, not Microsoft Word
            </Title3>
          </div>
          <Caption1>
            The task pane on the right is the real add-in, driving the real Word adapter against a simulation of the Word
            API. Click in the document to place the cursor; insertions appear as tracked changes.
          </Caption1>
          <SimulationControls sim={session.sim} view={view} sample={session.sample} onSampleChange={changeSample} />
        </header>
        <div className={styles.workspace}>
          <div className={styles.documentColumn}>
            <SimulatedDocument sim={session.sim} view={view} />
          </div>
          {/* A plain div, not a landmark: the pane's own <main> is the page's main landmark. */}
          <div className={styles.paneColumn} data-testid="task-pane">
            {/* Keyed by the session so a new document gets a fresh pane, as reopening it in Word would. */}
            <App key={session.sample} port={session.port} playbookStore={playbookStore} environment={PREVIEW_ENVIRONMENT} />
          </div>
        </div>
      </div>
    </FluentProvider>
  );
};
