// Copying a clause. Office's webviews may deny the asynchronous Clipboard API (no
// clipboard-write permission, or the pane is not focused), so the older selection-based
// copy is tried next. When both fail the error says how to copy by hand; it is never ignored.

export async function copyText(text: string): Promise<void> {
  if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Denied: fall through to the selection-based copy below.
    }
  }
  if (!copyWithSelection(text)) {
    throw new Error("This Word does not let the add-in use the clipboard. Select the clause text and press Ctrl+C (Cmd+C on a Mac).");
  }
}

function copyWithSelection(text: string): boolean {
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  // Off-screen rather than hidden: hidden elements cannot be selected.
  area.style.position = "fixed";
  area.style.top = "-1000px";
  document.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  } finally {
    area.remove();
    // Keep keyboard users where they were (on the Copy button).
    previous?.focus();
  }
  return copied;
}
