import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Menu,
  MenuButton,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import type { Fallback, Finding } from "../../../engine/types";
import { ActionNotice } from "../ActionNotice/ActionNotice";
import { FindingKindBadge, SeverityBadge } from "../ReviewBadges/ReviewBadges";
import type { FindingCardProps } from "./FindingCard.types";
import { useFindingCardStyles } from "./useFindingCardStyles";

/** The comment put on a finding: what is wrong, what good looks like, and optionally a clause to propose. */
export function commentText(finding: Finding, fallback?: Fallback): string {
  const parts = [finding.message];
  if (finding.expected) parts.push(`Proposed position: ${finding.expected}`);
  if (fallback) parts.push(`Suggested wording (${fallback.title}): ${fallback.text}`);
  return parts.join("\n\n");
}

export const FindingCard: React.FC<FindingCardProps> = ({ actionKey, finding, fallbacks, capabilities, actions, inRevision }) => {
  const styles = useFindingCardStyles();
  const busy = actions.pending !== null;
  const canEdit = capabilities.trackedInsert;
  const canComment = capabilities.comments;
  return (
    <li className={styles.root} data-testid="finding" data-rule={finding.ruleId} data-finding-kind={finding.kind}>
      <div className={styles.badges}>
        <FindingKindBadge kind={finding.kind} />
        {finding.kind === "risk" && <SeverityBadge severity={finding.severity} />}
        <Caption1>{`Paragraph ${finding.paragraph + 1}`}</Caption1>
        {inRevision && (
          <Badge appearance="tint" color="warning" data-testid="in-revision">
            In tracked changes
          </Badge>
        )}
      </div>
      <blockquote className={styles.quote}>{finding.text}</blockquote>
      <Body1>{finding.message}</Body1>
      {finding.expected && <Caption1 className={styles.expected}>{`What good looks like: ${finding.expected}`}</Caption1>}
      <div className={styles.actions}>
        <Button size="small" disabled={busy} onClick={() => actions.goTo(actionKey, finding)}>
          Go to
        </Button>
        {finding.kind === "risk" && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <MenuButton size="small" disabled={busy}>
                Fix
              </MenuButton>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {fallbacks.length > 0 && (
                  <>
                    <MenuGroup>
                      <MenuGroupHeader>Replace the sentence with</MenuGroupHeader>
                      {fallbacks.map((fallback) => (
                        <MenuItem
                          key={`replace-${fallback.id}`}
                          disabled={!canEdit}
                          onClick={() => actions.replace(actionKey, finding, fallback.text)}
                        >
                          {fallback.title}
                        </MenuItem>
                      ))}
                    </MenuGroup>
                    <MenuDivider />
                    <MenuGroup>
                      <MenuGroupHeader>Insert after the paragraph</MenuGroupHeader>
                      {fallbacks.map((fallback) => (
                        <MenuItem
                          key={`after-${fallback.id}`}
                          disabled={!canEdit}
                          onClick={() => actions.insertAfter(actionKey, finding, fallback.text)}
                        >
                          {fallback.title}
                        </MenuItem>
                      ))}
                    </MenuGroup>
                    <MenuDivider />
                  </>
                )}
                <MenuGroup>
                  <MenuGroupHeader>Comment on the sentence</MenuGroupHeader>
                  <MenuItem disabled={!canComment} onClick={() => actions.comment(actionKey, finding, commentText(finding))}>
                    Explain the issue
                  </MenuItem>
                  {fallbacks.map((fallback) => (
                    <MenuItem
                      key={`comment-${fallback.id}`}
                      disabled={!canComment}
                      onClick={() => actions.comment(actionKey, finding, commentText(finding, fallback))}
                    >
                      {`Suggest: ${fallback.title}`}
                    </MenuItem>
                  ))}
                </MenuGroup>
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      <ActionNotice outcome={actions.outcome} forKey={actionKey} onDismiss={actions.dismiss} />
    </li>
  );
};
