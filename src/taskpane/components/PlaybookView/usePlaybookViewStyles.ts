import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlaybookViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  identity: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  heading: {
    margin: 0,
  },
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
  group: {
    flexWrap: "wrap",
  },
  areas: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});
