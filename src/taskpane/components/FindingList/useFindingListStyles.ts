import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingListStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  more: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
});
