import type { Fallback, Finding } from "../../../engine/types";
import type { Capabilities } from "../../../word/port";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface FindingCardProps {
  /** Identifies the card's actions (and where their outcome is shown). Unique in the pane. */
  actionKey: string;
  finding: Finding;
  /** The area's fallback clauses, offered to replace, follow or be suggested against the finding. */
  fallbacks: Fallback[];
  capabilities: Capabilities;
  actions: DocumentActions;
  /** The finding's paragraph carries tracked changes (the counterparty's redline). */
  inRevision?: boolean;
}
