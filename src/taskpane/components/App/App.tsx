import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { PaneEnvironment } from "../../environment";
import { describeError } from "../../errors";
import { useDocumentActions } from "../../hooks/useDocumentActions";
import { usePlaybook } from "../../hooks/usePlaybook";
import { useReviewSession, type ReviewSession } from "../../hooks/useReviewSession";
import { AreaList } from "../AreaList/AreaList";
import { PlaybookTab } from "../PlaybookTab/PlaybookTab";
import { RedlineChanges } from "../RedlineChanges/RedlineChanges";
import { ReviewSummary } from "../ReviewSummary/ReviewSummary";
import { SidePicker } from "../SidePicker/SidePicker";
import type { AppProps } from "./App.types";
import { useAppStyles } from "./useAppStyles";

const DEFAULT_ENVIRONMENT: PaneEnvironment = { host: "word", theme: "light" };

const HOST_NOTICE: Partial<Record<PaneEnvironment["host"], { title: string; message: string }>> = {
  browser: {
    title: "Word was not detected",
    message: "This page is the add-in's task pane. Open it from Word (Home tab, Review AI terms), or run npm start on a machine without Word to try the preview.",
  },
  unavailable: {
    title: "Office did not load",
    message: "office.js could not be loaded from Microsoft's servers, so the pane cannot reach the document. Check the network or proxy and reopen the pane.",
  },
};

function progressLabel(session: ReviewSession): string {
  if (session.phase === "reading") {
    return session.total > 0 ? `Reading the document: ${session.done} of ${session.total} paragraphs` : "Reading the document";
  }
  return "Reviewing";
}

type PaneTab = "review" | "playbook";

export const App: React.FC<AppProps> = ({ port, playbookStore, environment = DEFAULT_ENVIRONMENT }) => {
  const styles = useAppStyles();
  const playbook = usePlaybook(playbookStore);
  const { session, side, busy, stale, start, setSide } = useReviewSession(port, playbook.state.checklist);
  const [tab, setTab] = React.useState<PaneTab>("review");
  // The Playbook panel is mounted (and its code fetched) the first time the tab is opened, not before.
  const [playbookOpened, setPlaybookOpened] = React.useState(false);
  const actions = useDocumentActions(port);
  const summaryHeading = React.useRef<HTMLHeadingElement>(null);
  const hostNotice = HOST_NOTICE[environment.host];

  const errorBar = React.useRef<HTMLDivElement>(null);

  // The Review button is disabled while it works, which drops its focus. When a review it
  // started ends, focus goes to the summary (or the error), so keyboard and screen-reader
  // users land on the result. Not after a change of side: focus stays on the radio in use.
  const focusResult = React.useRef(false);
  const ready = session.phase === "ready" ? session : null;
  const failed = session.phase === "failed" ? session : null;
  React.useEffect(() => {
    if (!focusResult.current || (!ready && !failed)) return;
    focusResult.current = false;
    (ready ? summaryHeading.current : errorBar.current)?.focus();
  }, [ready, failed]);
  const onReview = () => {
    focusResult.current = true;
    void start();
  };

  const failure = failed ? describeError(failed.error) : null;

  return (
    <FluentProvider theme={environment.theme === "dark" ? webDarkTheme : webLightTheme} className={styles.provider}>
      <main className={styles.root} aria-labelledby="app-title">
        <header className={styles.header}>
          <Title3 as="h1" id="app-title" className={styles.title}>
            AI License Review
          </Title3>
          <Caption1 className={styles.subtitle}>
            Checks the agreement against a playbook of AI-specific risk areas. The review runs in this pane: no document
            text is sent anywhere.
          </Caption1>
        </header>

        {hostNotice && (
          <MessageBar intent="warning">
            <MessageBarBody>
              <MessageBarTitle>{hostNotice.title}</MessageBarTitle>
              {hostNotice.message}
            </MessageBarBody>
          </MessageBar>
        )}

        <TabList
          selectedValue={tab}
          onTabSelect={(_, data) => {
            setTab(data.value as PaneTab);
            if (data.value === "playbook") setPlaybookOpened(true);
          }}
        >
          <Tab id="tab-review" value="review" aria-controls="panel-review">
            Review
          </Tab>
          <Tab id="tab-playbook" value="playbook" aria-controls="panel-playbook">
            Playbook
          </Tab>
        </TabList>

        {/* Once opened, both panels stay mounted (the inactive one hidden), so a review or a half-edited clause survives a tab switch. */}
        <div role="tabpanel" id="panel-review" aria-labelledby="tab-review" hidden={tab !== "review"} className={styles.panel}>
          {playbook.loadProblem && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Your playbook is not in use</MessageBarTitle>
                {playbook.loadProblem}
              </MessageBarBody>
            </MessageBar>
          )}

          <div className={styles.controls}>
            <SidePicker value={side} onChange={setSide} disabled={busy} parties={ready?.outcome.review.parties} />
            <Button appearance="primary" onClick={onReview} disabled={busy}>
              {ready ? "Review again" : "Review"}
            </Button>
            <Caption1 className={styles.subtitle} data-testid="review-playbook">{`Playbook: ${playbook.name}`}</Caption1>
          </div>

          {busy && <Spinner size="small" labelPosition="after" label={progressLabel(session)} />}

          {failure && (
            <MessageBar intent="error" politeness="assertive" data-testid="review-error" ref={errorBar} tabIndex={-1}>
              <MessageBarBody>
                <MessageBarTitle>{`The review could not run: ${failure.title}`}</MessageBarTitle>
                {failure.message}
              </MessageBarBody>
            </MessageBar>
          )}

          {ready && ready.reading.capabilities.limits.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>What this version of Word limits</MessageBarTitle>
                <ul className={styles.limits}>
                  {ready.reading.capabilities.limits.map((limit) => (
                    <li key={limit}>{limit}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}

          {ready && stale && (
            <MessageBar intent="warning" data-testid="review-stale">
              <MessageBarBody>
                <MessageBarTitle>Playbook changed — review again</MessageBarTitle>
                These results were produced with the playbook as it was before.
              </MessageBarBody>
            </MessageBar>
          )}

          {ready && (
            <>
              <ReviewSummary review={ready.outcome.review} headingRef={summaryHeading} />
              {ready.outcome.redline && <RedlineChanges changes={ready.outcome.redline} actions={actions} />}
              <AreaList
                areas={ready.outcome.review.areas}
                capabilities={ready.reading.capabilities}
                actions={actions}
                revisedParagraphs={ready.outcome.revisedParagraphs}
              />
            </>
          )}
        </div>

        <div role="tabpanel" id="panel-playbook" aria-labelledby="tab-playbook" hidden={tab !== "playbook"} className={styles.panel}>
          {playbookOpened && <PlaybookTab playbook={playbook} downloadsBlocked={environment.downloadsBlocked} />}
        </div>
      </main>
    </FluentProvider>
  );
};
