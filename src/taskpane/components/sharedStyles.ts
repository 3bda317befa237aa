// Style rules several components share, spread into each component's own makeStyles
// (design.md: one useXStyles file per component): the same look written once.

import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** A list without bullets or indent, its items stacked with a small gap. */
export const stackedList: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  margin: 0,
  padding: 0,
  listStyleType: "none",
};

/** A bordered card: a finding, a fallback clause, a clause being edited. */
export const card: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorNeutralBackground1,
};

/** An area's accordion header: title above its badges, since in a narrow pane a row would wrap differently for every area. */
export const areaHeader: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  alignItems: "flex-start",
  gap: tokens.spacingVerticalXXS,
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
  textAlign: "start",
};
