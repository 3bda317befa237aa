import type { ActionOutcome } from "../../hooks/useDocumentActions";

export interface ActionNoticeProps {
  /** The last action's outcome; shown only when its key is `forKey`. */
  outcome: ActionOutcome | null;
  forKey: string;
  onDismiss(): void;
}
