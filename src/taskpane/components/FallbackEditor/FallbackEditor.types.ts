import type { FallbackDefinition } from "../../../engine/types";
import type { PlaybookOutcome } from "../../hooks/usePlaybook";
import type { FallbackFields } from "../../playbook";

export interface FallbackEditorProps {
  /** Unique in the page: ids of the fields derive from it. */
  idPrefix: string;
  fallback: FallbackDefinition;
  /** 1 = the strongest position. */
  rank: number;
  isFirst: boolean;
  isLast: boolean;
  onSave(fields: FallbackFields): PlaybookOutcome;
  onMove(offset: -1 | 1): PlaybookOutcome;
  onRemove(): PlaybookOutcome;
}
