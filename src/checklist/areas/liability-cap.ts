import type { AreaDefinition } from "../../engine/types";

export const liabilityCap: AreaDefinition = {
  id: "liability-cap",
  title: "Limitation of liability for AI errors",
  severity: "high",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
