import { makeStyles, tokens } from "@fluentui/react-components";

export const usePreviewPageStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  banner: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  titleRow: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
  },
  workspace: {
    display: "grid",
    // The pane gets Word's default task-pane width; the document takes the rest.
    gridTemplateColumns: "minmax(0, 1fr) 360px",
    minHeight: 0,
    "@media (max-width: 820px)": {
      gridTemplateColumns: "1fr",
      gridTemplateRows: "minmax(0, 1fr) minmax(0, 1fr)",
    },
  },
  documentColumn: {
    overflowY: "auto",
    padding: tokens.spacingHorizontalXXL,
  },
  paneColumn: {
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});
