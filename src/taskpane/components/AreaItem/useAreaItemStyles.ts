import { makeStyles, tokens } from "@fluentui/react-components";

export const useAreaItemStyles = makeStyles({
  header: {
    // Title above its badges: in a narrow pane a row would wrap differently for every area.
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    textAlign: "start",
  },
  badges: {
    display: "flex",
    gap: tokens.spacingHorizontalXS,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
  sectionHeading: {
    margin: 0,
  },
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
});
