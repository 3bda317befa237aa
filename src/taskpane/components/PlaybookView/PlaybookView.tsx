import * as React from "react";
import {
  Accordion,
  Body1Strong,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Subtitle2,
} from "@fluentui/react-components";
import type { Strictness } from "../../../engine/types";
import { inlineErrors, setStrictness } from "../../playbook";
import { PlaybookAreaItem } from "../PlaybookAreaItem/PlaybookAreaItem";
import { PlaybookFile } from "../PlaybookFile/PlaybookFile";
import type { PlaybookViewProps } from "./PlaybookView.types";
import { usePlaybookViewStyles } from "./usePlaybookViewStyles";

const STRICTNESS: { value: Strictness; label: string }[] = [
  { value: "pragmatic", label: "Pragmatic: high severity only" },
  { value: "balanced", label: "Balanced: high and medium" },
  { value: "strict", label: "Strict: every severity" },
];

/** The user's own playbook, edited without JSON: what reviews check, and the clauses they offer. */
export const PlaybookView: React.FC<PlaybookViewProps> = ({ playbook, downloadsBlocked }) => {
  const styles = usePlaybookViewStyles();
  const [strictnessError, setStrictnessError] = React.useState<string>();
  const { checklist, custom } = playbook.state;
  const on = checklist.areas.filter((a) => a.enabled !== false).length;

  return (
    <section className={styles.root} aria-labelledby="playbook-heading">
      <div className={styles.identity}>
        <Subtitle2 as="h2" id="playbook-heading" className={styles.heading}>
          Playbook in use
        </Subtitle2>
        <Body1Strong data-testid="playbook-name">{playbook.name}</Body1Strong>
        <Caption1 className={styles.quiet}>
          {`${on} of ${checklist.areas.length} areas checked. `}
          {custom
            ? "Kept in this browser for every document you review, never in the document. It is a copy: later improvements to the built-in checklist reach it only if you start again from the built-in."
            : "Any change below starts your own playbook from this one, kept in this browser for every document you review, never in the document."}
        </Caption1>
      </div>

      {playbook.loadProblem && (
        <MessageBar intent="warning" layout="multiline" data-testid="playbook-load-problem">
          <MessageBarBody>
            <MessageBarTitle>Your playbook is not in use</MessageBarTitle>
            {playbook.loadProblem}
          </MessageBarBody>
        </MessageBar>
      )}
      {playbook.saveProblem && (
        <MessageBar intent="warning" layout="multiline" politeness="assertive" data-testid="playbook-save-problem">
          <MessageBarBody>
            <MessageBarTitle>Not saved</MessageBarTitle>
            {playbook.saveProblem}
          </MessageBarBody>
        </MessageBar>
      )}

      <Field label="Report as risks" validationState={strictnessError ? "error" : "none"} validationMessage={strictnessError}>
        <RadioGroup
          className={styles.group}
          value={checklist.strictness ?? "strict"}
          onChange={(_, data) => {
            const outcome = playbook.edit((c) => setStrictness(c, data.value as Strictness));
            setStrictnessError(outcome.ok ? undefined : inlineErrors(outcome.errors));
          }}
        >
          {STRICTNESS.map((s) => (
            <Radio key={s.value} value={s.value} label={s.label} />
          ))}
        </RadioGroup>
      </Field>

      <PlaybookFile playbook={playbook} downloadsBlocked={downloadsBlocked} />

      <section className={styles.areas} aria-labelledby="playbook-areas-heading">
        <Subtitle2 as="h2" id="playbook-areas-heading" className={styles.heading}>
          Areas
        </Subtitle2>
        <Caption1 className={styles.quiet}>
          Phrases are matched word by word, ignoring case and punctuation (so “e.g.” is the words “e g”); end a word with *
          to match any ending (“licen*” matches licence, licensed, licensing).
        </Caption1>
        <Accordion multiple collapsible data-testid="playbook-areas">
          {checklist.areas.map((area) => (
            <PlaybookAreaItem key={area.id} area={area} onEdit={playbook.edit} />
          ))}
        </Accordion>
      </section>
    </section>
  );
};
