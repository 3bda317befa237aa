// The strict simulation of the Word API subset the adapter uses, shared by the unit
// tests and the in-browser preview. Typical use:
//
//   const sim = createSimulation({ paragraphs: ["The Provider may use Customer Data."] });
//   const restore = sim.installGlobals(window);   // or globalThis in a test
//   const port = createWordPort();                // src/word reads the globals lazily
//   sim.onChange((view) => render(view));
//
// See ./types.ts for the options and the view model.

export { Simulation, createSimulation, type SimGlobals } from "./simulation";
export { SimOfficeError, SimErrorCodes } from "./errors";
export type {
  EditRecord,
  FailPoint,
  InjectedFailure,
  ParagraphInit,
  Protection,
  SegmentInit,
  SegmentKind,
  SelectionInit,
  SimulationOptions,
  SimView,
  StoryKind,
  TrackingMode,
  ViewComment,
  ViewParagraph,
  ViewSegment,
  ViewSelection,
} from "./types";
