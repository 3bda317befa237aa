// Saving a file from the pane. Word for Mac, iPad and Android run task panes in web views
// that silently ignore downloads (OfficeDev/office-js #2700, #4681: no error, no file), so
// the pane offers the text to copy there instead (see PaneEnvironment.downloadsBlocked), and
// after any download says where to look and how to get the text if no file appeared.

/** Whether this browser can save a Blob through an <a download> link at all. */
export function canDownload(): boolean {
  return typeof URL !== "undefined" && typeof URL.createObjectURL === "function" && "download" in HTMLAnchorElement.prototype;
}

/** Starts a download of `text`; throws if the browser refuses to create the file. */
export function downloadText(fileName: string, text: string, type = "application/json"): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download reads the URL after click() returns; revoking at once can cancel it in Chromium.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
