// The ribbon's only button opens the task pane (Action ShowTaskpane), so the function file
// registers no commands; it must still call Office.onReady for Office to consider it loaded.
if (typeof Office !== "undefined") {
  void Office.onReady();
}
