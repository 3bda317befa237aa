import { makeStyles, tokens } from "@fluentui/react-components";
import { stackedList } from "../sharedStyles";

export const useFindingListStyles = makeStyles({
  list: stackedList,
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
