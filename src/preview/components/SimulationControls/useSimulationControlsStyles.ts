import { makeStyles, tokens } from "@fluentui/react-components";

export const useSimulationControlsStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
  },
  status: {
    flexBasis: "100%",
    color: tokens.colorNeutralForeground2,
  },
});
