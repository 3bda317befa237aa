import * as React from "react";
import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { FindingKind, Severity, Status } from "../../../engine/types";
import type { FindingKindBadgeProps, SeverityBadgeProps, StatusBadgeProps } from "./ReviewBadges.types";

// Colour is never the only signal: every badge carries its word.
const STATUS: Record<Status, { label: string; color: BadgeProps["color"] }> = {
  risk: { label: "Risk", color: "danger" },
  missing: { label: "Missing", color: "warning" },
  ok: { label: "OK", color: "success" },
};

const SEVERITY: Record<Severity, string> = { high: "High", medium: "Medium", low: "Low" };

const KIND: Record<FindingKind, { label: string; color: BadgeProps["color"] }> = {
  risk: { label: "Risk", color: "danger" },
  protection: { label: "Protects you", color: "success" },
  mention: { label: "Mention", color: "informative" },
};

export const StatusBadge: React.FC<StatusBadgeProps> = ({ status }) => (
  <Badge appearance="filled" color={STATUS[status].color} data-status={status}>
    {STATUS[status].label}
  </Badge>
);

export const SeverityBadge: React.FC<SeverityBadgeProps> = ({ severity }) => (
  <Badge appearance="outline" color="informative" aria-label={`Severity ${SEVERITY[severity].toLowerCase()}`}>
    {SEVERITY[severity]}
  </Badge>
);

export const FindingKindBadge: React.FC<FindingKindBadgeProps> = ({ kind }) => (
  <Badge appearance="tint" color={KIND[kind].color}>
    {KIND[kind].label}
  </Badge>
);
