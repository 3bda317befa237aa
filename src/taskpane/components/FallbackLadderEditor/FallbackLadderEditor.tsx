import * as React from "react";
import { Button, Caption1, Field, Input, Textarea } from "@fluentui/react-components";
import {
  addFallback,
  errorsByField,
  moveFallback,
  removeFallback,
  updateFallback,
  type FallbackFields,
} from "../../playbook";
import { FallbackEditor } from "../FallbackEditor/FallbackEditor";
import type { FallbackLadderEditorProps } from "./FallbackLadderEditor.types";
import { useFallbackLadderEditorStyles } from "./useFallbackLadderEditorStyles";

const EMPTY: FallbackFields = { title: "", text: "", note: "" };
const FIELDS = ["title", "text", "note"] as const;

/** One side's fallback ladder, strongest clause first: edit, reorder, add and remove clauses. */
export const FallbackLadderEditor: React.FC<FallbackLadderEditorProps> = ({ areaId, side, fallbacks, onEdit }) => {
  const styles = useFallbackLadderEditorStyles();
  const [adding, setAdding] = React.useState(false);
  const [draft, setDraft] = React.useState<FallbackFields>(EMPTY);
  const [addErrors, setAddErrors] = React.useState<string[]>([]);
  const list = React.useRef<HTMLOListElement>(null);
  const heading = React.useRef<HTMLHeadingElement>(null);
  const newTitle = React.useRef<HTMLInputElement>(null);
  const addToggle = React.useRef<HTMLButtonElement>(null);
  // Reordering re-inserts list items, which drops focus in Chromium; put it back on the moved clause's button.
  const refocus = React.useRef<{ id: string; move: "up" | "down" } | "heading" | null>(null);

  React.useLayoutEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    if (target === "heading") {
      heading.current?.focus();
      return;
    }
    const item = list.current?.querySelector(`[data-fallback="${CSS.escape(target.id)}"]`);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-move="${target.move}"]`);
    // At the end of the ladder its button is disabled: the other direction is the next useful one.
    const other = item?.querySelector<HTMLButtonElement>(`[data-move="${target.move === "up" ? "down" : "up"}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [fallbacks]);

  React.useEffect(() => {
    if (adding) newTitle.current?.focus();
  }, [adding]);

  const sideName = side === "licensee" ? "licensee" : "licensor";
  const headingId = `${areaId}-${side}-ladder`;
  const { fields, other } = errorsByField(addErrors, FIELDS);
  const set = (field: keyof FallbackFields) => (_: unknown, data: { value: string }) => setDraft((d) => ({ ...d, [field]: data.value }));

  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const outcome = onEdit((c) => addFallback(c, areaId, side, draft));
    if (!outcome.ok) {
      setAddErrors(outcome.errors);
      return;
    }
    setAddErrors([]);
    setDraft(EMPTY);
    setAdding(false);
    // The toggle comes back on the next render, in place of the form that had focus.
    requestAnimationFrame(() => addToggle.current?.focus());
  };

  const cancel = () => {
    setAdding(false);
    setDraft(EMPTY);
    setAddErrors([]);
    requestAnimationFrame(() => addToggle.current?.focus());
  };

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="fallback-ladder" data-side={side}>
      <h4 id={headingId} ref={heading} tabIndex={-1} className={styles.heading}>
        {`Fallback clauses for the ${sideName}, strongest first`}
      </h4>
      <Caption1 className={styles.quiet}>
        In titles and clauses, {"{licensor}"}, {"{licensee}"}, {"{output}"} and the like are filled with the agreement&apos;s own
        defined terms.
      </Caption1>
      {fallbacks.length === 0 ? (
        <Caption1 className={styles.quiet}>No clause is offered to this side.</Caption1>
      ) : (
        <ol className={styles.list} ref={list}>
          {fallbacks.map((fallback, i) => (
            <FallbackEditor
              key={fallback.id}
              idPrefix={`${areaId}-${side}-${fallback.id}`}
              fallback={fallback}
              rank={i + 1}
              isFirst={i === 0}
              isLast={i === fallbacks.length - 1}
              onSave={(fields) => onEdit((c) => updateFallback(c, areaId, side, fallback.id, fields))}
              onMove={(offset) => {
                const outcome = onEdit((c) => moveFallback(c, areaId, side, fallback.id, offset));
                if (outcome.ok) refocus.current = { id: fallback.id, move: offset < 0 ? "up" : "down" };
                return outcome;
              }}
              onRemove={() => {
                const outcome = onEdit((c) => removeFallback(c, areaId, side, fallback.id));
                if (outcome.ok) refocus.current = "heading";
                return outcome;
              }}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <form className={styles.form} onSubmit={add} aria-label={`New fallback clause for the ${sideName}`}>
          <Field label="Title" required validationState={fields.title ? "error" : "none"} validationMessage={fields.title}>
            <Input ref={newTitle} value={draft.title} onChange={set("title")} />
          </Field>
          <Field label="Clause text" required validationState={fields.text ? "error" : "none"} validationMessage={fields.text}>
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
            <Button type="submit" appearance="primary" size="small">
              Add clause
            </Button>
            <Button size="small" onClick={cancel}>
              Cancel
            </Button>
          </div>
        </form>
      ) : (
        <Button ref={addToggle} size="small" className={styles.toggle} onClick={() => setAdding(true)}>
          {`Add a clause for the ${sideName}`}
        </Button>
      )}
    </section>
  );
};
