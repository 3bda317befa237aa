import type { Side } from "../../../engine/types";
import type { PlaybookOutcome } from "../../hooks/usePlaybook";

export interface PhraseItem {
  /** What onRemove receives: a rule id or the pattern itself. */
  key: string;
  /** The pattern as stored. */
  phrase: string;
  /** A second line: the side and message of a red flag. */
  detail?: string;
}

export interface PhraseInput {
  phrase: string;
  side: Side;
  message?: string;
}

export interface PhraseListProps {
  /** Unique per list in the page: ids of the heading and fields derive from it. */
  idPrefix: string;
  heading: string;
  description: string;
  emptyText: string;
  items: PhraseItem[];
  /** Red flags ask which side the phrase is a risk for, and an optional message. */
  withSideAndMessage?: boolean;
  addLabel: string;
  /** Accessible name of an item's Remove button. */
  removeLabel(item: PhraseItem): string;
  onAdd(input: PhraseInput): PlaybookOutcome;
  onRemove(item: PhraseItem): PlaybookOutcome;
}
