import type { AreaDefinition } from "../../engine/types";

export const thirdPartyModels: AreaDefinition = {
  id: "third-party-models",
  title: "Third-party and open-source components",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
