import type { Parties, Side } from "../../../engine/types";

export interface SidePickerProps {
  value: Side;
  onChange(side: Side): void;
  disabled?: boolean;
  /** The parties found by the last review, to name them beside each side. */
  parties?: Parties;
}
