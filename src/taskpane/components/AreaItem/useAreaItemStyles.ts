import { makeStyles, tokens } from "@fluentui/react-components";
import { areaHeader, stackedList } from "../sharedStyles";

export const useAreaItemStyles = makeStyles({
  header: areaHeader,
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
  list: stackedList,
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
});
