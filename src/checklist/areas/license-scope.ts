import type { AreaDefinition } from "../../engine/types";

export const licenseScope: AreaDefinition = {
  id: "license-scope",
  title: "Rights granted in the AI system",
  severity: "high",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
