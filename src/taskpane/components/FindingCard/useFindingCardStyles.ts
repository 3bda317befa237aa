import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../sharedStyles";

export const useFindingCardStyles = makeStyles({
  root: card,
  badges: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  quote: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyBase,
    fontStyle: "italic",
    color: tokens.colorNeutralForeground2,
  },
  expected: {
    color: tokens.colorNeutralForeground3,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
});
