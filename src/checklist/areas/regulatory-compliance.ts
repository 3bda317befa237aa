import type { AreaDefinition } from "../../engine/types";

export const regulatoryCompliance: AreaDefinition = {
  id: "regulatory-compliance",
  title: "EU AI Act, privacy and bias",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
