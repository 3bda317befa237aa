import * as React from "react";
import { Body1, Button, Caption1, Field, Input, Radio, RadioGroup, Subtitle2 } from "@fluentui/react-components";
import type { Side } from "../../../engine/types";
import { inlineErrors, phraseToPattern } from "../../playbook";
import type { PhraseItem, PhraseListProps } from "./PhraseList.types";
import { usePhraseListStyles } from "./usePhraseListStyles";

/** What the phrase will be stored as, when that differs from what was typed (punctuation dropped, lower case). */
function matchedAs(phrase: string): string | undefined {
  if (phrase.trim() === "") return undefined;
  try {
    const pattern = phraseToPattern(phrase);
    return pattern === phrase.trim() ? undefined : `Matched as: ${pattern}`;
  } catch {
    // No words yet: Add reports it with the reason.
    return undefined;
  }
}

/** The user's own phrases for an area (red flags or clearing wording): a list with Remove, and a form to add one. */
export const PhraseList: React.FC<PhraseListProps> = ({
  idPrefix,
  heading,
  description,
  emptyText,
  items,
  withSideAndMessage,
  addLabel,
  removeLabel,
  onAdd,
  onRemove,
}) => {
  const styles = usePhraseListStyles();
  const [phrase, setPhrase] = React.useState("");
  const [side, setSide] = React.useState<Side>("licensee");
  const [message, setMessage] = React.useState("");
  const [addError, setAddError] = React.useState<string>();
  const [removeError, setRemoveError] = React.useState<string>();
  const phraseInput = React.useRef<HTMLInputElement>(null);

  const add = (event: React.FormEvent) => {
    // A form, so Enter in a field adds as the button does.
    event.preventDefault();
    const outcome = onAdd({ phrase, side, ...(withSideAndMessage && message.trim() ? { message } : {}) });
    if (!outcome.ok) {
      setAddError(inlineErrors(outcome.errors));
      phraseInput.current?.focus();
      return;
    }
    setAddError(undefined);
    setPhrase("");
    setMessage("");
  };

  const remove = (item: PhraseItem) => {
    const outcome = onRemove(item);
    setRemoveError(outcome.ok ? undefined : inlineErrors(outcome.errors));
    // The focused Remove button is gone with its item; the add field is the next useful place.
    if (outcome.ok) phraseInput.current?.focus();
  };

  const headingId = `${idPrefix}-heading`;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid={`${idPrefix}-section`}>
      <Subtitle2 as="h4" id={headingId} className={styles.heading}>
        {heading}
      </Subtitle2>
      <Caption1 className={styles.quiet}>{description}</Caption1>
      {items.length === 0 ? (
        <Caption1 className={styles.quiet}>{emptyText}</Caption1>
      ) : (
        <ul className={styles.list} aria-labelledby={headingId}>
          {items.map((item) => (
            <li key={item.key} className={styles.item} data-testid="phrase">
              <span className={styles.itemText}>
                <Body1>{item.phrase}</Body1>
                {item.detail && <Caption1 className={styles.quiet}>{item.detail}</Caption1>}
              </span>
              <Button size="small" appearance="subtle" aria-label={removeLabel(item)} onClick={() => remove(item)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      {removeError && (
        <Caption1 role="alert" className={styles.quiet}>
          {removeError}
        </Caption1>
      )}
      <form className={styles.form} onSubmit={add} aria-label={addLabel}>
        <Field label="Phrase" hint={matchedAs(phrase)} validationState={addError ? "error" : "none"} validationMessage={addError}>
          <Input ref={phraseInput} value={phrase} onChange={(_, data) => setPhrase(data.value)} />
        </Field>
        {withSideAndMessage && (
          <>
            <Field label="A risk for">
              <RadioGroup layout="horizontal" value={side} onChange={(_, data) => setSide(data.value as Side)}>
                <Radio value="licensee" label="Licensee" />
                <Radio value="licensor" label="Licensor" />
              </RadioGroup>
            </Field>
            <Field label="Message (optional)" hint="What the finding says; without one it says “Firm red flag:” and the phrase.">
              <Input value={message} onChange={(_, data) => setMessage(data.value)} />
            </Field>
          </>
        )}
        <Button type="submit" className={styles.submit} disabled={phrase.trim() === ""}>
          {addLabel}
        </Button>
      </form>
    </section>
  );
};
