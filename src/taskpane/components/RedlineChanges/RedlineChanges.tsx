import * as React from "react";
import { Badge, Body1Strong, Button, Caption1, Subtitle2, mergeClasses } from "@fluentui/react-components";
import type { Finding } from "../../../engine/types";
import { ActionNotice } from "../ActionNotice/ActionNotice";
import { StatusBadge } from "../ReviewBadges/ReviewBadges";
import type { RedlineChangesProps } from "./RedlineChanges.types";
import { useRedlineChangesStyles } from "./useRedlineChangesStyles";

/**
 * "What their redline changed": areas whose status differs between the text before the
 * counterparty's tracked changes and the text as it now reads. Limits: only areas whose
 * status changed are listed (a reworded risk that stays a risk is not), and removed
 * findings cannot be selected because their sentences are no longer in the current text.
 */
/** Several rules can fire on one sentence; the view lists each sentence once. */
function uniqueSentences(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.paragraph}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const RedlineChanges: React.FC<RedlineChangesProps> = ({ changes, actions }) => {
  const styles = useRedlineChangesStyles();
  const busy = actions.pending !== null;
  return (
    <section className={styles.root} aria-labelledby="redline-heading" data-testid="redline-changes">
      <Subtitle2 as="h2" id="redline-heading" className={styles.heading}>
        What their redline changed
      </Subtitle2>
      {changes.length === 0 ? (
        <Caption1 className={styles.quiet}>The tracked changes in this document do not change the status of any area.</Caption1>
      ) : (
        <ul className={styles.list}>
          {changes.map((change) => (
            <li key={change.id} className={styles.change} data-change={change.id}>
              <Body1Strong>{change.title}</Body1Strong>
              <span className={styles.statusLine}>
                <Badge appearance="tint" color={change.direction === "worse" ? "danger" : "success"}>
                  {change.direction === "worse" ? "Worse for you" : "Better for you"}
                </Badge>
                <StatusBadge status={change.before} />
                <Caption1 aria-label="became">→</Caption1>
                <StatusBadge status={change.after} />
              </span>
              {uniqueSentences(change.added).map((finding, i) => {
                const key = `redline-${change.id}-added-${i}`;
                return (
                  <div key={key} className={styles.findingRow}>
                    <Caption1>Added or reworded:</Caption1>
                    <blockquote className={styles.quote}>{finding.text}</blockquote>
                    <Button size="small" disabled={busy} onClick={() => actions.goTo(key, finding)}>
                      Go to
                    </Button>
                    <ActionNotice outcome={actions.outcome} forKey={key} onDismiss={actions.dismiss} />
                  </div>
                );
              })}
              {uniqueSentences(change.removed).map((finding, i) => (
                <div key={`removed-${i}`} className={styles.findingRow}>
                  <Caption1>Deleted by their changes:</Caption1>
                  <blockquote className={mergeClasses(styles.quote, styles.removed)}>{finding.text}</blockquote>
                </div>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
