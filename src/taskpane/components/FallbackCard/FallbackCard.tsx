import * as React from "react";
import { Body1Strong, Button, Caption1 } from "@fluentui/react-components";
import { ActionNotice } from "../ActionNotice/ActionNotice";
import type { FallbackCardProps } from "./FallbackCard.types";
import { useFallbackCardStyles } from "./useFallbackCardStyles";

export const FallbackCard: React.FC<FallbackCardProps> = ({ actionKey, fallback, rank, capabilities, actions }) => {
  const styles = useFallbackCardStyles();
  const busy = actions.pending !== null;
  const explanationId = `${actionKey}-no-insert`;
  const titleId = `${actionKey}-title`;
  return (
    <li className={styles.root} data-testid="fallback" aria-labelledby={titleId}>
      <Body1Strong id={titleId}>{`${rank}. ${fallback.title}`}</Body1Strong>
      <Caption1 className={styles.note}>{fallback.note}</Caption1>
      <p className={styles.clause} data-testid="fallback-text">
        {fallback.text}
      </p>
      <div className={styles.actions}>
        {/* disabledFocusable keeps the button in the tab order so its explanation is announced. */}
        <Button
          size="small"
          appearance="primary"
          disabled={busy && capabilities.trackedInsert}
          disabledFocusable={!capabilities.trackedInsert}
          aria-describedby={capabilities.trackedInsert ? undefined : explanationId}
          onClick={() => actions.insertAtCursor(actionKey, fallback.text)}
        >
          Insert at cursor
        </Button>
        <Button size="small" disabled={busy} onClick={() => actions.copy(actionKey, fallback.text)}>
          Copy
        </Button>
      </div>
      {!capabilities.trackedInsert && (
        <Caption1 id={explanationId} className={styles.explanation}>
          This version of Word cannot record an add-in&apos;s edits as tracked changes (Word API 1.4 is needed), and this
          add-in never edits untracked. Copy the clause and paste it with Track Changes on.
        </Caption1>
      )}
      <ActionNotice outcome={actions.outcome} forKey={actionKey} onDismiss={actions.dismiss} />
    </li>
  );
};
