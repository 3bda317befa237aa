import * as React from "react";
import { Body1Strong, Button, Caption1, Field, Input, Textarea } from "@fluentui/react-components";
import { errorsByField, type FallbackFields } from "../../playbook";
import type { FallbackEditorProps } from "./FallbackEditor.types";
import { useFallbackEditorStyles } from "./useFallbackEditorStyles";

const FIELDS = ["title", "text", "note"] as const;

/**
 * One clause of a fallback ladder, edited in place. Typing changes a draft; Save validates
 * and stores it, so a half-written clause never reaches the playbook or a review.
 */
export const FallbackEditor: React.FC<FallbackEditorProps> = ({ idPrefix, fallback, rank, isFirst, isLast, onSave, onMove, onRemove }) => {
  const styles = useFallbackEditorStyles();
  const [draft, setDraft] = React.useState<FallbackFields>({ title: fallback.title, text: fallback.text, note: fallback.note });
  const [errors, setErrors] = React.useState<string[]>([]);

  // The stored clause changed underneath (saved, reset, or another pane): show what is stored now.
  React.useEffect(() => {
    setDraft({ title: fallback.title, text: fallback.text, note: fallback.note });
    setErrors([]);
  }, [fallback.title, fallback.text, fallback.note]);

  const dirty = draft.title !== fallback.title || draft.text !== fallback.text || draft.note !== fallback.note;
  const { fields, other } = errorsByField(errors, FIELDS);
  const set = (field: keyof FallbackFields) => (_: unknown, data: { value: string }) => setDraft((d) => ({ ...d, [field]: data.value }));
  const report = (outcome: ReturnType<FallbackEditorProps["onSave"]>) => setErrors(outcome.ok ? [] : outcome.errors);
  const titleId = `${idPrefix}-title`;

  return (
    <li className={styles.root} data-testid="fallback-editor" data-fallback={fallback.id} aria-labelledby={titleId}>
      <Body1Strong id={titleId}>{`${rank}. ${fallback.title}`}</Body1Strong>
      <Field label="Title" validationState={fields.title ? "error" : "none"} validationMessage={fields.title}>
        <Input value={draft.title} onChange={set("title")} />
      </Field>
      <Field label="Clause text" validationState={fields.text ? "error" : "none"} validationMessage={fields.text}>
        <Textarea value={draft.text} onChange={set("text")} resize="vertical" rows={4} />
      </Field>
      <Field label="When to offer it" validationState={fields.note ? "error" : "none"} validationMessage={fields.note}>
        <Input value={draft.note} onChange={set("note")} />
      </Field>
      {other.length > 0 && (
        <Caption1 role="alert" className={styles.error}>
          {other.join(" ")}
        </Caption1>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="primary" disabled={!dirty} onClick={() => report(onSave(draft))}>
          Save
        </Button>
        {/* data-move lets the ladder put focus back on the same control after the clause moves. */}
        <Button size="small" data-move="up" disabled={isFirst} aria-label={`Move up: ${fallback.title}`} onClick={() => report(onMove(-1))}>
          Move up
        </Button>
        <Button size="small" data-move="down" disabled={isLast} aria-label={`Move down: ${fallback.title}`} onClick={() => report(onMove(1))}>
          Move down
        </Button>
        <Button size="small" appearance="subtle" aria-label={`Remove: ${fallback.title}`} onClick={() => report(onRemove())}>
          Remove
        </Button>
      </div>
    </li>
  );
};
