import type { AreaDefinition } from "../../engine/types";

export const autonomyHumanOversight: AreaDefinition = {
  id: "autonomy-human-oversight",
  title: "Autonomous decisions and human oversight",
  severity: "medium",
  why: "",
  addressedBy: [],
  rules: [],
  fallbacks: { licensee: [], licensor: [] },
};
