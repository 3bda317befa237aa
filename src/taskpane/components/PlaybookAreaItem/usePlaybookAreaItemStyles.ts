import { makeStyles, tokens } from "@fluentui/react-components";
import { areaHeader } from "../sharedStyles";

export const usePlaybookAreaItemStyles = makeStyles({
  header: areaHeader,
  badges: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalXS,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
  },
  settings: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  dropdown: {
    minWidth: "auto",
  },
});
