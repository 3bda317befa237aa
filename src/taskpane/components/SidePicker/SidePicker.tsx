import * as React from "react";
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import type { Side } from "../../../engine/types";
import type { SidePickerProps } from "./SidePicker.types";
import { useSidePickerStyles } from "./useSidePickerStyles";

const LABELS: Record<Side, { name: string; role: string }> = {
  licensee: { name: "Licensee", role: "customer" },
  licensor: { name: "Licensor", role: "provider" },
};

/** "Licensee (customer)" before a review; after it, the names the agreement uses: "Licensee (Customer)". */
function label(side: Side, parties: SidePickerProps["parties"]): string {
  const names = parties?.[side] ?? [];
  return `${LABELS[side].name} (${names.length > 0 ? names.join(", ") : LABELS[side].role})`;
}

export const SidePicker: React.FC<SidePickerProps> = ({ value, onChange, disabled, parties }) => {
  const styles = useSidePickerStyles();
  return (
    <Field label="I represent">
      <RadioGroup
        className={styles.group}
        layout="horizontal"
        value={value}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as Side)}
      >
        <Radio value="licensee" label={label("licensee", parties)} />
        <Radio value="licensor" label={label("licensor", parties)} />
      </RadioGroup>
    </Field>
  );
};
