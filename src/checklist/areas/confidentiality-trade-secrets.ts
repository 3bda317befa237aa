import type { AreaDefinition } from "../../engine/types";

export const confidentialityTradeSecrets: AreaDefinition = {
  id: "confidentiality-trade-secrets",
  title: "Confidentiality of inputs, outputs and models",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
