import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { stackedList } from "../sharedStyles";

export const useFallbackLadderEditorStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: {
    ...typographyStyles.subtitle2,
    margin: 0,
    // Focus lands here after a clause is removed; the outline shows where it went.
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.spacingHorizontalXXS,
    },
  },
  list: stackedList,
  quiet: {
    color: tokens.colorNeutralForeground3,
  },
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
  },
  toggle: {
    alignSelf: "flex-start",
  },
  error: {
    color: tokens.colorStatusDangerForeground1,
  },
});
