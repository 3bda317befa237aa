import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";

// Word's own revision colours are per author; the preview uses theme tokens instead, one
// colour for insertions and one for deletions, plus underline/strike-through so the marks
// do not rely on colour alone.
export const useSimulatedDocumentStyles = makeStyles({
  page: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    maxWidth: "46em",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "text",
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  paragraph: {
    ...typographyStyles.body1,
    margin: 0,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    lineHeight: tokens.lineHeightBase400,
  },
  heading: {
    fontWeight: tokens.fontWeightSemibold,
    marginTop: tokens.spacingVerticalS,
  },
  table: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  contentControl: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  insertedParagraph: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteBlueBorderActive}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  inserted: {
    color: tokens.colorPaletteBlueForeground2,
    textDecorationLine: "underline",
    textDecorationThickness: tokens.strokeWidthThin,
  },
  deleted: {
    color: tokens.colorPaletteRedForeground1,
    textDecorationLine: "line-through",
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  commented: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
  caret: {
    // Zero width so the text does not move; the border is the cursor.
    display: "inline-block",
    width: 0,
    height: "1.2em",
    verticalAlign: "text-bottom",
    marginRight: `calc(-1 * ${tokens.strokeWidthThick})`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralForeground1}`,
  },
  comment: {
    ...typographyStyles.caption1,
    marginLeft: tokens.spacingHorizontalXXL,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: "pre-wrap",
    cursor: "default",
  },
});
