import type { AreaDefinition } from "../../engine/types";

export const accuracyWarranty: AreaDefinition = {
  id: "accuracy-warranty",
  title: "Accuracy, performance and \"as is\"",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
