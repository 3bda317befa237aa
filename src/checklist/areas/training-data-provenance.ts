import type { AreaDefinition } from "../../engine/types";

export const trainingDataProvenance: AreaDefinition = {
  id: "training-data-provenance",
  title: "Rights in the training data",
  severity: "high",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
