import type { FallbackDefinition, Side } from "../../../engine/types";
import type { PlaybookOutcome } from "../../hooks/usePlaybook";
import type { PlaybookEdit } from "../../playbook";

export interface FallbackLadderEditorProps {
  areaId: string;
  side: Side;
  fallbacks: FallbackDefinition[];
  onEdit(edit: PlaybookEdit): PlaybookOutcome;
}
