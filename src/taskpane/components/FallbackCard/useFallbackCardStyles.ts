import { makeStyles, tokens } from "@fluentui/react-components";
import { card } from "../sharedStyles";

export const useFallbackCardStyles = makeStyles({
  root: card,
  note: {
    color: tokens.colorNeutralForeground3,
  },
  clause: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    // The clause is the product: keep its line breaks and let it be selected by hand.
    whiteSpace: "pre-wrap",
    userSelect: "text",
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  explanation: {
    color: tokens.colorNeutralForeground3,
  },
});
