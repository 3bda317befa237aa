import type { AreaDefinition } from "../../engine/types";

export const improvementsOwnership: AreaDefinition = {
  id: "improvements-ownership",
  title: "Improvements, fine-tunes and derived models",
  severity: "high",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
