import type { AreaDefinition } from "../../../engine/types";
import type { PlaybookOutcome } from "../../hooks/usePlaybook";
import type { PlaybookEdit } from "../../playbook";

export interface PlaybookAreaItemProps {
  area: AreaDefinition;
  onEdit(edit: PlaybookEdit): PlaybookOutcome;
}
