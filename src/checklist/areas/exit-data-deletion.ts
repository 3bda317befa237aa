import type { AreaDefinition } from "../../engine/types";

export const exitDataDeletion: AreaDefinition = {
  id: "exit-data-deletion",
  title: "Termination, deletion and unlearning",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
