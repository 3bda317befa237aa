import type { AreaReview } from "../../../engine/types";
import type { Capabilities } from "../../../word/port";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface AreaListProps {
  areas: AreaReview[];
  capabilities: Capabilities;
  actions: DocumentActions;
  /** Paragraphs that carry the counterparty's tracked changes: their findings are marked as such. */
  revisedParagraphs?: ReadonlySet<number>;
}
