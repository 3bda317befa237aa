import type { AreaDefinition } from "../../engine/types";

export const modelChanges: AreaDefinition = {
  id: "model-changes",
  title: "Model changes, versions and deprecation",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
