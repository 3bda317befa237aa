import * as React from "react";
import { Button, Caption1, Field, Select, Switch } from "@fluentui/react-components";
import type { Protection } from "../../simulated-word";
import { SAMPLES, type SampleId } from "../../samples";
import type { SimulationControlsProps } from "./SimulationControls.types";
import { useSimulationControlsStyles } from "./useSimulationControlsStyles";

// What Word itself would let a user change, plus the Word API level, so the pane's degraded
// paths (no tracked insertion, read-only, cursor in a header) can be tried without Word.
const WORD_API_LEVELS: { value: string; label: string }[] = [
  { value: "1.8", label: "1.8: Microsoft 365, Word on the web" },
  { value: "1.4", label: "1.4: tracked changes and comments" },
  { value: "1.3", label: "1.3: Word 2016/2019 (no tracked insertion)" },
];

const PROTECTIONS: { value: Protection; label: string }[] = [
  { value: "none", label: "None" },
  { value: "commentsOnly", label: "Comments only" },
  { value: "readOnly", label: "Read-only" },
];

export const SimulationControls: React.FC<SimulationControlsProps> = ({ sim, view, sample, onSampleChange }) => {
  const styles = useSimulationControlsStyles();
  const selection = view.selection;
  const cursor = !selection
    ? "no selection"
    : selection.story !== "body"
      ? `in the ${selection.story}`
      : selection.start === selection.end
        ? `paragraph ${selection.paragraph + 1}, character ${selection.start}`
        : `paragraph ${selection.paragraph + 1}, characters ${selection.start} to ${selection.end}`;
  return (
    <div className={styles.root} role="group" aria-label="Simulation settings">
      <Field label="Document">
        <Select value={sample} onChange={(_, data) => onSampleChange(data.value as SampleId)}>
          {(Object.keys(SAMPLES) as SampleId[]).map((id) => (
            <option key={id} value={id}>
              {SAMPLES[id].label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Word API level" hint="Read by the pane at its next Review">
        <Select value={view.wordApi} onChange={(_, data) => sim.setWordApi(data.value)}>
          {WORD_API_LEVELS.map((level) => (
            <option key={level.value} value={level.value}>
              {level.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Restrict editing">
        <Select value={view.protection} onChange={(_, data) => sim.setProtection(data.value as Protection)}>
          {PROTECTIONS.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label="Track Changes"
        checked={view.trackingMode !== "Off"}
        onChange={(_, data) => sim.setTrackingMode(data.checked ? "TrackAll" : "Off")}
      />
      <Button onClick={() => sim.select(0, 0, 0, "header")}>Put the cursor in the header</Button>
      <Caption1 className={styles.status} data-testid="sim-status">
        {`Track Changes: `}
        <span data-testid="tracking-mode">{view.trackingMode}</span>
        {` · Cursor: ${cursor} · Word API ${view.wordApi} · ${view.comments.length} comment(s)`}
      </Caption1>
    </div>
  );
};
