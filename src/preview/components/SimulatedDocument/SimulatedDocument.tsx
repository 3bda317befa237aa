import * as React from "react";
import { mergeClasses } from "@fluentui/react-components";
import type { ViewParagraph } from "../../simulated-word";
import { layoutParagraph, paragraphLength } from "./layoutParagraph";
import type { SimulatedDocumentProps } from "./SimulatedDocument.types";
import { useSimulatedDocumentStyles } from "./useSimulatedDocumentStyles";

/** Short lines without a full stop (clause headings, the title) are drawn bold, as a reader would expect. */
function looksLikeHeading(paragraph: ViewParagraph): boolean {
  const text = paragraph.segments.map((s) => s.text).join("").trim();
  return text.length > 0 && text.length < 60 && !/[.:;]$/.test(text);
}

/**
 * Where the browser put its caret after a click, as (paragraph, markup offset), read from
 * the data attributes of the piece under it. Null when the click was outside the text
 * (a comment, the page margin).
 */
function pointFromDom(node: Node | null, offset: number): { paragraph: number; offset: number } | null {
  const element = node instanceof Element ? node : node?.parentElement ?? null;
  const paragraphElement = element?.closest<HTMLElement>("[data-paragraph]");
  if (!element || !paragraphElement) return null;
  const paragraph = Number(paragraphElement.dataset.paragraph);
  const piece = element.closest<HTMLElement>("[data-start]");
  if (piece && node?.nodeType === Node.TEXT_NODE) return { paragraph, offset: Number(piece.dataset.start) + offset };
  // The caret landed between elements (past the end of a line): take the paragraph's end.
  return { paragraph, offset: Number(paragraphElement.dataset.length) };
}

export const SimulatedDocument: React.FC<SimulatedDocumentProps> = ({ sim, view }) => {
  const styles = useSimulatedDocumentStyles();
  const comments = new Map(view.comments.map((c) => [c.id, c]));

  const placeFromBrowserSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const anchor = pointFromDom(selection.anchorNode, selection.anchorOffset);
    const focus = pointFromDom(selection.focusNode, selection.focusOffset);
    if (!anchor) return;
    if (focus && focus.paragraph === anchor.paragraph && focus.offset !== anchor.offset) {
      sim.select(anchor.paragraph, Math.min(anchor.offset, focus.offset), Math.max(anchor.offset, focus.offset));
    } else {
      sim.select(anchor.paragraph, anchor.offset);
    }
    // The simulation's selection is drawn by the view; the browser's own would be stale after re-render.
    selection.removeAllRanges();
  };

  // Keyboard placement of the cursor, so the preview can be used without a mouse.
  const onKeyDown = (event: React.KeyboardEvent) => {
    const s = view.selection;
    const paragraphs = view.paragraphs;
    if (paragraphs.length === 0) return;
    const at = s && s.story === "body" ? { paragraph: s.paragraph, offset: s.start } : { paragraph: 0, offset: 0 };
    const lengthOf = (i: number) => paragraphLength(paragraphs[i]);
    let next = at;
    switch (event.key) {
      case "ArrowLeft":
        next = at.offset > 0 ? { ...at, offset: at.offset - 1 } : at.paragraph > 0 ? { paragraph: at.paragraph - 1, offset: lengthOf(at.paragraph - 1) } : at;
        break;
      case "ArrowRight":
        next =
          at.offset < lengthOf(at.paragraph)
            ? { ...at, offset: at.offset + 1 }
            : at.paragraph < paragraphs.length - 1
              ? { paragraph: at.paragraph + 1, offset: 0 }
              : at;
        break;
      case "ArrowUp":
      case "ArrowDown": {
        const p = Math.max(0, Math.min(paragraphs.length - 1, at.paragraph + (event.key === "ArrowUp" ? -1 : 1)));
        next = { paragraph: p, offset: Math.min(at.offset, lengthOf(p)) };
        break;
      }
      case "Home":
        next = { ...at, offset: 0 };
        break;
      case "End":
        next = { ...at, offset: lengthOf(at.paragraph) };
        break;
      default:
        return;
    }
    event.preventDefault();
    sim.select(next.paragraph, next.offset);
  };

  return (
    <article
      className={styles.page}
      aria-label="Simulated Word document. Click in the text, or use the arrow keys, Home and End, to place the cursor."
      tabIndex={0}
      onMouseUp={placeFromBrowserSelection}
      onKeyDown={onKeyDown}
      data-testid="simulated-document"
    >
      {view.paragraphs.map((paragraph) => {
        const layout = layoutParagraph(paragraph, view.selection, view.comments);
        const caret = <span key="caret" className={styles.caret} data-testid="caret" aria-hidden="true" />;
        const children: React.ReactNode[] = [];
        for (const piece of layout.pieces) {
          if (layout.caret === piece.start) children.push(caret);
          const className = mergeClasses(
            piece.kind === "inserted" && styles.inserted,
            piece.kind === "deleted" && styles.deleted,
            piece.commented && styles.commented,
            piece.selected && styles.selected,
          );
          const title = piece.author ? `${piece.kind === "inserted" ? "Inserted" : "Deleted"} by ${piece.author}` : undefined;
          const Tag = piece.kind === "inserted" ? "ins" : piece.kind === "deleted" ? "del" : "span";
          children.push(
            <Tag
              key={piece.start}
              className={className}
              title={title}
              data-start={piece.start}
              data-kind={piece.kind}
              data-selected={piece.selected || undefined}
            >
              {piece.text}
            </Tag>,
          );
        }
        if (layout.caret === layout.length) children.push(caret);
        // An empty paragraph still takes a line, as in Word.
        if (layout.length === 0) children.push(<br key="empty" />);
        return (
          <React.Fragment key={paragraph.index}>
            <p
              className={mergeClasses(
                styles.paragraph,
                looksLikeHeading(paragraph) && styles.heading,
                paragraph.inTable && styles.table,
                paragraph.contentControl && styles.contentControl,
                paragraph.insertedBy && styles.insertedParagraph,
              )}
              title={paragraph.contentControl ? `Content control: ${paragraph.contentControl.title}` : undefined}
              data-paragraph={paragraph.index}
              data-length={layout.length}
            >
              {children}
            </p>
            {paragraph.commentIds.map((id) => {
              const comment = comments.get(id);
              return comment ? (
                <aside key={`comment-${id}`} className={styles.comment} data-testid="comment" onMouseUp={(e) => e.stopPropagation()}>
                  {`Comment by ${comment.author}: ${comment.text}`}
                </aside>
              ) : null;
            })}
          </React.Fragment>
        );
      })}
    </article>
  );
};
