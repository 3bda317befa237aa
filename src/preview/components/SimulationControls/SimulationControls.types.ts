import type { Simulation, SimView } from "../../simulated-word";
import type { SampleId } from "../../samples";

export interface SimulationControlsProps {
  sim: Simulation;
  view: SimView;
  sample: SampleId;
  onSampleChange(sample: SampleId): void;
}
