// One preview session: a simulated Word document with its fake Office globals installed on
// window, and the real Word adapter over them. Switching samples disposes the old session
// (restoring window) before the next one installs its globals.

import { createWordPort } from "../word/adapter";
import type { DocumentPort } from "../word/port";
import { createSimulation, type Simulation } from "./simulated-word";
import { sampleParagraphs, type SampleId } from "./samples";

export interface PreviewSession {
  sample: SampleId;
  sim: Simulation;
  port: DocumentPort;
  dispose(): void;
}

export function createPreviewSession(sample: SampleId): PreviewSession {
  const sim = createSimulation({
    paragraphs: sampleParagraphs(sample),
    // A short delay per round trip, so the pane's spinners and disabled states are visible
    // as they would be in Word on the web.
    latencyMs: 40,
  });
  const restore = sim.installGlobals(window);
  return { sample, sim, port: createWordPort(), dispose: restore };
}
