import type { AreaReview } from "../../../engine/types";
import type { Capabilities } from "../../../word/port";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface AreaItemProps {
  area: AreaReview;
  capabilities: Capabilities;
  actions: DocumentActions;
}
