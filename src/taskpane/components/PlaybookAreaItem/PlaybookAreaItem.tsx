import * as React from "react";
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Body1Strong,
  Dropdown,
  Field,
  Option,
  Switch,
} from "@fluentui/react-components";
import { SIDES, type Severity } from "../../../engine/types";
import {
  addClearingPhrase,
  addRedFlag,
  firmRedFlags,
  inlineErrors,
  removeClearingPhrase,
  removeRedFlag,
  setAreaEnabled,
  setAreaSeverity,
} from "../../playbook";
import { FallbackLadderEditor } from "../FallbackLadderEditor/FallbackLadderEditor";
import { PhraseList } from "../PhraseList/PhraseList";
import { SeverityBadge } from "../ReviewBadges/ReviewBadges";
import type { PlaybookAreaItemProps } from "./PlaybookAreaItem.types";
import { usePlaybookAreaItemStyles } from "./usePlaybookAreaItemStyles";

const SEVERITIES: { value: Severity; label: string }[] = [
  { value: "high", label: "High" },
  { value: "medium", label: "Medium" },
  { value: "low", label: "Low" },
];

/** One area of the playbook: on or off, its severity, the firm's own phrases, and its fallback ladders. */
export const PlaybookAreaItem: React.FC<PlaybookAreaItemProps> = ({ area, onEdit }) => {
  const styles = usePlaybookAreaItemStyles();
  const [settingsError, setSettingsError] = React.useState<string>();
  const enabled = area.enabled !== false;
  const redFlags = firmRedFlags(area);
  const settle = (outcome: ReturnType<PlaybookAreaItemProps["onEdit"]>) => setSettingsError(outcome.ok ? undefined : inlineErrors(outcome.errors));
  const severityLabel = SEVERITIES.find((s) => s.value === area.severity)?.label ?? area.severity;

  return (
    <AccordionItem value={area.id} data-testid="playbook-area" data-area={area.id}>
      <AccordionHeader as="h3" expandIconPosition="start">
        <span className={styles.header}>
          <Body1Strong>{area.title}</Body1Strong>
          <span className={styles.badges}>
            {!enabled && (
              <Badge appearance="filled" color="subtle" data-testid="area-off">
                Off
              </Badge>
            )}
            <SeverityBadge severity={area.severity} />
            {redFlags.length > 0 && <Badge appearance="tint" color="brand">{`${redFlags.length} firm red flag${redFlags.length === 1 ? "" : "s"}`}</Badge>}
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={styles.panel}>
        <Body1>{area.why}</Body1>
        <Field className={styles.settings} validationState={settingsError ? "error" : "none"} validationMessage={settingsError}>
          <Switch
            label="Check this area in reviews"
            checked={enabled}
            onChange={(_, data) => settle(onEdit((c) => setAreaEnabled(c, area.id, data.checked)))}
          />
        </Field>
        <Field label="Severity" hint="With Pragmatic or Balanced strictness, lower severities are reported as mentions, not risks.">
          <Dropdown
            className={styles.dropdown}
            value={severityLabel}
            selectedOptions={[area.severity]}
            onOptionSelect={(_, data) => {
              if (data.optionValue) settle(onEdit((c) => setAreaSeverity(c, area.id, data.optionValue as Severity)));
            }}
          >
            {SEVERITIES.map((s) => (
              <Option key={s.value} value={s.value}>
                {s.label}
              </Option>
            ))}
          </Dropdown>
        </Field>

        <PhraseList
          idPrefix={`${area.id}-red-flags`}
          heading="Your red flags"
          description="A phrase that is a risk wherever it appears, even in a negative sentence."
          emptyText="None yet."
          items={redFlags.map((f) => ({ key: f.ruleId, phrase: f.pattern, detail: `A risk for the ${f.side}: ${f.message}` }))}
          withSideAndMessage
          addLabel="Add red flag"
          removeLabel={(item) => `Remove red flag ${item.phrase}`}
          onAdd={(input) => onEdit((c) => addRedFlag(c, area.id, input))}
          onRemove={(item) => onEdit((c) => removeRedFlag(c, area.id, item.key))}
        />

        <PhraseList
          idPrefix={`${area.id}-clearing`}
          heading="Accepted wording"
          description="A red flag in a sentence that also contains one of these phrases is reported as a mention, not a risk."
          emptyText="None yet."
          items={(area.clearedBy ?? []).map((pattern) => ({ key: pattern, phrase: pattern }))}
          addLabel="Add accepted wording"
          removeLabel={(item) => `Remove accepted wording ${item.phrase}`}
          onAdd={(input) => onEdit((c) => addClearingPhrase(c, area.id, input.phrase))}
          onRemove={(item) => onEdit((c) => removeClearingPhrase(c, area.id, item.key))}
        />

        {SIDES.map((side) => (
          <FallbackLadderEditor key={side} areaId={area.id} side={side} fallbacks={area.fallbacks[side]} onEdit={onEdit} />
        ))}
      </AccordionPanel>
    </AccordionItem>
  );
};
