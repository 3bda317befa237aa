import type { Fallback } from "../../../engine/types";
import type { Capabilities } from "../../../word/port";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface FallbackCardProps {
  actionKey: string;
  fallback: Fallback;
  /** 1 = the strongest position. */
  rank: number;
  capabilities: Capabilities;
  actions: DocumentActions;
}
