import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ActionNoticeProps } from "./ActionNotice.types";

/**
 * The result of a document action, shown beside the control that started it (a message at
 * the top of a long pane would be out of sight). MessageBar announces itself to screen readers.
 */
export const ActionNotice: React.FC<ActionNoticeProps> = ({ outcome, forKey, onDismiss }) => {
  const root = React.useRef<HTMLDivElement>(null);
  if (!outcome || outcome.key !== forKey) return null;
  // Dismissing removes the focused button; put focus back on the card's first action
  // instead of letting it fall to the top of the page.
  const dismiss = () => {
    const card = root.current?.parentElement;
    onDismiss();
    requestAnimationFrame(() => card?.querySelector<HTMLElement>("button:not([disabled])")?.focus());
  };
  return (
    <MessageBar
      ref={root}
      intent={outcome.intent}
      politeness={outcome.intent === "error" ? "assertive" : "polite"}
      data-testid="action-notice"
    >
      <MessageBarBody>
        <MessageBarTitle>{outcome.title}</MessageBarTitle>
        {outcome.message}
      </MessageBarBody>
      <MessageBarActions containerAction={<Button appearance="transparent" size="small" onClick={dismiss}>Dismiss</Button>} />
    </MessageBar>
  );
};
