import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { describeError } from "../../errors";
import type { PlaybookViewProps } from "../PlaybookView/PlaybookView.types";
import type { PlaybookTabProps } from "./PlaybookTab.types";
import { usePlaybookTabStyles } from "./usePlaybookTabStyles";

// The playbook editor is not needed for a review, so webpack puts it (and the editors only it
// uses) in a chunk of its own, fetched from the folder the pane's script came from the first
// time the tab is opened: the pane's first script is smaller and the Review button is usable
// sooner. The playbook itself (usePlaybook, storage) stays in the first script, since every
// review applies it.
const loadPlaybookView = () =>
  import(/* webpackChunkName: "playbook" */ "../PlaybookView/PlaybookView").then((m) => ({ default: m.PlaybookView }));

// One lazy component per page, so reopening the pane's tab (or a new pane in the preview) does
// not suspend again once the chunk is in. React.lazy keeps a failed load for good, so a retry
// needs a new one (webpack itself fetches a failed chunk again on the next import()).
let LazyPlaybookView: React.LazyExoticComponent<React.FC<PlaybookViewProps>> = React.lazy(loadPlaybookView);

/** webpack's error for a chunk that did not arrive (offline, proxy, or a deployment that replaced it). */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && error.name === "ChunkLoadError";
}

const LoadFailure: React.FC<{ error: unknown; onRetry(): void }> = ({ error, onRetry }) => {
  const chunk = isChunkLoadError(error);
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive" data-testid="playbook-tab-error">
      <MessageBarBody>
        <MessageBarTitle>The Playbook tab could not be loaded</MessageBarTitle>
        {chunk
          ? "Its editor is downloaded from the add-in's server the first time the tab is opened, and that failed: the network or a proxy may be down. Reviews still apply your playbook. Check the connection, then try again."
          : `${describeError(error).message} Reviews still apply your playbook.`}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRetry}>
          Try again
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
};

interface BoundaryProps {
  onRetry(): void;
  children: React.ReactNode;
}

type BoundaryState = { failed: false } | { failed: true; error: unknown };

/** Catches a failed chunk (or the editor failing to render), so the tab says so instead of going blank. */
class PlaybookTabBoundary extends React.Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failed: true, error };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  render() {
    if (this.state.failed) return <LoadFailure error={this.state.error} onRetry={this.retry} />;
    return this.props.children;
  }
}

export const PlaybookTab: React.FC<PlaybookTabProps> = (props) => {
  const styles = usePlaybookTabStyles();
  // Re-renders the tab with the new lazy component after a retry.
  const [, setAttempt] = React.useState(0);
  const retry = React.useCallback(() => {
    LazyPlaybookView = React.lazy(loadPlaybookView);
    setAttempt((n) => n + 1);
  }, []);
  return (
    <PlaybookTabBoundary onRetry={retry}>
      <React.Suspense
        fallback={<Spinner className={styles.loading} size="small" labelPosition="after" label="Loading the playbook editor" />}
      >
        <LazyPlaybookView {...props} />
      </React.Suspense>
    </PlaybookTabBoundary>
  );
};
