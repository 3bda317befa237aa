import * as React from "react";
import type { Simulation, SimView } from "../simulated-word";

/** The simulation's view model, re-read on every change it reports (each sync and control call). */
export function useSimView(sim: Simulation): SimView {
  const [view, setView] = React.useState<SimView>(() => sim.view());
  React.useEffect(() => {
    setView(sim.view());
    const unsubscribe = sim.onChange(setView);
    return () => {
      unsubscribe();
    };
  }, [sim]);
  return view;
}
