import type { AreaDefinition } from "../../engine/types";

export const usageDataFeedback: AreaDefinition = {
  id: "usage-data-feedback",
  title: "Usage data, telemetry and feedback",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
