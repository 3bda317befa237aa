import type { AreaDefinition } from "../../engine/types";

export const auditTransparency: AreaDefinition = {
  id: "audit-transparency",
  title: "Audit, documentation, transparency and incidents",
  severity: "low",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
