import type { AreaChange } from "../../../engine";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface RedlineChangesProps {
  changes: AreaChange[];
  actions: DocumentActions;
}
