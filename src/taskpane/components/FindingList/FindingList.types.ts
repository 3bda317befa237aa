import type { AreaReview } from "../../../engine/types";
import type { Capabilities } from "../../../word/port";
import type { DocumentActions } from "../../hooks/useDocumentActions";

export interface FindingListProps {
  /** The area whose findings are listed, in the engine's order (risks before mentions). */
  area: AreaReview;
  capabilities: Capabilities;
  actions: DocumentActions;
  /** Paragraphs that carry the counterparty's tracked changes: their findings are marked as such. */
  revisedParagraphs?: ReadonlySet<number>;
}
