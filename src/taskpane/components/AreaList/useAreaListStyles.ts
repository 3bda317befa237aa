import { makeStyles, tokens } from "@fluentui/react-components";

export const useAreaListStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  heading: {
    margin: 0,
  },
});
