import type { FindingKind, Severity, Status } from "../../../engine/types";

export interface StatusBadgeProps {
  status: Status;
}

export interface SeverityBadgeProps {
  severity: Severity;
}

export interface FindingKindBadgeProps {
  kind: FindingKind;
}
