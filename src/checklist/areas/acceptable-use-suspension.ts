import type { AreaDefinition } from "../../engine/types";

export const acceptableUseSuspension: AreaDefinition = {
  id: "acceptable-use-suspension",
  title: "Acceptable use, suspension and remote restriction",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
