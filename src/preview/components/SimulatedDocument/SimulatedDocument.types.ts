import type { Simulation, SimView } from "../../simulated-word";

export interface SimulatedDocumentProps {
  sim: Simulation;
  view: SimView;
}
